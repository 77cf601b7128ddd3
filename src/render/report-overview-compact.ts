// The overview's compact layout, for terminals where the wide table (a column per field) would
// not fit or would wrap every case into a tall block: one row per case in three to six dense
// columns. Who decided and when, the fine (in EUR underneath when the currency differs, paid or
// not, appealed or not), what was ordered, and the most pressing deadline: an obligation that is
// overdue (those accruing a penalty first, with what has accrued) or else the next one still open.
// Narrower terminals merge columns instead of cutting words: Decided goes under Authority,
// Appeal under Fine, and at 60 columns the deadlines go under what was ordered.
import type { CaseView, DossierView } from '../analysis/dossier.js';
import type { DeadlineView } from '../analysis/deadlines.js';
import { appealCell, decisionDate, penaltySummary, respondentNames, sharedRespondent } from './overview-cells.js';
import type { Order } from '../model/case-schema.js';
import { ORDER_KINDS } from '../model/kinds.js';
import { formatDate, formatMoney, plural, type Locale } from '../i18n/format.js';
import { labels, type Labels } from '../i18n/catalogue.js';
import { sanitizeForTerminal } from './sanitize.js';
import {
  displayWidth,
  minimumTableWidth,
  renderTable,
  unbreakable,
  type Cell,
  type CellLine,
  type RenderOptions,
  type Span,
  tones,
  type Tones,
} from './table.js';

export const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

type Short = Labels['compact'];

/** The pieces of a case's row; a layout puts one or more of them in each column. */
interface Parts {
  readonly who: readonly CellLine[];
  readonly decided: readonly CellLine[];
  readonly fine: readonly CellLine[];
  readonly appeal: readonly CellLine[];
  readonly ordered: readonly CellLine[];
  readonly overdue: readonly CellLine[];
  readonly penalty: readonly CellLine[];
  readonly more: readonly CellLine[];
  /** The next open deadline with its date, and (`nextShort`) without it, for narrow columns. */
  readonly next: readonly CellLine[];
  readonly nextShort: readonly CellLine[];
}
type Part = keyof Parts;

interface LayoutColumn {
  readonly head: string;
  readonly parts: readonly Part[];
  /** Content width the column keeps before words start wrapping awkwardly. */
  readonly min: number;
  readonly align?: 'right';
}

function layouts(l: Labels, s: Short): LayoutColumn[][] {
  const whoDecided = { head: l.head.authority, parts: ['who', 'decided'], min: 12 } as const;
  const fineAppeal = { head: l.head.fine, parts: ['fine', 'appeal'], min: 16, align: 'right' } as const;
  const deadline = ['overdue', 'penalty', 'more', 'next'] as const;
  return [
    [
      { head: l.head.authority, parts: ['who'], min: 12 },
      { head: s.decided, parts: ['decided'], min: 11 },
      { head: l.head.fine, parts: ['fine'], min: 16, align: 'right' },
      { head: s.ordered, parts: ['ordered'], min: 20 },
      { head: s.deadline, parts: deadline, min: 28 },
      { head: l.head.appeal, parts: ['appeal'], min: 14 },
    ],
    [whoDecided, fineAppeal, { head: s.ordered, parts: ['ordered'], min: 14 }, { head: s.deadline, parts: deadline, min: 24 }],
    // 60 columns: the penalty goes with the money, the deadlines under what was ordered.
    [
      whoDecided,
      { ...fineAppeal, parts: ['fine', 'penalty', 'appeal'] },
      { head: s.orderedDeadline, parts: ['ordered', 'overdue', 'more', 'nextShort'], min: 20 },
    ],
  ];
}

/**
 * The cases as one compact table, `options.width` wide at most: the roomiest layout whose columns
 * all get their comfortable width (and their longest word), else the narrowest one.
 */
export function renderCompactCases(view: DossierView, options: RenderOptions): string {
  if (view.cases.length === 0) return '';
  const l = labels(options.locale);
  const s = labels(options.locale).compact;
  const tone = tones(options.chalk);
  const parts = view.cases.map((c) => caseParts(c, view.asOf, options, l, s, tone, sharedRespondent(view) === undefined));
  const all = layouts(l, s);
  const cell = (p: Parts, col: LayoutColumn): CellLine[] => {
    const lines = col.parts.flatMap((part) => p[part]);
    return lines.length > 0 ? lines : ['—'];
  };
  const built = all.map((columns) => ({ columns, rows: parts.map((p) => columns.map((col) => cell(p, col))) }));
  for (const { columns, rows } of built) {
    const widths = contentWidths(columns, rows, options.width);
    if (widths)
      return drawn(
        columns,
        rows,
        options.width,
        widths.map((w) => w + 2),
      );
  }
  const narrowest = built.at(-1);
  if (narrowest === undefined) throw new Error('no overview layout is defined');
  return drawn(narrowest.columns, narrowest.rows, options.width);
}

function drawn(columns: readonly LayoutColumn[], rows: readonly (readonly Cell[])[], width: number, colWidths?: number[]): string {
  const spec = {
    head: columns.map((c) => c.head),
    rows,
    width,
    columns: columns.map((c) => ({ min: c.min, align: c.align ?? ('left' as const) })),
  };
  return renderTable(colWidths ? { ...spec, colWidths } : spec);
}

/**
 * Content widths for a layout, or undefined when it does not fit: each column gets its floor (its
 * comfortable width, or its longest word if wider, or less if its content is narrower), then the
 * room left goes to the deadline column first and to the others from left to right, each up to
 * what its content needs.
 */
function contentWidths(
  columns: readonly LayoutColumn[],
  rows: readonly (readonly (readonly CellLine[])[])[],
  width: number,
): number[] | undefined {
  const available = width - 3 * columns.length - 1;
  const natural = columns.map((col, i) =>
    Math.max(
      displayWidth(col.head),
      ...rows.map((r) => Math.max(0, ...(r[i] ?? []).map((line) => displayWidth(typeof line === 'string' ? line : line.text)))),
    ),
  );
  const word = columns.map(
    (col, i) =>
      minimumTableWidth(
        [col.head],
        rows.map((r) => [r[i] ?? []]),
      ) - 4,
  );
  const widths = columns.map((col, i) => Math.min(natural[i] ?? 0, Math.max(col.min, word[i] ?? 0)));
  let spare = available - widths.reduce((a, b) => a + b, 0);
  if (spare < 0) return undefined;
  const order = columns
    .map((_, i) => i)
    .sort((a, b) => Number(columns[b]?.parts.includes('overdue')) - Number(columns[a]?.parts.includes('overdue')));
  for (const i of order) {
    const grow = Math.min(spare, (natural[i] ?? 0) - (widths[i] ?? 0));
    widths[i] = (widths[i] ?? 0) + grow;
    spare -= grow;
  }
  return widths;
}

function caseParts(view: CaseView, asOf: string, options: RenderOptions, l: Labels, s: Short, tone: Tones, withRespondent: boolean): Parts {
  const c = view.case;
  const locale = options.locale;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const decision = decisionDate(view);
  const orders = (c.measures ?? []).filter((m): m is Order => m.kind === 'order' || m.kind === 'ban');
  const fine = view.fines.flatMap((f): CellLine[] => {
    const amount = money(f.imposed.minor, f.imposed.currency);
    const eur = f.imposed.currency === 'EUR' ? [] : [f.eur.ok ? `= ${money(f.eur.conversion.eurMinor, 'EUR')}` : l.field.noRate];
    const owed = f.enforceable.minor > f.paid.minor;
    const paymentTone = f.paymentStatus === 'paid' ? tone.good : owed ? tone.bad : undefined;
    const enforceable = f.enforceability === 'enforceable' || f.enforceability === 'enforceable-if-notified';
    return [
      amount,
      ...eur,
      { text: l.payment[f.paymentStatus], tone: paymentTone },
      ...(enforceable ? [] : [{ text: l.enforceability[f.enforceability], tone: tone.caution }]),
    ];
  });
  return {
    who: [`${clean(c.authority.short)} · ${clean(c.authority.country)}`, ...(withRespondent ? [respondentNames(view)] : [])],
    decided: decision === undefined ? [] : [unbreakable(formatDate(clean(decision), locale))],
    fine,
    appeal: appealCell(view, l, tone),
    ordered: orderedLines(orders, l, s, tone, locale),
    ...deadlineParts(view.deadlines, options, l, s, tone),
  };
}

function orderedLines(orders: readonly Order[], l: Labels, s: Short, tone: Tones, locale: Locale): CellLine[] {
  if (orders.length === 0) return [];
  const kinds = new Set(orders.flatMap((o) => o.orders ?? []));
  const named = ORDER_KINDS.filter((k) => kinds.has(k)).map((k) => s.orderKind[k]);
  const counts = new Map<keyof Labels['compliance'], number>();
  for (const o of orders) counts.set(o.compliance?.status ?? 'unknown', (counts.get(o.compliance?.status ?? 'unknown') ?? 0) + 1);
  const status = (['not-complied', 'partly-complied', 'complied', 'unknown'] as const)
    .filter((k) => counts.has(k))
    .map((k): Span => ({
      text: plural(counts.get(k) ?? 0, l.complianceCount[k], locale),
      tone: k === 'complied' ? tone.good : k === 'unknown' ? undefined : tone.bad,
    }));
  return [named.length > 0 ? named.join(', ') : plural(orders.length, l.orders, locale), ...status];
}

/**
 * The most pressing overdue obligation still unmet (one accruing a penalty first, then the
 * latest) with the penalty accrued, how many more are overdue, and the next deadline still open.
 */
function deadlineParts(
  deadlines: readonly DeadlineView[],
  options: RenderOptions,
  l: Labels,
  s: Short,
  tone: Tones,
): Pick<Parts, 'overdue' | 'penalty' | 'more' | 'next' | 'nextShort'> {
  const locale = options.locale;
  const overdue = overdueFirst(deadlines);
  const first = overdue[0];
  const penalty = deadlines.find((d) => d.penalty !== undefined)?.penalty;
  const next = deadlines
    .filter((d) => d.status === 'open' && d.end !== undefined)
    .sort((a, b) => (a.end ?? '').localeCompare(b.end ?? ''))[0];
  const nextName = next ? `${l.next}${l.colon}${clean(next.id)}` : '';
  const left = next ? unbreakable(plural(next.daysLeft ?? 0, l.daysLeft, locale)) : '';
  return {
    overdue: first
      ? [{ text: `${clean(first.id)}${l.colon}${unbreakable(plural(first.daysLate ?? 0, l.daysLate, locale))}`, tone: tone.bad }]
      : [],
    penalty: penalty ? penaltySummary(penalty, l, locale) : [],
    more: overdue.length > 1 ? [{ text: moreOverdue(overdue.length - 1, locale), tone: tone.bad }] : [],
    next: next?.end ? [nextName, `${unbreakable(formatDate(next.end, locale))}, ${left}`] : [],
    nextShort: next ? [`${nextName}, ${left}`] : [],
  };
}

/** Obligations overdue and still unmet: those accruing a penalty first, then the latest first. */
export function overdueFirst(deadlines: readonly DeadlineView[]): DeadlineView[] {
  return deadlines
    .filter((d) => (d.status === 'missed' || d.status === 'overdue') && d.metOn === undefined)
    .sort((a, b) => Number(b.penalty !== undefined) - Number(a.penalty !== undefined) || (b.daysLate ?? 0) - (a.daysLate ?? 0));
}

/** `+1 more overdue` / `+1 autre en retard`. */
export function moreOverdue(count: number, locale: Locale): string {
  return `+${plural(count, labels(locale).compact.more, locale)}`;
}

export { appealCell, decisionDate, penaltySummary, respondentNames, sharedRespondent } from './overview-cells.js';
