// The one-screen overview: one row per case, then the EUR totals. A terminal wide enough for a
// column per field without cutting a word, where no case wraps into a tall block, gets the wide
// table; any other gets the compact one (report-overview-compact.ts), which merges fields into
// fewer, denser columns so that the four bundled cases and the totals stay on one screen.
import type { CaseView, DossierView } from '../analysis/dossier.js';
import type { DeadlineView } from '../analysis/deadlines.js';
import type { EurTotal } from '../analysis/totals.js';
import type { Order } from '../model/case-schema.js';
import { ORDER_KINDS } from '../model/kinds.js';
import { formatDate, formatMoney, plural } from '../i18n/format.js';
import { catalogue, labels, type Labels } from '../i18n/catalogue.js';
import {
  appealCell,
  clean,
  decisionDate,
  moreOverdue,
  overdueFirst,
  penaltySummary,
  renderCompactCases,
  respondentNames,
  sharedRespondent,
} from './report-overview-compact.js';
import {
  minimumTableWidth,
  paragraph,
  renderTable,
  unbreakable,
  tones,
  type Cell,
  type RenderOptions,
  type Span,
  type Tones,
} from './table.js';

export type { RenderOptions } from './table.js';

/** Lines per case (separator included) past which the wide table gives way to the compact one. */
const WIDE_LINES_PER_CASE = 6;

export function renderOverview(view: DossierView, options: RenderOptions): string {
  const l = labels(options.locale);
  const tone = tones(options.chalk);
  const bold = (s: string) => options.chalk.bold(s);
  const date = formatDate(view.asOf, options.locale);
  const wide = wideTable(view, options, l, tone);
  // The compact table has no Respondent column: when every case has the same one, the title names it.
  const respondent = wide === undefined ? sharedRespondent(view) : undefined;
  const title =
    respondent === undefined ? `${l.dossierTitle}, ${l.asOf} ${date}` : `${l.dossierTitle}${l.colon}${respondent}, ${l.asOf} ${date}`;
  const lines = paragraph(title, options.width, { tone: bold });
  const cases = wide ?? renderCompactCases(view, options);
  if (cases !== '') lines.push('', cases);
  lines.push('', renderTotals(view, options, l, tone));
  return `${lines.join('\n')}\n`;
}

/** The table with a column per field, if it fits the width and stays short enough per case. */
function wideTable(view: DossierView, options: RenderOptions, l: Labels, tone: Tones): string | undefined {
  if (view.cases.length === 0) return undefined;
  const fields = view.cases.map((c) => caseFields(c, view.asOf, options, l, tone));
  const head = fields[0]?.map(([name]) => name) ?? [];
  const rows = fields.map((f) => f.map(([, value]) => value));
  if (minimumTableWidth(head, rows) > options.width) return undefined;
  const money = new Set([3, 4]);
  const table = renderTable({
    head,
    rows,
    width: options.width,
    columns: head.map((_, i) => ({ align: money.has(i) ? ('right' as const) : ('left' as const) })),
  });
  // Borders, a head of up to two lines, then at most WIDE_LINES_PER_CASE per case.
  return table.split('\n').length <= 4 + WIDE_LINES_PER_CASE * view.cases.length ? table : undefined;
}

type Field = readonly [name: string, value: Cell];

function caseFields(view: CaseView, asOf: string, options: RenderOptions, l: Labels, tone: Tones): Field[] {
  const c = view.case;
  const locale = options.locale;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const decision = decisionDate(view);
  const orders = (c.measures ?? []).filter((m): m is Order => m.kind === 'order' || m.kind === 'ban');
  return [
    [l.head.authority, `${clean(c.authority.short)} · ${clean(c.authority.country)}`],
    [l.head.respondent, respondentNames(view)],
    [l.head.decision, decision === undefined ? '—' : unbreakable(formatDate(clean(decision), locale))],
    [
      l.head.fine,
      view.fines.length === 0
        ? '—'
        : view.fines.flatMap((f): Span[] => {
            const owed = f.enforceable.minor > f.paid.minor;
            const payment = l.payment[f.paymentStatus];
            const paymentTone = f.paymentStatus === 'paid' ? tone.good : owed ? tone.bad : undefined;
            const enforceable = f.enforceability === 'enforceable' || f.enforceability === 'enforceable-if-notified';
            return [
              { text: money(f.imposed.minor, f.imposed.currency) },
              { text: payment, tone: paymentTone },
              ...(enforceable ? [] : [{ text: l.enforceability[f.enforceability], tone: tone.caution }]),
            ];
          }),
    ],
    [
      l.head.fineEur,
      view.fines.length === 0 ? '—' : view.fines.map((f) => (f.eur.ok ? money(f.eur.conversion.eurMinor, 'EUR') : l.field.noRate)),
    ],
    [l.head.orders, ordersCell(orders, l, locale)],
    [l.head.compliance, complianceCell(orders, l, tone, locale)],
    [l.head.appeal, appealCell(view, l, tone)],
    [l.head.deadline, deadlineCell(view.deadlines, options, l, tone)],
    [l.head.penaltyAccrued, penaltyCell(view.deadlines, options, l)],
  ];
}

function ordersCell(orders: readonly Order[], l: Labels, locale: RenderOptions['locale']): Cell {
  if (orders.length === 0) return '—';
  const kinds = new Set(orders.flatMap((o) => o.orders ?? []));
  const named = ORDER_KINDS.filter((k) => kinds.has(k)).map((k) => l.orderKind[k]);
  return [plural(orders.length, l.orders, locale), ...(named.length > 0 ? [named.join(', ')] : [])];
}

function complianceCell(orders: readonly Order[], l: Labels, tone: Tones, locale: RenderOptions['locale']): Cell {
  if (orders.length === 0) return '—';
  const counts = new Map<keyof Labels['compliance'], number>();
  for (const o of orders) {
    const status = o.compliance?.status ?? 'unknown';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const order = ['not-complied', 'partly-complied', 'complied', 'unknown'] as const;
  return order
    .filter((s) => counts.has(s))
    .map((s): Span => ({
      text: plural(counts.get(s) ?? 0, l.complianceCount[s], locale),
      tone: s === 'complied' ? tone.good : s === 'not-complied' || s === 'partly-complied' ? tone.bad : undefined,
    }));
}

/** The most pressing unmet obligation (one accruing a penalty first), and the next deadline still open. */
function deadlineCell(deadlines: readonly DeadlineView[], options: RenderOptions, l: Labels, tone: Tones): Cell {
  const locale = options.locale;
  const unmet = overdueFirst(deadlines);
  const overdue = unmet[0];
  const next = deadlines.filter((d) => d.status === 'open').sort((a, b) => (a.end ?? '').localeCompare(b.end ?? ''))[0];
  const spans: Span[] = [];
  if (overdue?.end !== undefined) {
    spans.push({ text: `${l.overdue}${l.colon}${clean(overdue.id)}`, tone: tone.bad });
    spans.push({ text: `${formatDate(overdue.end, locale)}, ${plural(overdue.daysLate ?? 0, l.daysLate, locale)}`, tone: tone.bad });
    if (unmet.length > 1) spans.push({ text: moreOverdue(unmet.length - 1, locale), tone: tone.bad });
  }
  if (next?.end !== undefined) {
    spans.push({ text: `${l.next}${l.colon}${clean(next.id)}` });
    spans.push({ text: `${formatDate(next.end, locale)}, ${plural(next.daysLeft ?? 0, l.daysLeft, locale)}` });
  }
  return spans.length > 0 ? spans : '—';
}

function penaltyCell(deadlines: readonly DeadlineView[], options: RenderOptions, l: Labels): Cell {
  const spans: Span[] = [];
  for (const d of deadlines) {
    const p = d.penalty;
    if (!p) continue;
    spans.push(...penaltySummary(p, l, options.locale).map((text) => ({ text: typeof text === 'string' ? text : text.text })));
  }
  return spans.length > 0 ? spans : '—';
}

function renderTotals(view: DossierView, options: RenderOptions, l: Labels, tone: Tones): string {
  const t = view.totals;
  const row = (name: string, total: EurTotal, toneFor?: Tones['bad']): Cell[] => {
    const amount = formatMoney(total.minor, 'EUR', options.locale);
    const left = total.unconverted.map(
      (u) => `${l.totals.unconverted}${l.colon}${clean(catalogue(options.locale).working.unconverted(u))}`,
    );
    return [name, [{ text: amount, tone: total.minor > 0 ? toneFor : undefined }, ...left]];
  };
  return renderTable({
    head: [`${l.totals.title}, ${l.asOf} ${formatDate(view.asOf, options.locale)}`, 'EUR'],
    rows: [
      row(l.totals.imposed, t.imposed),
      row(l.totals.enforceable, t.enforceable),
      row(l.totals.ifNotified, t.enforceableIfNotified),
      row(l.totals.payable, t.penaltiesPayable),
      row(l.totals.notPayable, t.penaltiesNotPayable),
      row(l.totals.collected, t.collected, tone.good),
      row(l.totals.owed, t.owed, tone.bad),
    ],
    width: Math.min(options.width, 90),
    columns: [{ min: 20 }, { min: 16, align: 'right' }],
    // Six label-value rows read well without a rule between each.
    compact: true,
  });
}
