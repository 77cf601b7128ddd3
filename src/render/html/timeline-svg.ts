// The dossier's timeline as inline SVG: one lane per proceeding, a mark per decision, appeal,
// liquidation and deadline's last day (other events as small dots), the as-of day as a dashed
// line, and short labels placed by timeline-layout.ts so that none overlaps another. Each mark
// carries a <title> with what happened; every string in it is escaped.
import { deadlineLabel } from '../deadline-label.js';
import type { CaseView, DossierView } from '../../analysis/dossier.js';
import { parseDateText } from '../../core/dates/date-text.js';
import { toDayNumber } from '../../core/time/calendar-date.js';
import type { Case } from '../../model/case-schema.js';
import type { MarkdownLabels } from '../../i18n/markdown-labels.js';
import { escapeHtml as esc } from './escape.js';
import type { HtmlLabels, MarkCategory } from '../../i18n/html-labels.js';
import { LABEL_FONT_PX, labelWidth, placeLabels } from './timeline-layout.js';

export const SVG_WIDTH = 960;
const GUTTER = 118;
const RIGHT = SVG_WIDTH - 12;
const AXIS_HEIGHT = 44;
const MARK_OFFSET = 14;
const FIRST_ROW_BASELINE = 34;
const ROW_HEIGHT = 16;
const LANE_PADDING = 8;
const LANE_NAME_CHARACTERS = 15;

type EventKind = Case['events'][number]['kind'];

function categoryOf(kind: EventKind): MarkCategory {
  if (kind === 'decision' || kind === 'judgment') return 'decision';
  if (kind === 'appeal-filed') return 'appeal';
  if (kind === 'liquidation' || kind === 'collection') return 'liquidation';
  return 'other';
}

export interface Mark {
  readonly day: string;
  readonly category: MarkCategory;
  /** One line per item at this day and category, for the mark's <title>. */
  readonly items: readonly string[];
}

/** A lane's marks: one per day and category, in date order (then category order). */
export function laneMarks(view: CaseView, L: MarkdownLabels): Mark[] {
  const byKey = new Map<string, { day: string; category: MarkCategory; items: string[] }>();
  const add = (date: string, category: MarkCategory, item: string) => {
    const parsed = parseDateText(date);
    if (!('range' in parsed)) return;
    const day = parsed.range.first;
    const key = `${day} ${category}`;
    const mark = byKey.get(key) ?? { day, category, items: [] };
    mark.items.push(`${date} · ${item}`);
    byKey.set(key, mark);
  };
  for (const e of view.case.events) add(e.date, categoryOf(e.kind), `${L.eventKind[e.kind]}${L.colon}${e.summary}`);
  for (const d of view.deadlines)
    if (d.end !== undefined)
      add(d.end, 'deadline', `${L.lastDayKind(L.deadlineStatus[d.status])}${L.colon}${deadlineLabel(d, L.paymentOf)}`);
  const order: readonly MarkCategory[] = ['decision', 'appeal', 'liquidation', 'deadline', 'other'];
  return [...byKey.values()].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : order.indexOf(a.category) - order.indexOf(b.category),
  );
}

export interface TimelineScale {
  readonly firstYear: number;
  /** The year after the last one shown. */
  readonly endYear: number;
  readonly x: (day: string) => number;
}

export function timelineScale(days: readonly string[]): TimelineScale {
  const years = days.map((d) => Number(d.slice(0, 4)));
  const firstYear = Math.min(...years);
  const endYear = Math.max(...years) + 1;
  const start = toDayNumber(`${String(firstYear).padStart(4, '0')}-01-01`);
  const end = toDayNumber(`${String(endYear).padStart(4, '0')}-01-01`);
  const x = (day: string) => GUTTER + ((toDayNumber(day) - start) / (end - start)) * (RIGHT - GUTTER);
  return { firstYear, endYear, x };
}

/** The label of every labelled mark of a lane (its word, and where it goes), and the rows they take. */
export function laneLabels(marks: readonly Mark[], H: HtmlLabels, scale: TimelineScale) {
  const requests = marks.flatMap((mark) => {
    if (mark.category === 'other') return [];
    const text = H.mark[mark.category];
    return [{ mark, text, anchor: scale.x(mark.day), width: labelWidth(text) }];
  });
  return placeLabels(requests, RIGHT);
}

function markShape(category: MarkCategory, x: number, y: number): string {
  const p = (n: number) => n.toFixed(1);
  switch (category) {
    case 'decision':
      return `<circle cx="${p(x)}" cy="${p(y)}" r="5" class="m-decision"/>`;
    case 'appeal':
      return `<path d="M${p(x)} ${p(y - 6)}L${p(x + 6)} ${p(y + 5)}L${p(x - 6)} ${p(y + 5)}Z" class="m-appeal"/>`;
    case 'liquidation':
      return `<rect x="${p(x - 5)}" y="${p(y - 5)}" width="10" height="10" class="m-liquidation"/>`;
    case 'deadline':
      return `<path d="M${p(x)} ${p(y - 6)}L${p(x + 6)} ${p(y)}L${p(x)} ${p(y + 6)}L${p(x - 6)} ${p(y)}Z" class="m-deadline"/>`;
    case 'other':
      return `<circle cx="${p(x)}" cy="${p(y)}" r="2.5" class="m-other"/>`;
  }
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export interface TimelineSvgOptions {
  /** Elements to put first, after the title and description: the stand-alone file's style sheet. */
  readonly head?: readonly string[];
  /** The SVG's description, when it is not the page's. */
  readonly description?: string;
  /** The language of the words, for a file that has no page around it. */
  readonly lang?: string;
}

export function timelineSvg(view: DossierView, L: MarkdownLabels, H: HtmlLabels, options: TimelineSvgOptions = {}): string {
  const lanes = view.cases.map((c) => ({ c, marks: laneMarks(c, L) }));
  const scale = timelineScale([view.asOf, ...lanes.flatMap((l) => l.marks.map((m) => m.day))]);
  const backgrounds: string[] = [];
  const body: string[] = [];
  let top = AXIS_HEIGHT;
  lanes.forEach(({ c, marks }, index) => {
    const { placed, rows } = laneLabels(marks, H, scale);
    const height = FIRST_ROW_BASELINE + Math.max(rows - 1, 0) * ROW_HEIGHT + LANE_PADDING;
    const name = truncate(`${c.case.authority.short} (${c.case.authority.country})`, LANE_NAME_CHARACTERS);
    const y = top + MARK_OFFSET;
    backgrounds.push(
      `<rect x="0" y="${top}" width="${SVG_WIDTH}" height="${height}" class="${index % 2 === 0 ? 'lane-even' : 'lane-odd'}"/>`,
    );
    body.push(
      `<g class="tl-lane"><title>${esc(c.case.title)}</title>`,
      `<text x="8" y="${y + 4}" class="tl-label tl-lane-name">${esc(name)}</text>`,
      `<line x1="${GUTTER}" y1="${y}" x2="${RIGHT}" y2="${y}" class="tl-baseline"/>`,
    );
    for (const at of placed) {
      const baseline = top + FIRST_ROW_BASELINE + at.row * ROW_HEIGHT;
      const x = at.anchor;
      body.push(`<line x1="${x.toFixed(1)}" y1="${y + 6}" x2="${x.toFixed(1)}" y2="${baseline - LABEL_FONT_PX}" class="tl-leader"/>`);
      body.push(`<text x="${at.x.toFixed(1)}" y="${baseline}" class="tl-label tl-mark-label c-${at.mark.category}">${esc(at.text)}</text>`);
    }
    for (const m of marks)
      body.push(
        `<g class="tl-mark"><title>${esc(m.items.join('\n'), { multiLine: true })}</title>${markShape(m.category, scale.x(m.day), y)}</g>`,
      );
    body.push('</g>');
    top += height;
  });
  const axis: string[] = [];
  const perYear = (RIGHT - GUTTER) / (scale.endYear - scale.firstYear);
  const step = Math.max(1, Math.ceil(40 / perYear));
  for (let year = scale.firstYear; year <= scale.endYear; year += 1) {
    const x = scale.x(`${String(year).padStart(4, '0')}-01-01`);
    axis.push(`<line x1="${x.toFixed(1)}" y1="${AXIS_HEIGHT - 8}" x2="${x.toFixed(1)}" y2="${top}" class="tl-grid"/>`);
    if (year < scale.endYear && (year - scale.firstYear) % step === 0)
      axis.push(`<text x="${(x + 4).toFixed(1)}" y="${AXIS_HEIGHT - 12}" class="tl-label tl-year">${year}</text>`);
  }
  const asOfX = scale.x(view.asOf);
  const asOfText = H.asOfMark(L.date(view.asOf));
  const flip = asOfX + 4 + labelWidth(asOfText) > RIGHT;
  const asOf = [
    `<line x1="${asOfX.toFixed(1)}" y1="4" x2="${asOfX.toFixed(1)}" y2="${top}" class="tl-asof"/>`,
    `<text x="${(flip ? asOfX - 4 : asOfX + 4).toFixed(1)}" y="13" class="tl-label tl-asof-label"${flip ? ' text-anchor="end"' : ''}>${esc(asOfText)}</text>`,
  ];
  const title = esc(H.timelineTitle(L.date(view.asOf)));
  return [
    `<svg class="timeline" role="img" aria-labelledby="tl-title tl-desc"${options.lang === undefined ? '' : ` xml:lang="${esc(options.lang)}"`} viewBox="0 0 ${SVG_WIDTH} ${top}" width="${SVG_WIDTH}" height="${top}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="tl-title">${title}</title>`,
    `<desc id="tl-desc">${esc(options.description ?? H.timelineDescription(view.cases.length))}</desc>`,
    ...(options.head ?? []),
    ...backgrounds,
    ...axis,
    ...body,
    ...asOf,
    '</svg>',
  ].join('\n');
}
