// Every event of every case in one chronology. A narrow "lanes" column gives each case a track:
// ● marks the case's own event, │ that the case is running (between its first and last event in
// the range), so parallel proceedings show side by side, as in a git graph.
import { timelineEvents, type TimelineEntry } from '../analysis/timeline.js';
import type { Case } from '../model/case-schema.js';
import { formatDate } from '../i18n/format.js';
import { labels } from '../i18n/catalogue.js';
import { sanitizeForTerminal } from './sanitize.js';
import { paragraph, renderRecords, unbreakable, type Cell, type RenderOptions } from './table.js';

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

/** Beyond this many cases a lane per case is too wide to help; the authority column remains. */
const MAX_LANES = 8;

export interface TimelineRange {
  readonly from?: string;
  readonly to?: string;
}

export function renderTimeline(cases: readonly Case[], range: TimelineRange, options: RenderOptions): string {
  const l = labels(options.locale);
  const bold = (s: string) => options.chalk.bold(s);
  const entries = timelineEvents(cases, range);
  const span = [range.from, range.to].some((d) => d !== undefined)
    ? ` (${range.from ? formatDate(clean(range.from), options.locale) : '…'} – ${range.to ? formatDate(clean(range.to), options.locale) : '…'})`
    : '';
  const lines = paragraph(`${l.section.timeline}${span}`, options.width, { tone: bold });
  if (entries.length === 0) return `${[...lines, l.field.noEvents].join('\n')}\n`;

  // Lanes in the order the cases first appear, so the graph reads left to right in time.
  const laneIds = [...new Set(entries.map((e) => e.caseId))];
  const useLanes = laneIds.length > 1 && laneIds.length <= MAX_LANES;
  const activity = activeSpans(entries);
  const head = [l.head.date, ...(useLanes ? [l.head.lanes] : []), l.head.authority, l.head.kind, l.head.summary];
  const rows = entries.map((e, index): Cell[] => [
    unbreakable(formatDate(clean(e.date), options.locale)),
    ...(useLanes ? [laneMarks(laneIds, e, index, activity)] : []),
    [`${clean(e.authority)} · ${clean(e.country)}`],
    l.eventKind[e.kind],
    [clean(e.summary), ...(e.ref ? [clean(e.ref)] : [])],
  ]);
  if (useLanes) {
    const legend = laneIds.map((id, i) => `${i + 1} ${clean(entries.find((e) => e.caseId === id)?.authority ?? id)}`).join(' · ');
    lines.push(...paragraph(`${l.head.lanes}: ${legend}`, options.width));
  }
  lines.push(
    '',
    renderRecords({
      head,
      rows,
      width: options.width,
      columns: head.map((_, i) => ({ min: i === head.length - 1 ? 20 : 1 })),
      titles: entries.map((e) => `${formatDate(clean(e.date), options.locale)} · ${clean(e.caseId)} / ${clean(e.eventId)}`),
    }),
  );
  return `${lines.join('\n')}\n`;
}

/** For each case, the positions of its first and last entry in the list. */
function activeSpans(entries: readonly TimelineEntry[]): Map<string, { first: number; last: number }> {
  const spans = new Map<string, { first: number; last: number }>();
  entries.forEach((e, i) => {
    const span = spans.get(e.caseId);
    spans.set(e.caseId, span ? { first: span.first, last: i } : { first: i, last: i });
  });
  return spans;
}

function laneMarks(
  laneIds: readonly string[],
  entry: TimelineEntry,
  index: number,
  activity: ReadonlyMap<string, { first: number; last: number }>,
): string {
  return laneIds
    .map((id) => {
      if (id === entry.caseId) return '●';
      const span = activity.get(id);
      return span && span.first < index && index < span.last ? '│' : ' ';
    })
    .join('\u00a0');
}
