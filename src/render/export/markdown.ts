// The human-readable export: one self-contained Markdown document (GitHub-flavoured) with every
// figure's working, for lawyers to check and to paste into issues or wikis.
//
// Every string that comes from a case file goes through markdown-escape.ts (inline text, table
// cells, links), because co-authors are untrusted and the document is rendered by GitHub, IDE
// previews and markdown-it alike. No raw HTML is emitted but the markdownlint comments around
// tables; the only image is the timeline picture, a file the export writes itself
// (render/html/timeline-file.ts), linked by a relative URL.
// It passes markdownlint with its default configuration: prose is wrapped at 80 columns
// (markdown-wrap.ts) and only tables carry a scoped MD013 disable.
import { deadlineLabel } from '../deadline-label.js';
import type { CaseView, DossierView } from '../../analysis/dossier.js';
import type { DeadlineView } from '../../analysis/deadlines.js';
import type { FineView } from '../../analysis/fines.js';
import type { EurTotal } from '../../analysis/totals.js';
import type { Conversion } from '../../core/money/convert.js';
import type { Locale } from '../../i18n/format.js';
import { escapeMarkdownInline as inl, escapeMarkdownTableCell as cell } from '../markdown-escape.js';
import { penaltyRate } from '../deadlines.js';
import { catalogue, labels, markdownLabels } from '../../i18n/catalogue.js';
import { jurisdictionText } from '../jurisdiction-text.js';
import type { MarkdownLabels } from '../../i18n/markdown-labels.js';
import { table, type Ctx } from './markdown-context.js';
import { capSentence } from './cap-text.js';
import { wrapProse } from './markdown-wrap.js';
import { caseNotes, combinedTimeline, notifiedText, sourceLine, timelinePicture } from './markdown-parts.js';

// markdownlint MD026 (default punctuation) refuses a heading that ends with one of these.
const TRAILING_PUNCTUATION = /(\\*)([.,;:!\u3002\uff0c\uff1b\uff1a\uff01])$/u;

/**
 * A heading's text, escaped inline, with a trailing punctuation mark (a case titled "… Inc.")
 * spelled as a character reference: it renders the same and the heading passes MD026. The
 * escaping backslash of `\.`, if any, goes with it; an escaped backslash before it stays.
 */
function headingText(text: string): string {
  const escaped = inl(text);
  // Already a character reference (a trailing backslash is spelled &#92;): markdownlint reads it as one.
  if (/&#?[0-9a-z]+;$/i.test(escaped)) return escaped;
  return escaped.replace(TRAILING_PUNCTUATION, (_match, slashes: string, mark: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}&#${String(mark.codePointAt(0))};`;
  });
}

// Kept here for the callers that format amounts the way the English export does.
export { amountText } from '../../i18n/markdown-labels.js';

export interface MarkdownExportOptions {
  /** The language of every fixed word, of dates in running text and of amounts (default 'en'). */
  readonly locale?: Locale;
  /**
   * The timeline picture's file, relative to the document (written beside it by the caller);
   * without it, a line says how to get one.
   */
  readonly timelineImage?: string;
}

export function renderMarkdownExport(view: DossierView, options: MarkdownExportOptions = {}): string {
  const L = markdownLabels(options.locale ?? 'en');
  const x: Ctx = { L, d: (iso) => inl(L.date(iso)), on: (iso) => inl(L.onDate(iso)), T: labels(L.locale), W: catalogue(L.locale).working };
  const out: string[] = [`# ${L.title(x.d(view.asOf))}`, ''];
  out.push(L.intro(view.cases.length, x.d(view.asOf)), '');
  out.push(`## ${L.summary}`, '', ...summaryTable(x, view.cases));
  out.push(`## ${L.totals}`, '', ...totalsTable(x, view), '');
  for (const c of view.cases) out.push(...caseSection(x, c));
  out.push(`## ${L.combinedTimeline}`, '', ...combinedTimeline(x, view.cases));
  out.push(`## ${L.chart}`, '', ...timelinePicture(x, view, options.timelineImage));
  while (out[out.length - 1] === '') out.pop();
  return `${wrapProse(out.join('\n'))}\n`;
}

function summaryTable({ L }: Ctx, cases: readonly CaseView[]): string[] {
  const rows = cases.map((c) => {
    const join = (pick: (f: FineView) => string) => c.fines.map(pick).join(L.semicolon);
    const counts = new Map<DeadlineView['status'], number>();
    for (const d of c.deadlines) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    const deadlines = [...counts].map(([status, n]) => L.deadlineCount(n, status)).join(', ');
    return [
      cell(c.case.title),
      cell(c.case.authority.short),
      cell(L.caseStatus[c.case.status]),
      join((f) => L.money(f.imposed.minor, f.imposed.currency)),
      join((f) => (f.eur.ok ? L.money(f.eur.conversion.eurMinor, 'EUR') : L.noRate)),
      join((f) => L.money(f.enforceable.minor, f.enforceable.currency)),
      join((f) => `${L.money(f.paid.minor, f.paid.currency)} (${L.payment[f.paymentStatus]})`),
      deadlines,
    ];
  });
  return table(L.summaryHeader, rows);
}

function totalsTable(x: Ctx, view: DossierView): string[] {
  const { L, W } = x;
  const t = view.totals;
  const r = L.totalsRows;
  const row = (label: string, total: EurTotal) => [
    label,
    L.money(total.minor, 'EUR'),
    total.unconverted.map((u) => cell(W.unconverted(u))).join(L.semicolon),
  ];
  return table(L.totalsHeader, [
    row(r.imposed, t.imposed),
    row(r.enforceable, t.enforceable),
    row(x.T.totals.ifNotified.trim(), t.enforceableIfNotified),
    row(r.payable, t.penaltiesPayable),
    row(r.notPayable, t.penaltiesNotPayable),
    row(r.collected, t.collected),
    row(r.owed, t.owed),
  ]).slice(0, -1);
}

function caseSection(x: Ctx, view: CaseView): string[] {
  const { L } = x;
  const c = view.case;
  const id = inl(c.id);
  const h = L.subheading;
  const out = [`## ${headingText(c.title)}`, ''];
  out.push(
    `- ${L.caseFile}${L.colon}${id}`,
    `- ${L.authority}${L.colon}${inl(`${c.authority.short}, ${c.authority.name} (${c.authority.country})`)}`,
    ...c.respondents.map((r) => `- ${L.respondent}${L.colon}${inl(`${r.name} (${r.country}${r.role ? `, ${r.role}` : ''})`)}`),
    `- ${L.lawLine(inl(L.law[c.law]), inl(jurisdictionText(c, x.T.field.ruleNotStated)), inl(L.caseStatus[c.status]))}`,
    ...(c.acts ?? []).map((act) => `- ${L.act}${L.colon}${inl(act)}`),
    '',
  );
  out.push(
    `### ${id}${L.colon}${h.timeline}`,
    '',
    ...table(
      L.timelineHeader,
      c.events.map((e) => [
        cell(e.date),
        cell(L.eventKind[e.kind]),
        cell(e.ref ?? ''),
        cell(e.summary),
        cell(notifiedText(x, e)),
        cell((e.sources ?? []).join(', ')),
      ]),
    ),
  );
  out.push(
    `### ${id}${L.colon}${h.measures}`,
    '',
    ...table(
      L.measuresHeader,
      (c.measures ?? []).map((m) => [
        cell(m.id),
        cell(L.measureKind[m.kind]),
        cell(m.decision),
        cell(m.summary),
        cell(
          m.kind === 'fine'
            ? L.payment[m.payment?.status ?? 'unknown']
            : m.kind === 'order' || m.kind === 'ban'
              ? L.compliance[m.compliance?.status ?? 'unknown']
              : '',
        ),
      ]),
    ),
  );
  if (view.deadlines.length > 0)
    out.push(`### ${id}${L.colon}${h.deadlines}`, '', ...view.deadlines.flatMap((d) => deadlineLines(x, d)), '');
  if (view.fines.length > 0) out.push(`### ${id}${L.colon}${h.money}`, '', ...view.fines.flatMap((f) => fineLines(x, f)), '');
  if ((c.appeals ?? []).length > 0) {
    out.push(
      `### ${id}${L.colon}${h.appeals}`,
      '',
      ...table(
        L.appealsHeader,
        (c.appeals ?? []).map((a) => [
          cell(a.id),
          cell(a.court),
          cell(a.appellant),
          cell(a.against.join(', ')),
          cell(a.filed ?? ''),
          cell(L.appealOutcome[a.outcome]),
          cell((a.effects ?? []).map((e) => `${e.on}: ${L.appealEffect(L.effectKind[e.effect], e.amount)}`).join(L.semicolon)),
        ]),
      ),
    );
  }
  const notes = caseNotes(L, c);
  if (notes.length > 0)
    out.push(`### ${id}${L.colon}${h.notes}`, '', ...notes.map(([about, text]) => `- ${inl(about)}${L.colon}${inl(text)}`), '');
  if (c.sources.length > 0) out.push(`### ${id}${L.colon}${h.sources}`, '', ...c.sources.map((s) => sourceLine(L, s)), '');
  return out;
}

function statusText(L: MarkdownLabels, d: DeadlineView): string {
  const status = L.deadlineStatus[d.status];
  if (d.daysLeft !== undefined) return `${status}, ${L.daysLeft(d.daysLeft)}`;
  if (d.daysLate !== undefined) return `${status}, ${L.daysLate(d.daysLate)}`;
  return status;
}

function deadlineLines(x: Ctx, d: DeadlineView): string[] {
  const { L } = x;
  const w = d.computation;
  const head = `- ${L.deadlineHead(inl(deadlineLabel(d, L.paymentOf)), inl(d.id), inl(L.deadlineKind[d.kind]), d.end === undefined ? undefined : x.on(d.end), inl(statusText(L, d)))}`;
  const sub: string[] = [];
  if (d.anchor) sub.push(L.start(x.d(d.anchor.date), inl(d.anchor.eventId), d.anchor.basis === 'notified'));
  if (w) {
    sub.push(L.periodLine(inl(L.period(w.period)), inl(w.jurisdiction), x.d(w.rawEnd)));
    if (w.skipped.length > 0)
      sub.push(L.skipped(inl(w.skipped.map((s) => L.skippedDay(L.date(s.date), x.W.reasons(s.reasons))).join(', '))));
    sub.push(L.ruleLine(inl(x.W.rule(w.rule)), inl(L.time(w.closingTime))));
    sub.push(...w.steps.map((s) => `${L.working}${L.colon}${inl(x.W.step(s))}`));
  }
  if (d.fixedDate !== undefined) {
    const before = d.fixedBefore === undefined ? '' : ` (${L.fixedBefore} ${x.d(d.fixedBefore)})`;
    sub.push(`${L.fixedDate}${L.colon}${x.d(d.fixedDate)}${before}`);
  }
  if (d.basis !== undefined) sub.push(`${L.basis}${L.colon}${inl(d.basis)}`);
  if (d.metOn !== undefined) sub.push(L.metOn(x.on(d.metOn)));
  if (d.problem !== undefined) sub.push(`${L.notComputable}${L.colon}${inl(x.W.problem(d.problem))}`);
  sub.push(...d.assumptions.map((a) => `${L.assumption}${L.colon}${inl(x.W.assumption(a))}`));
  if (d.alternative)
    sub.push(`${x.T.field.alternative}${L.colon}${x.d(d.alternative.end)} (${inl(x.T.field.alternativeReading[d.alternative.kind])})`);
  const p = d.penalty;
  if (p) {
    const m = (minor: number) => L.money(minor, p.currency);
    const T = x.T;
    const notPayable = p.payableBy === 'forfeiture' ? T.field.notPayableForfeiture : T.field.notPayableLiquidation;
    sub.push(
      L.penalty({
        rate: inl(penaltyRate(p, T, L.locale)),
        payableBy: p.payableBy === undefined ? undefined : T.field.payableBy[p.payableBy],
        days: p.lastDay === undefined ? '0' : `${L.count(p.daysLate)} (${x.d(p.firstDay)} – ${x.d(p.lastDay)})`,
        payable: m(p.payableMinor),
        notPayable: `${notPayable}${L.colon}${p.notPayableMinor === undefined ? T.field.accrualUnknown : m(p.notPayableMinor)}`,
      }),
      ...p.liquidations.map((l) =>
        L.liquidation({
          eventId: inl(l.eventId),
          decidedOn: l.decidedOn ? x.d(l.decidedOn) : undefined,
          from: x.d(l.from),
          to: x.d(l.to),
          days: l.days,
          amount: m(l.amountMinor),
          compared:
            l.comparedWithRate === undefined
              ? undefined
              : `${l.comparedWithRate === 'equal' ? T.field.equalsRate : l.comparedWithRate === 'below' ? T.field.belowRate : T.field.aboveRate}${l.rateTimesDaysMinor === undefined ? '' : ` (${m(l.rateTimesDaysMinor)})`}`,
        }),
      ),
      ...p.collections.map((l) => `${T.field.collected} (${inl(l.eventId)})${L.colon}${m(l.amountMinor)}`),
      ...p.notes.map((n) => `${L.assumption}${L.colon}${inl(x.W.penaltyNote(n))}`),
    );
  }
  return [head, ...sub.map((s) => `  - ${s}`)];
}

function fineLines(x: Ctx, f: FineView): string[] {
  const { L } = x;
  const sub = [L.decided(x.d(f.decisionDate), inl(f.tier))];
  sub.push(`${L.inEur}${L.colon}${f.eur.ok ? conversionText(x, f.eur.conversion) : L.notConverted(inl(x.W.moneyProblem(f.eur.problem)))}`);
  if (f.cap.ok) {
    const threshold =
      f.cap.status === 'needs-turnover' && f.cap.lawfulIfTurnoverAboveMinor !== undefined
        ? ` (${x.T.cap.needsTurnover} ${L.money(f.cap.lawfulIfTurnoverAboveMinor, f.cap.cap.currency)})`
        : '';
    sub.push(`${L.cap}${L.colon}${capSentence(L, f.cap.cap, inl)}${L.semicolon}${inl(L.fineIs(f.cap.status))}${threshold}`);
  } else sub.push(`${L.cap}${L.colon}${L.capNotChecked(inl(x.W.moneyProblem(f.cap.problem)))}`);
  if (f.proposed) sub.push(L.proposed(f.proposed.approximate, L.money(f.proposed.minor, f.proposed.currency)));
  sub.push(
    `${L.appeals}${L.colon}${inl(L.appealState[f.appeal.state])}${f.appeal.appeals.length > 0 ? ` (${inl(f.appeal.appeals.join(', '))})` : ''}`,
  );
  sub.push(
    `${L.enforceableNow}${L.colon}${L.money(f.enforceable.minor, f.enforceable.currency)} (${inl(x.T.enforceability[f.enforceability])})${f.enforceableNotes ? `, ${inl(x.W.fineNotes(f.enforceableNotes))}` : ''}`,
  );
  sub.push(`${L.paid}${L.colon}${L.money(f.paid.minor, f.paid.currency)} (${inl(L.payment[f.paymentStatus])})`);
  return [`- ${inl(f.measureId)}${L.colon}${L.money(f.imposed.minor, f.imposed.currency)}`, ...sub.map((s) => `  - ${s}`)];
}

function conversionText(x: Ctx, c: Conversion): string {
  const { L } = x;
  const eur = L.money(c.eurMinor, 'EUR');
  if (c.sourceCurrency === 'EUR') return L.noConversion(eur);
  const rate = /^\d+(?:\.\d+)?$/.test(c.rate) ? L.decimal(c.rate) : inl(c.rate);
  return L.conversion(L.money(c.sourceMinor, c.sourceCurrency), rate, c.rateDate === undefined ? undefined : x.d(c.rateDate), eur, c.exact);
}

/** Every uncertainty recorded in the case: the notes list and each item's own `note`. */
