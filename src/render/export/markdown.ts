// The human-readable export: one self-contained Markdown document (GitHub-flavoured) with every
// figure's working, for lawyers to check and to paste into issues or wikis.
//
// Every string that comes from a case file goes through markdown-escape.ts (inline text, table
// cells, links), because co-authors are untrusted and the document is rendered by GitHub, IDE
// previews and markdown-it alike. The Mermaid chart has its own syntax, so data inside it is
// reduced to a safe alphabet instead (see `mermaidText`). No raw HTML and no images are emitted.
// The output passes markdownlint's default rules (tested), except MD013 line length.
import type { CaseView, DossierView } from '../../analysis/dossier.js';
import type { DeadlineView } from '../../analysis/deadlines.js';
import type { FineView } from '../../analysis/fines.js';
import type { EurTotal } from '../../analysis/totals.js';
import type { Case } from '../../model/case-schema.js';
import { formatMinor } from '../../core/money/amount.js';
import type { FineCap } from '../../core/money/caps.js';
import type { Conversion } from '../../core/money/convert.js';
import { formatPeriod } from '../../core/time/period.js';
import { escapeMarkdownInline as inl, escapeMarkdownTableCell as cell, markdownLink } from '../markdown-escape.js';

const NONE = '—';

/** "EUR 5,200,000.00": grouped for reading; exact (no float, no locale). */
export function amountText(minor: number, currency: string): string {
  const [whole = '', fraction] = formatMinor(minor, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${fraction === undefined ? grouped : `${grouped}.${fraction}`}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? NONE : c)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line), ''];
}

export function renderMarkdownExport(view: DossierView): string {
  const out: string[] = [`# Enforcement dossier as of ${inl(view.asOf)}`, ''];
  out.push(
    `Computed from ${view.cases.length} case files as of ${inl(view.asOf)}. Amounts are exact. Fines in other currencies are converted to EUR at the ECB reference rate of the decision date. A period runs from the notification of its event when the case records it, otherwise from the event date; that assumption is listed with each deadline.`,
    '',
  );
  out.push('## Summary', '', ...summaryTable(view.cases));
  out.push('## Totals', '', ...totalsTable(view), '');
  for (const c of view.cases) out.push(...caseSection(c));
  out.push('## Combined timeline', '', ...combinedTimeline(view.cases));
  out.push('## Chart', '', ...mermaidChart(view));
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function summaryTable(cases: readonly CaseView[]): string[] {
  const rows = cases.map((c) => {
    const join = (pick: (f: FineView) => string) => c.fines.map(pick).join('; ');
    const counts = new Map<string, number>();
    for (const d of c.deadlines) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    const deadlines = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
    return [
      cell(c.case.title),
      cell(c.case.authority.short),
      cell(c.case.status),
      join((f) => amountText(f.imposed.minor, f.imposed.currency)),
      join((f) => (f.eur.ok ? amountText(f.eur.conversion.eurMinor, 'EUR') : 'no rate')),
      join((f) => amountText(f.enforceable.minor, f.enforceable.currency)),
      join((f) => `${amountText(f.paid.minor, f.paid.currency)} (${f.paymentStatus})`),
      deadlines,
    ];
  });
  return table(['Case', 'Authority', 'Status', 'Fines imposed', 'In EUR', 'Enforceable now', 'Paid', 'Deadlines'], rows);
}

function totalsTable(view: DossierView): string[] {
  const t = view.totals;
  const row = (label: string, total: EurTotal) => [label, amountText(total.minor, 'EUR'), total.unconverted.map(cell).join('; ')];
  return table(
    ['Total', 'In EUR', 'Left out (no rate)'],
    [
      row('Fines imposed', t.imposed),
      row('Fines enforceable now (after appeals)', t.enforceable),
      row('Penalty payments liquidated', t.penaltiesLiquidated),
      row('Penalty payments accrued, not liquidated', t.penaltiesNotLiquidated),
      row('Collected', t.collected),
      row('Owed (enforceable + liquidated − collected)', t.owed),
    ],
  ).slice(0, -1);
}

function caseSection(view: CaseView): string[] {
  const c = view.case;
  const id = inl(c.id);
  const out = [`## ${inl(c.title)}`, ''];
  out.push(
    `- Case file: ${id}`,
    `- Authority: ${inl(`${c.authority.short}, ${c.authority.name} (${c.authority.country})`)}`,
    `- Respondent: ${inl(`${c.respondent.name} (${c.respondent.country})`)}`,
    `- Law: ${inl(c.law)}; time rules of ${inl(c.jurisdiction)}; status ${inl(c.status)}`,
    ...(c.acts ?? []).map((act) => `- Act: ${inl(act)}`),
    '',
  );
  out.push(`### ${id}: timeline`, '', ...table(['Date', 'Kind', 'Ref', 'Summary', 'Notified', 'Sources'], c.events.map((e) => [
    cell(e.date), cell(e.kind), cell(e.ref ?? ''), cell(e.summary), cell(e.notified ?? ''), cell((e.sources ?? []).join(', ')),
  ])));
  out.push(`### ${id}: measures`, '', ...table(['Measure', 'Kind', 'Decision', 'Summary', 'Compliance or payment'], (c.measures ?? []).map((m) => [
    cell(m.id), cell(m.kind), cell(m.decision), cell(m.summary),
    cell(m.kind === 'fine' ? m.payment?.status ?? 'unknown' : m.kind === 'order' || m.kind === 'ban' ? m.compliance?.status ?? 'unknown' : ''),
  ])));
  if (view.deadlines.length > 0) out.push(`### ${id}: deadlines`, '', ...view.deadlines.flatMap(deadlineLines), '');
  if (view.fines.length > 0) out.push(`### ${id}: money`, '', ...view.fines.flatMap(fineLines), '');
  if ((c.appeals ?? []).length > 0) {
    out.push(`### ${id}: appeals`, '', ...table(['Appeal', 'Court', 'Appellant', 'Against', 'Filed', 'Outcome', 'Effect'], (c.appeals ?? []).map((a) => [
      cell(a.id), cell(a.court), cell(a.appellant), cell(a.against.join(', ')), cell(a.filed ?? ''), cell(a.outcome),
      cell(a.effect ? `${a.effect.kind}${a.effect.amount === undefined ? '' : ` to ${a.effect.amount}`}` : ''),
    ])));
  }
  const notes = caseNotes(c);
  if (notes.length > 0) out.push(`### ${id}: notes and uncertainties`, '', ...notes.map(([about, text]) => `- ${inl(about)}: ${inl(text)}`), '');
  out.push(`### ${id}: sources`, '', ...c.sources.map(sourceLine), '');
  return out;
}

function statusText(d: DeadlineView): string {
  if (d.daysLeft !== undefined) return `${d.status}, ${d.daysLeft} days left`;
  if (d.daysLate !== undefined) return `${d.status}, ${d.daysLate} days late`;
  return d.status;
}

function deadlineLines(d: DeadlineView): string[] {
  const w = d.computation;
  const head = `- ${inl(d.label)} (${inl(d.id)}, ${inl(d.kind)}): ${d.end === undefined ? 'not computable' : `last day ${inl(d.end)}`}; ${inl(statusText(d))}`;
  const sub: string[] = [];
  if (d.anchor) {
    const basis = d.anchor.basis === 'notified' ? 'notified' : 'event date; notification unknown';
    sub.push(`Start: ${inl(d.anchor.date)} (${inl(d.anchor.eventId)}, ${basis})`);
  }
  if (w) {
    sub.push(`Period: ${inl(formatPeriod(w.period))}, jurisdiction ${inl(w.jurisdiction)}; raw end ${inl(w.rawEnd)}`);
    if (w.skipped.length > 0) sub.push(`Skipped: ${inl(w.skipped.map((s) => `${s.date} (${s.reason})`).join(', '))}`);
    sub.push(`Rule: ${inl(w.rule)}; closes ${inl(w.closingTime)} local time`);
    sub.push(...w.steps.map((s) => `Working: ${inl(s)}`));
  }
  if (d.fixedDate !== undefined) sub.push(`Fixed in the decision: ${inl(d.fixedDate)}`);
  if (d.basis !== undefined) sub.push(`Basis: ${inl(d.basis)}`);
  if (d.metOn !== undefined) sub.push(`Met on: ${inl(d.metOn)}`);
  if (d.problem !== undefined) sub.push(`Not computable: ${inl(d.problem)}`);
  sub.push(...d.assumptions.map((a) => `Assumption: ${inl(a)}`));
  const p = d.penalty;
  if (p) {
    const m = (minor: number) => amountText(minor, p.currency);
    const a = p.accrual;
    sub.push(
      `Penalty: ${m(p.dailyMinor)} a day from ${inl(a.firstDay)}${p.capMinor === undefined ? '' : `, capped at ${m(p.capMinor)}`}; ${a.daysLate} days late; accrued ${m(a.accruedMinor)}${a.capped ? ' (cap reached)' : ''}; liquidated ${m(p.liquidatedMinor)}; accrued, not liquidated ${m(p.notLiquidatedMinor)}`,
      ...p.liquidations.map(
        (l) =>
          `Liquidation by event ${inl(l.eventId)}${l.decidedOn ? ` of ${inl(l.decidedOn)}` : ''}${l.afterAsOf ? ' (decided after the as-of date: not counted as liquidated yet)' : ''}: ${inl(l.from)} to ${inl(l.to)}, ${l.days} days, ${m(l.amountMinor)}; ${l.days} × ${m(p.dailyMinor)} = ${m(l.expectedMinor)} (${l.matchesRate ? 'matches' : 'does not match'}); accrued in the period ${m(l.accruedInPeriodMinor)}`,
      ),
    );
  }
  return [head, ...sub.map((s) => `  - ${s}`)];
}

function fineLines(f: FineView): string[] {
  const sub = [`Decided: ${inl(f.decisionDate)}; tier Art. ${inl(f.tier)}`];
  sub.push(f.eur.ok ? `In EUR: ${conversionText(f.eur.conversion)}` : `In EUR: not converted, ${inl(f.eur.reason)}`);
  if (f.cap.ok) sub.push(`Cap: ${capText(f.cap.cap)}; the fine is ${inl(f.cap.status)}`);
  else sub.push(`Cap: not checked, ${inl(f.cap.reason)}`);
  if (f.proposed) sub.push(`Proposed: ${f.proposed.approximate ? 'about ' : ''}${amountText(f.proposed.minor, f.proposed.currency)}`);
  sub.push(`Appeals: ${inl(f.appeal.state)}${f.appeal.chain.length > 0 ? ` (${inl(f.appeal.chain.join(', '))})` : ''}`);
  sub.push(`Enforceable now: ${amountText(f.enforceable.minor, f.enforceable.currency)}${f.enforceableNote ? `, ${inl(f.enforceableNote)}` : ''}`);
  sub.push(`Paid: ${amountText(f.paid.minor, f.paid.currency)} (${inl(f.paymentStatus)})`);
  return [`- ${inl(f.measureId)}: ${amountText(f.imposed.minor, f.imposed.currency)}`, ...sub.map((s) => `  - ${s}`)];
}

function conversionText(c: Conversion): string {
  const eur = amountText(c.eurMinor, 'EUR');
  if (c.sourceCurrency === 'EUR') return `${eur}, no conversion`;
  const when = c.rateDate === undefined ? '' : ` (ECB rate of ${inl(c.rateDate)})`;
  return `${amountText(c.sourceMinor, c.sourceCurrency)} ÷ ${/^\d+(?:\.\d+)?$/.test(c.rate) ? c.rate : inl(c.rate)}${when} = ${eur}${c.exact ? '' : ', rounded half-even'}`;
}

function capText(cap: FineCap): string {
  const m = (minor: number) => amountText(minor, cap.currency);
  const turnover =
    cap.turnoverMinor === undefined
      ? 'no turnover recorded'
      : `${cap.percent} % of the ${cap.turnoverYear ?? '?'} turnover ${m(cap.turnoverMinor)} is ${m(cap.turnoverBasedMinor ?? 0)}`;
  return `${m(cap.capMinor)} under ${inl(cap.citation)}: the higher of the fixed ${m(cap.fixedMinor)} and ${cap.percent} % of turnover (${turnover}); set by the ${cap.basis} amount`;
}

/** Every uncertainty recorded in the case: the notes list and each item's own `note`. */
function caseNotes(c: Case): [string, string][] {
  const notes: [string, string][] = (c.notes ?? []).map((n) => [n.about ?? 'case', n.text]);
  const add = (about: string, note: string | undefined) => {
    if (note !== undefined) notes.push([about, note]);
  };
  for (const e of c.events) add(e.id, e.note);
  for (const m of c.measures ?? []) {
    add(m.id, m.note);
    if (m.kind === 'fine') add(`${m.id} payment`, m.payment?.note);
    if (m.kind === 'order' || m.kind === 'ban') {
      add(`${m.id} compliance`, m.compliance?.note);
      for (const l of m.penalty?.liquidations ?? []) add(`${m.id} liquidation ${l.event}`, l.note);
    }
  }
  for (const d of c.deadlines ?? []) add(d.id, d.note);
  for (const a of c.appeals ?? []) add(a.id, a.note);
  for (const s of c.sources) add(`source ${s.id}`, s.note);
  return notes;
}

function sourceLine(s: Case['sources'][number]): string {
  const details = [s.id, s.publisher, s.published, s.language].filter((x): x is string => x !== undefined);
  return `- ${markdownLink(s.title, s.url)} (${inl(details.join(', '))})`;
}

interface Dated {
  readonly date: string;
  readonly caseView: CaseView;
  readonly kind: string;
  readonly text: string;
}

function datedItems(cases: readonly CaseView[]): Dated[] {
  const items: Dated[] = [];
  for (const v of cases) {
    for (const e of v.case.events) items.push({ date: e.date, caseView: v, kind: e.kind, text: e.summary });
    for (const d of v.deadlines) {
      if (d.end !== undefined) items.push({ date: d.end, caseView: v, kind: `last day (${d.status})`, text: d.label });
    }
  }
  // Date, then case, then kept in the case's own order (Array#sort is stable).
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.caseView.case.id < b.caseView.case.id ? -1 : a.caseView.case.id > b.caseView.case.id ? 1 : 0));
}

function combinedTimeline(cases: readonly CaseView[]): string[] {
  return table(['Date', 'Authority', 'Kind', 'What'], datedItems(cases).map((i) => [cell(i.date), cell(i.caseView.case.authority.short), cell(i.kind), cell(i.text)]));
}

/**
 * Data inside a Mermaid diagram, where `:` separates events, `#` starts an entity, `;` ends a
 * statement, `%%` starts a directive and a newline starts a statement: only letters, digits,
 * spaces and `.,-()/'` are kept, anything else becomes a space, and the result is capped so the
 * chart stays legible.
 */
export function mermaidText(s: string, max = 60): string {
  const kept = s.replace(/[^\p{L}\p{N} .,\-()/']/gu, ' ').replace(/\s+/g, ' ').trim();
  const cut = kept.length > max ? `${kept.slice(0, max - 3).trimEnd()}...` : kept;
  return cut === '' ? 'item' : cut;
}

function mermaidChart(view: DossierView): string[] {
  const byDate = new Map<string, string[]>();
  for (const i of datedItems(view.cases)) {
    const what = `${i.caseView.case.authority.short} ${i.kind} ${i.text}`;
    byDate.set(i.date, [...(byDate.get(i.date) ?? []), mermaidText(what)]);
  }
  const lines = [...byDate].map(([date, items]) => `    ${mermaidText(date)} : ${items.join(' : ')}`);
  return ['```mermaid', 'timeline', `    title Enforcement timeline as of ${mermaidText(view.asOf)}`, ...lines, '```', ''];
}
