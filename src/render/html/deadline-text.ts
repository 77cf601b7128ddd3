// The working of a deadline and of a fine, worded as the Markdown export words it (same labels,
// same order), as plain text lines for the HTML page to escape.
import type { DeadlineView } from '../../analysis/deadlines.js';
import type { FineView } from '../../analysis/fines.js';
import { capSentence } from '../export/cap-text.js';
import type { Conversion } from '../../core/money/convert.js';
import { penaltyRate } from '../deadlines.js';
import type { HtmlCtx } from './context.js';

export function deadlineStatusText({ L }: HtmlCtx, d: DeadlineView): string {
  const status = L.deadlineStatus[d.status];
  if (d.daysLeft !== undefined) return `${status}, ${L.daysLeft(d.daysLeft)}`;
  if (d.daysLate !== undefined) return `${status}, ${L.daysLate(d.daysLate)}`;
  return status;
}

export function deadlineWorking(x: HtmlCtx, d: DeadlineView): string[] {
  const { L, T, W } = x;
  const w = d.computation;
  const out: string[] = [];
  if (d.anchor) out.push(L.start(L.date(d.anchor.date), d.anchor.eventId, d.anchor.basis === 'notified'));
  if (w) {
    out.push(L.periodLine(L.period(w.period), w.jurisdiction, L.date(w.rawEnd)));
    if (w.skipped.length > 0) out.push(L.skipped(w.skipped.map((s) => L.skippedDay(L.date(s.date), W.reasons(s.reasons))).join(', ')));
    out.push(L.ruleLine(W.rule(w.rule), L.time(w.closingTime)));
    out.push(...w.steps.map((s) => `${L.working}${L.colon}${W.step(s)}`));
  }
  if (d.fixedDate !== undefined) {
    const before = d.fixedBefore === undefined ? '' : ` (${L.fixedBefore} ${L.date(d.fixedBefore)})`;
    out.push(`${L.fixedDate}${L.colon}${L.date(d.fixedDate)}${before}`);
  }
  if (d.basis !== undefined) out.push(`${L.basis}${L.colon}${d.basis}`);
  if (d.metOn !== undefined) out.push(L.metOn(L.onDate(d.metOn)));
  if (d.problem !== undefined) out.push(`${L.notComputable}${L.colon}${W.problem(d.problem)}`);
  out.push(...d.assumptions.map((a) => `${L.assumption}${L.colon}${W.assumption(a)}`));
  if (d.alternative)
    out.push(`${T.field.alternative}${L.colon}${L.date(d.alternative.end)} (${T.field.alternativeReading[d.alternative.kind]})`);
  const p = d.penalty;
  if (p) {
    const m = (minor: number) => L.money(minor, p.currency);
    const notPayable = p.payableBy === 'forfeiture' ? T.field.notPayableForfeiture : T.field.notPayableLiquidation;
    out.push(
      L.penalty({
        rate: penaltyRate(p, T, L.locale),
        payableBy: p.payableBy === undefined ? undefined : T.field.payableBy[p.payableBy],
        days: p.lastDay === undefined ? '0' : `${L.count(p.daysLate)} (${L.date(p.firstDay)} – ${L.date(p.lastDay)})`,
        payable: m(p.payableMinor),
        notPayable: `${notPayable}${L.colon}${p.notPayableMinor === undefined ? T.field.accrualUnknown : m(p.notPayableMinor)}`,
      }),
      ...p.liquidations.map((l) =>
        L.liquidation({
          eventId: l.eventId,
          decidedOn: l.decidedOn ? L.date(l.decidedOn) : undefined,
          from: L.date(l.from),
          to: L.date(l.to),
          days: l.days,
          amount: m(l.amountMinor),
          compared:
            l.comparedWithRate === undefined
              ? undefined
              : `${l.comparedWithRate === 'equal' ? T.field.equalsRate : l.comparedWithRate === 'below' ? T.field.belowRate : T.field.aboveRate}${l.rateTimesDaysMinor === undefined ? '' : ` (${m(l.rateTimesDaysMinor)})`}`,
        }),
      ),
      ...p.collections.map((l) => `${T.field.collected} (${l.eventId})${L.colon}${m(l.amountMinor)}`),
      ...p.notes.map((n) => `${L.assumption}${L.colon}${W.penaltyNote(n)}`),
    );
  }
  return out;
}

export function fineWorking(x: HtmlCtx, f: FineView): string[] {
  const { L, T, W } = x;
  const out = [L.decided(L.date(f.decisionDate), f.tier)];
  out.push(`${L.inEur}${L.colon}${f.eur.ok ? conversionText(x, f.eur.conversion) : L.notConverted(W.moneyProblem(f.eur.problem))}`);
  if (f.cap.ok) {
    const threshold =
      f.cap.status === 'needs-turnover' && f.cap.lawfulIfTurnoverAboveMinor !== undefined
        ? ` (${T.cap.needsTurnover} ${L.money(f.cap.lawfulIfTurnoverAboveMinor, f.cap.cap.currency)})`
        : '';
    out.push(`${L.cap}${L.colon}${capSentence(L, f.cap.cap, (text) => text)}${L.semicolon}${L.fineIs(f.cap.status)}${threshold}`);
  } else out.push(`${L.cap}${L.colon}${L.capNotChecked(W.moneyProblem(f.cap.problem))}`);
  if (f.proposed) out.push(L.proposed(f.proposed.approximate, L.money(f.proposed.minor, f.proposed.currency)));
  out.push(
    `${L.appeals}${L.colon}${L.appealState[f.appeal.state]}${f.appeal.appeals.length > 0 ? ` (${f.appeal.appeals.join(', ')})` : ''}`,
  );
  out.push(
    `${L.enforceableNow}${L.colon}${L.money(f.enforceable.minor, f.enforceable.currency)} (${T.enforceability[f.enforceability]})${f.enforceableNotes ? `, ${x.W.fineNotes(f.enforceableNotes)}` : ''}`,
  );
  out.push(`${L.paid}${L.colon}${L.money(f.paid.minor, f.paid.currency)} (${L.payment[f.paymentStatus]})`);
  return out;
}

function conversionText({ L }: HtmlCtx, c: Conversion): string {
  const eur = L.money(c.eurMinor, 'EUR');
  if (c.sourceCurrency === 'EUR') return L.noConversion(eur);
  const rate = /^\d+(?:\.\d+)?$/.test(c.rate) ? L.decimal(c.rate) : c.rate;
  return L.conversion(
    L.money(c.sourceMinor, c.sourceCurrency),
    rate,
    c.rateDate === undefined ? undefined : L.date(c.rateDate),
    eur,
    c.exact,
  );
}
