// The machine-readable export: `dossier-export/1`. Other tools read this, so its shape is a
// contract (documented in the README): objects are built key by key in a fixed order, absent
// values are `null` rather than missing or `undefined`, no Map/Set/BigInt gets near
// JSON.stringify, and every derived figure carries the inputs it came from,
// so a reader can redo the arithmetic without this program.
import { deadlineLabel } from '../deadline-label.js';
import type { DossierView, CaseView } from '../../analysis/dossier.js';
import type { DeadlineView } from '../../analysis/deadlines.js';
import type { FineView } from '../../analysis/fines.js';
import type { PenaltyView } from '../../analysis/penalties.js';
import type { DossierTotals, EurTotal } from '../../analysis/totals.js';
import { formatPeriod } from '../../core/time/period.js';
import { catalogue } from '../../i18n/catalogue.js';
import { canonical, type Json } from './json-canonical.js';

// The JSON export is for programs: its texts are in English, as it has always written them.
const W = catalogue('en').working;

export { canonical } from './json-canonical.js';

export const JSON_EXPORT_FORMAT = 'dossier-export/2';

interface MoneyJson {
  [key: string]: Json;
  minor: number;
  currency: string;
}

/** An exact amount: integer minor units, never a float of major units. */
export function money(minor: number, currency: string): MoneyJson {
  return { minor, currency };
}

const orNull = <T extends Json>(value: T | undefined): T | null => (value === undefined ? null : value);

export function renderJsonExport(view: DossierView): string {
  const doc: Json = {
    format: JSON_EXPORT_FORMAT,
    asOf: view.asOf,
    cases: view.cases.map(caseJson),
    totals: totalsJson(view.totals),
  };
  return `${JSON.stringify(doc, checkedValue, 2)}\n`;
}

// A last line of defence: NaN and Infinity would silently become `null` and -0 would read back
// as 0, so a figure that is not a finite number is a bug to report, not something to export.
function checkedValue(this: unknown, key: string, value: unknown): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`export: "${key}" is ${String(value)}, not a finite number`);
    if (Object.is(value, -0)) return 0;
  }
  if (value === undefined || typeof value === 'bigint' || value instanceof Map || value instanceof Set) {
    throw new TypeError(`export: "${key}" holds a value JSON cannot represent faithfully`);
  }
  return value;
}

function caseJson(view: CaseView): Json {
  const c = view.case;
  return {
    id: c.id,
    title: c.title,
    authority: { short: c.authority.short, name: c.authority.name, country: c.authority.country },
    respondents: c.respondents.map((r) => r.name),
    jurisdiction: c.jurisdiction,
    customRule: orNull(c['custom-rule']),
    law: c.law,
    status: c.status,
    deadlines: view.deadlines.map(deadlineJson),
    fines: view.fines.map(fineJson),
    appeals: view.appeals.map((s) => ({ id: s.appeal.id, outcome: s.appeal.outcome, status: s.status, by: orNull(s.by) })),
    // The case file as written, including facts dated after asOf (everything else is as of asOf).
    facts: canonical(view.recorded),
  };
}

function deadlineJson(d: DeadlineView): Json {
  const w = d.computation;
  return {
    id: d.id,
    kind: d.kind,
    label: deadlineLabel(d, 'Payment: '),
    measureId: orNull(d.measureId),
    jurisdiction: d.jurisdiction,
    start: d.anchor ? { date: d.anchor.date, event: d.anchor.eventId, basis: d.anchor.basis } : null,
    period: w ? formatPeriod(w.period) : null,
    fixedDate: orNull(d.fixedDate),
    fixedBefore: orNull(d.fixedBefore),
    rawEnd: w ? w.rawEnd : null,
    skipped: w ? w.skipped.map((s) => ({ date: s.date, reason: W.reasons(s.reasons) })) : [],
    end: orNull(d.end),
    extended: w ? w.extended : false,
    closingTime: w ? w.closingTime : null,
    rule: w ? W.rule(w.rule) : null,
    basis: orNull(d.basis),
    steps: w ? w.steps.map(W.step) : [],
    assumptions: d.assumptions.map(W.assumption),
    alternative: d.alternative ? { end: d.alternative.end, reading: W.alternativeReading(d.alternative.kind) } : null,
    status: d.status,
    daysLeft: orNull(d.daysLeft),
    daysLate: orNull(d.daysLate),
    metOn: orNull(d.metOn),
    supersededBy: d.supersededBy ? { event: d.supersededBy.eventId, date: d.supersededBy.date } : null,
    notNotifiedAsOf: orNull(d.notNotifiedAsOf),
    metWithin: orNull(d.metWithin),
    suspendedBy: d.suspendedBy ? W.suspension(d.suspendedBy) : null,
    problem: d.problem ? W.problem(d.problem) : null,
    penalty: d.penalty ? penaltyJson(d.penalty) : null,
  };
}

function penaltyJson(p: PenaltyView): Json {
  const m = (minor: number) => money(minor, p.currency);
  return {
    per: p.per,
    amount: p.amountMinor === undefined ? null : m(p.amountMinor),
    maximum: p.maximumMinor === undefined ? null : m(p.maximumMinor),
    payableBy: orNull(p.payableBy),
    firstDay: p.firstDay,
    lastDay: orNull(p.lastDay),
    end: p.end,
    daysLate: p.daysLate,
    suspendedDays: p.suspendedDays,
    accrued: p.accruedMinor === undefined ? null : m(p.accruedMinor),
    capped: p.capped,
    liquidations: p.liquidations.map((l) => ({
      event: l.eventId,
      decidedOn: orNull(l.decidedOn),
      from: l.from,
      to: l.to,
      days: l.days,
      amount: m(l.amountMinor),
      rateTimesDays: l.rateTimesDaysMinor === undefined ? null : m(l.rateTimesDaysMinor),
      comparedWithRate: orNull(l.comparedWithRate),
      payable: l.payable,
    })),
    collections: p.collections.map((l) => ({ event: l.eventId, amount: m(l.amountMinor), payable: l.payable })),
    payable: m(p.payableMinor),
    notPayable: p.notPayableMinor === undefined ? null : m(p.notPayableMinor),
    notes: p.notes.map(W.penaltyNote),
  };
}

function fineJson(f: FineView): Json {
  return {
    measureId: f.measureId,
    tier: f.tier,
    decisionDate: f.decisionDate,
    imposed: money(f.imposed.minor, f.imposed.currency),
    proposed: f.proposed ? { ...money(f.proposed.minor, f.proposed.currency), approximate: f.proposed.approximate } : null,
    eur: eurJson(f),
    cap: capJson(f),
    appeal: {
      state: f.appeal.state,
      standing: f.appeal.standing,
      pending: f.appeal.pending,
      appeals: [...f.appeal.appeals],
      reducedTo: orNull(f.appeal.reducedTo),
    },
    notification:
      f.notification.state === 'notified'
        ? { state: 'notified', on: f.notification.on }
        : f.notification.state === 'not-notified'
          ? { state: 'not-notified', asOf: f.notification.asOf }
          : { state: 'unknown' },
    enforceability: f.enforceability,
    enforceable: money(f.enforceable.minor, f.enforceable.currency),
    enforceableNote: f.enforceableNotes ? W.fineNotes(f.enforceableNotes) : null,
    paid: money(f.paid.minor, f.paid.currency),
    paymentStatus: f.paymentStatus,
  };
}

function eurJson(f: FineView): Json {
  if (!f.eur.ok) return { ok: false, reason: W.moneyProblem(f.eur.problem) };
  const c = f.eur.conversion;
  return {
    ok: true,
    source: money(c.sourceMinor, c.sourceCurrency),
    rate: c.rate,
    rateDate: orNull(c.rateDate),
    requestedDate: orNull(c.requestedDate),
    eur: money(c.eurMinor, 'EUR'),
    rounding: c.rounding,
    exact: c.exact,
  };
}

// Typed as an object, not Json: as part of the union with string, a key named `fixed` reads as
// String.prototype.fixed.
function capJson(f: FineView): Record<string, Json> {
  if (!f.cap.ok) return { ok: false, reason: W.moneyProblem(f.cap.problem) };
  const cap = f.cap.cap;
  const m = (minor: number) => money(minor, cap.currency);
  return {
    ok: true,
    law: cap.law,
    tier: cap.tier,
    fixed: m(cap.fixedMinor),
    percent: cap.percent,
    turnover: cap.turnoverMinor === undefined ? null : { ...m(cap.turnoverMinor), year: orNull(cap.turnoverYear) },
    turnoverBased: cap.turnoverBasedMinor === undefined ? null : m(cap.turnoverBasedMinor),
    cap: m(cap.capMinor),
    basis: cap.basis,
    citation: cap.citation,
    status: f.cap.status,
    lawfulIfTurnoverAbove: f.cap.lawfulIfTurnoverAboveMinor === undefined ? null : m(f.cap.lawfulIfTurnoverAboveMinor),
    turnoverApproximate: f.cap.turnoverApproximate === true,
  };
}

function totalsJson(t: DossierTotals): Json {
  const total = (e: EurTotal): Json => ({ eur: money(e.minor, 'EUR'), unconverted: e.unconverted.map(W.unconverted) });
  return {
    imposed: total(t.imposed),
    enforceable: total(t.enforceable),
    enforceableIfNotified: total(t.enforceableIfNotified),
    penaltiesPayable: total(t.penaltiesPayable),
    penaltiesNotPayable: total(t.penaltiesNotPayable),
    collected: total(t.collected),
    owed: total(t.owed),
  };
}
