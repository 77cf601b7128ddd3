import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";
import {
  catalogue
} from "./chunk-7JT4PE2B.js";
import {
  formatPeriod
} from "./chunk-ITDLV7NW.js";

// src/render/export/json-canonical.ts
var FACT_KEY_ORDER = [
  "dossier",
  "id",
  "kind",
  "title",
  "label",
  "status",
  "authority",
  "short",
  "name",
  "country",
  "jurisdiction",
  "law",
  "acts",
  "respondents",
  "role",
  "undertaking",
  "turnover",
  "year",
  "date",
  "ref",
  "url",
  "published",
  "publisher",
  "archive",
  "language",
  "body",
  "summary",
  "notified",
  "as-of",
  "final",
  "instructed-by",
  "decision",
  "orders",
  "amount",
  "currency",
  "articles",
  "tier",
  "proposed",
  "event",
  "approximate",
  "period",
  "from",
  "to",
  "extend",
  "franc",
  "basis",
  "due",
  "per",
  "maximum",
  "payable-by",
  "liquidations",
  "collections",
  "penalty",
  "payment",
  "paid",
  "compliance",
  "court",
  "appellant",
  "against",
  "filed",
  "filing",
  "outcome",
  "effects",
  "on",
  "effect",
  "remitted-to",
  "about",
  "text",
  "sources",
  "events",
  "findings",
  "measures",
  "deadlines",
  "appeals",
  "suspensions",
  "scope",
  "notes",
  "note"
];
var RANK = new Map(FACT_KEY_ORDER.map((key, index) => [key, index]));
function compareKeys(a, b) {
  const ra = RANK.get(a) ?? FACT_KEY_ORDER.length;
  const rb = RANK.get(b) ?? FACT_KEY_ORDER.length;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}
function canonical(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") return value;
  if (Array.isArray(value)) return value.map((item) => item === void 0 ? null : canonical(item));
  if (typeof value === "object") {
    const out = {};
    const record = value;
    for (const key of Object.keys(record).sort(compareKeys)) {
      if (record[key] !== void 0)
        Object.defineProperty(out, key, { value: canonical(record[key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new TypeError(`export: a case fact of type ${typeof value} cannot be written as JSON`);
}

// src/render/export/json.ts
var W = catalogue("en").working;
var JSON_EXPORT_FORMAT = "dossier-export/2";
function money(minor, currency) {
  return { minor, currency };
}
var orNull = (value) => value === void 0 ? null : value;
function renderJsonExport(view) {
  const doc = {
    format: JSON_EXPORT_FORMAT,
    asOf: view.asOf,
    cases: view.cases.map(caseJson),
    totals: totalsJson(view.totals)
  };
  return `${JSON.stringify(doc, checkedValue, 2)}
`;
}
function checkedValue(key, value) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`export: "${key}" is ${String(value)}, not a finite number`);
    if (Object.is(value, -0)) return 0;
  }
  if (value === void 0 || typeof value === "bigint" || value instanceof Map || value instanceof Set) {
    throw new TypeError(`export: "${key}" holds a value JSON cannot represent faithfully`);
  }
  return value;
}
function caseJson(view) {
  const c = view.case;
  return {
    id: c.id,
    title: c.title,
    authority: { short: c.authority.short, name: c.authority.name, country: c.authority.country },
    respondents: c.respondents.map((r) => r.name),
    jurisdiction: c.jurisdiction,
    customRule: orNull(c["custom-rule"]),
    law: c.law,
    status: c.status,
    deadlines: view.deadlines.map(deadlineJson),
    fines: view.fines.map(fineJson),
    appeals: view.appeals.map((s) => ({ id: s.appeal.id, outcome: s.appeal.outcome, status: s.status, by: orNull(s.by) })),
    // The case file as written, including facts dated after asOf (everything else is as of asOf).
    facts: canonical(view.recorded)
  };
}
function deadlineJson(d) {
  const w = d.computation;
  return {
    id: d.id,
    kind: d.kind,
    label: deadlineLabel(d, "Payment: "),
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
    penalty: d.penalty ? penaltyJson(d.penalty) : null
  };
}
function penaltyJson(p) {
  const m = (minor) => money(minor, p.currency);
  return {
    per: p.per,
    amount: p.amountMinor === void 0 ? null : m(p.amountMinor),
    maximum: p.maximumMinor === void 0 ? null : m(p.maximumMinor),
    payableBy: orNull(p.payableBy),
    firstDay: p.firstDay,
    lastDay: orNull(p.lastDay),
    end: p.end,
    daysLate: p.daysLate,
    suspendedDays: p.suspendedDays,
    accrued: p.accruedMinor === void 0 ? null : m(p.accruedMinor),
    capped: p.capped,
    liquidations: p.liquidations.map((l) => ({
      event: l.eventId,
      decidedOn: orNull(l.decidedOn),
      from: l.from,
      to: l.to,
      days: l.days,
      amount: m(l.amountMinor),
      rateTimesDays: l.rateTimesDaysMinor === void 0 ? null : m(l.rateTimesDaysMinor),
      comparedWithRate: orNull(l.comparedWithRate),
      payable: l.payable
    })),
    collections: p.collections.map((l) => ({ event: l.eventId, amount: m(l.amountMinor), payable: l.payable })),
    payable: m(p.payableMinor),
    notPayable: p.notPayableMinor === void 0 ? null : m(p.notPayableMinor),
    notes: p.notes.map(W.penaltyNote)
  };
}
function fineJson(f) {
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
      reducedTo: orNull(f.appeal.reducedTo)
    },
    notification: f.notification.state === "notified" ? { state: "notified", on: f.notification.on } : f.notification.state === "not-notified" ? { state: "not-notified", asOf: f.notification.asOf } : { state: "unknown" },
    enforceability: f.enforceability,
    enforceable: money(f.enforceable.minor, f.enforceable.currency),
    enforceableNote: f.enforceableNotes ? W.fineNotes(f.enforceableNotes) : null,
    paid: money(f.paid.minor, f.paid.currency),
    paymentStatus: f.paymentStatus
  };
}
function eurJson(f) {
  if (!f.eur.ok) return { ok: false, reason: f.eur.reason };
  const c = f.eur.conversion;
  return {
    ok: true,
    source: money(c.sourceMinor, c.sourceCurrency),
    rate: c.rate,
    rateDate: orNull(c.rateDate),
    requestedDate: orNull(c.requestedDate),
    eur: money(c.eurMinor, "EUR"),
    rounding: c.rounding,
    exact: c.exact
  };
}
function capJson(f) {
  if (!f.cap.ok) return { ok: false, reason: f.cap.reason };
  const cap = f.cap.cap;
  const m = (minor) => money(minor, cap.currency);
  return {
    ok: true,
    law: cap.law,
    tier: cap.tier,
    fixed: m(cap.fixedMinor),
    percent: cap.percent,
    turnover: cap.turnoverMinor === void 0 ? null : { ...m(cap.turnoverMinor), year: orNull(cap.turnoverYear) },
    turnoverBased: cap.turnoverBasedMinor === void 0 ? null : m(cap.turnoverBasedMinor),
    cap: m(cap.capMinor),
    basis: cap.basis,
    citation: cap.citation,
    status: f.cap.status,
    lawfulIfTurnoverAbove: f.cap.lawfulIfTurnoverAboveMinor === void 0 ? null : m(f.cap.lawfulIfTurnoverAboveMinor),
    turnoverApproximate: f.cap.turnoverApproximate === true
  };
}
function totalsJson(t) {
  const total = (e) => ({ eur: money(e.minor, "EUR"), unconverted: [...e.unconverted] });
  return {
    imposed: total(t.imposed),
    enforceable: total(t.enforceable),
    enforceableIfNotified: total(t.enforceableIfNotified),
    penaltiesPayable: total(t.penaltiesPayable),
    penaltiesNotPayable: total(t.penaltiesNotPayable),
    collected: total(t.collected),
    owed: total(t.owed)
  };
}

export {
  canonical,
  JSON_EXPORT_FORMAT,
  money,
  renderJsonExport
};
