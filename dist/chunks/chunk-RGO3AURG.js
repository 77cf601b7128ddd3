import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  computeDeadline
} from "./chunk-2X6I4QED.js";
import {
  challengeSuspends,
  firstDay,
  lastDay,
  payableBy,
  penaltyView,
  statusKnownOn,
  suspensionOn
} from "./chunk-6D76KXNS.js";
import {
  parseDateText
} from "./chunk-ZDNVIE4O.js";
import {
  measureAppeals
} from "./chunk-DZU3AKI3.js";
import {
  conventionFor
} from "./chunk-2RE557MS.js";
import {
  parsePeriod
} from "./chunk-ITDLV7NW.js";
import {
  addDays,
  daysBetween
} from "./chunk-2C2PYH5G.js";

// src/analysis/anchor.ts
function notificationOf(event) {
  const n = event.notified;
  if (n === void 0 || n === "unknown") return { state: "unknown" };
  if (typeof n === "string") return { state: "notified", on: n };
  return { state: "not-notified", asOf: n["as-of"], sources: n.sources ?? [] };
}
function anchorOf(c, eventId) {
  const event = c.events.find((e) => e.id === eventId);
  if (!event) return { ok: false, eventId, reason: { kind: "no-event", eventId } };
  const notification = notificationOf(event);
  if (notification.state === "notified") return { ok: true, eventId, date: notification.on, basis: "notified" };
  if (notification.state === "not-notified") {
    return {
      ok: false,
      eventId,
      reason: { kind: "not-notified", eventId, asOf: notification.asOf },
      notNotified: { asOf: notification.asOf, sources: notification.sources }
    };
  }
  const parsed = parseDateText(event.date);
  if (!("range" in parsed) || parsed.range.precision !== "day") {
    return {
      ok: false,
      eventId,
      reason: { kind: "dated-imprecisely", eventId, precision: "range" in parsed ? parsed.range.precision : "unknown", date: event.date }
    };
  }
  return {
    ok: true,
    eventId,
    date: event.date,
    basis: "event-date",
    assumption: { kind: "notification-unknown", eventId, date: event.date }
  };
}

// src/analysis/deadline-compute.ts
function computeDue(c, due, periodSource, context) {
  const stated = "jurisdiction" in due && due.jurisdiction ? due.jurisdiction : c.jurisdiction;
  if ("date" in due) return { jurisdiction: stated, fixedDate: due.date, end: due.date, assumptions: [] };
  if ("before" in due) return beforeADay(stated, due.before);
  if (stated === "custom") return { jurisdiction: stated, assumptions: [], problem: customProblem(c) };
  const jurisdiction = stated;
  const anchor = anchorOf(c, due.from);
  if (!anchor.ok)
    return {
      jurisdiction,
      assumptions: [],
      problem: anchor.reason,
      ...anchor.notNotified ? { notNotifiedAsOf: anchor.notNotified.asOf } : {}
    };
  const period = parsePeriod(due.period);
  if (!period) return { jurisdiction, anchor, assumptions: [], problem: { kind: "not-a-period", text: due.period } };
  const input = {
    start: anchor.date,
    period,
    jurisdiction,
    periodSource,
    ...due.extend === void 0 ? {} : { extend: due.extend },
    ...due.franc ? { francDelay: true } : {},
    ...due["summer-suspension"] ? { summerSuspension: true } : {},
    ...due["start-day-included"] === false ? { startDayIncluded: false } : {},
    ...due["natural-days"] ? { naturalDays: true } : {}
  };
  try {
    const calendar = context.calendarFor(jurisdiction, {
      ...due["holiday-country"] ? { holidayCountry: due["holiday-country"] } : {},
      ...due["saturday-working"] ? { saturdayWorking: true } : {}
    });
    const computation = computeDeadline(input, calendar);
    const engineAssumptions = computation.assumptions;
    const assumptions = [...anchor.assumption ? [anchor.assumption] : [], ...engineAssumptions];
    const alternative = computation.extended && due.extend === void 0 && engineAssumptions.length > 0 ? { end: computeDeadline({ ...input, extend: false }, calendar).end, kind: "not-extended" } : laterWithoutStartDay(input, due, calendar, computation.end);
    return { jurisdiction, anchor, computation, end: computation.end, assumptions, ...alternative ? { alternative } : {} };
  } catch (error) {
    return {
      jurisdiction,
      anchor,
      assumptions: [],
      problem: { kind: "engine", message: error instanceof Error ? error.message : String(error) }
    };
  }
}
function laterWithoutStartDay(input, due, calendar, end) {
  if (conventionFor(input.jurisdiction).startDayIncluded === void 0 || "start-day-included" in due && due["start-day-included"] !== void 0)
    return void 0;
  const other = computeDeadline({ ...input, startDayIncluded: false }, calendar).end;
  return other > end ? { end: other, kind: "start-day-not-counted" } : void 0;
}
function beforeADay(jurisdiction, before) {
  const parsed = parseDateText(before);
  if ("error" in parsed) return { jurisdiction, assumptions: [], problem: { kind: "not-a-date", text: before, error: parsed.error } };
  if (parsed.range.first === "0001-01-01") return { jurisdiction, assumptions: [], problem: { kind: "nothing-before", text: before } };
  const lastDay2 = addDays(parsed.range.first, -1);
  return { jurisdiction, fixedDate: lastDay2, fixedBefore: parsed.range.first, end: lastDay2, assumptions: [] };
}
function customProblem(c) {
  const rule = c["custom-rule"];
  return rule === void 0 ? { kind: "custom-jurisdiction" } : { kind: "custom-jurisdiction", rule };
}

// src/analysis/deadlines.ts
function caseDeadlines(c, context) {
  const views = [];
  for (const measure of c.measures ?? []) {
    if ((measure.kind === "order" || measure.kind === "ban") && (measure.due || measure.penalty))
      views.push(complianceDeadline(c, measure, measure.due, context));
    if (measure.kind === "fine" && measure.due) views.push(paymentDeadline(c, measure, measure.due, context));
  }
  for (const deadline of c.deadlines ?? []) views.push(legalPeriod(c, deadline, context));
  return views;
}
function notStarted(computed) {
  return computed.notNotifiedAsOf === void 0 ? void 0 : { status: "not-started", notNotifiedAsOf: computed.notNotifiedAsOf };
}
function timing(end, met, asOf, late) {
  if (end === void 0) return { status: "not-computable" };
  if (met !== void 0) {
    const first = firstDay(met);
    const last = lastDay(met);
    if (first !== void 0 && last !== void 0 && first !== last && first <= end && end < last)
      return { status: "ambiguous", metWithin: met };
    if (first !== void 0 && first <= asOf)
      return first <= end ? { status: "met", metOn: met } : { status: late, metOn: met, daysLate: daysBetween(end, first) };
  }
  if (asOf <= end) return { status: "open", daysLeft: daysBetween(asOf, end) };
  return { status: late, daysLate: daysBetween(end, asOf) };
}
function complianceDeadline(c, order, due, context) {
  const computed = due ? computeDue(c, due, "decision", context) : { jurisdiction: c.jurisdiction, assumptions: [], problem: { kind: "no-compliance-deadline" } };
  const compliance = order.compliance;
  const metOn = compliance?.status === "complied" ? compliance.date : void 0;
  let status = notStarted(computed) ?? timing(computed.end, metOn, context.asOf, "missed");
  let supersededBy;
  let lateUntil;
  let suspendedBy;
  const superseding = c.events.find((e) => e.id === order["superseded-by"]);
  const supersededOn = firstDay(superseding?.date);
  if (superseding && supersededOn !== void 0 && computed.end !== void 0) {
    supersededBy = { eventId: superseding.id, date: superseding.date };
    status = {
      status: "superseded",
      ...supersededOn > computed.end && metOn === void 0 ? { daysLate: daysBetween(computed.end, supersededOn) } : {}
    };
  } else if (status.status === "missed" || status.status === "open") {
    const recorded = suspensionOn(c.suspensions ?? [], order.id, ["compliance"], context.asOf);
    const byChallenge = challengeSuspends(c, "compliance");
    if (recorded)
      suspendedBy = { kind: "recorded", from: recorded.from, by: recorded.by, ...recorded.body ? { body: recorded.body } : {} };
    else if (byChallenge?.suspends === true && measureAppeals(c, order).pending)
      suspendedBy = { kind: "pending-appeal", citation: byChallenge.citation, confirmed: byChallenge.confirmed };
    if (suspendedBy !== void 0) status = { status: "suspended" };
    else if (status.status === "missed" && compliance?.status === "complied" && metOn === void 0) status = { status: "unknown" };
    else if (status.status === "missed" && metOn === void 0 && compliance?.status === "not-complied" && compliance.continuing !== true && lastKnownLate(c, compliance, context.asOf) !== void 0) {
      const until = lastKnownLate(c, compliance, context.asOf) ?? context.asOf;
      status = computed.end !== void 0 && until > computed.end ? { status: "missed", daysLate: daysBetween(computed.end, until) } : status;
      lateUntil = until;
    } else if (status.status === "missed" && metOn === void 0 && compliance?.status !== "not-complied" && compliance?.status !== "partly-complied") {
      status = { status: "unknown" };
    }
  }
  const eventDates = new Map(c.events.map((e) => [e.id, e.date]));
  let penalty;
  let problem;
  try {
    penalty = order.penalty && supersededBy === void 0 && status.status !== "not-started" && (computed.end !== void 0 || due === void 0) ? penaltyView({
      order,
      penalty: order.penalty,
      deadlineEnd: computed.end,
      asOf: context.asOf,
      eventDates,
      suspensions: c.suspensions ?? [],
      payableBy: payableBy(c, order.penalty),
      published: new Map(c.sources.map((s) => [s.id, s.published]))
    }) : void 0;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problem = { kind: "penalty-too-large", message: error.message };
  }
  return {
    caseId: c.id,
    id: order.id,
    kind: "compliance",
    label: order.summary,
    measureId: order.id,
    ...withoutUndefined(computed),
    ...status,
    ...supersededBy ? { supersededBy } : {},
    ...suspendedBy ? { suspendedBy } : {},
    ...lateUntil ? { lateUntil } : {},
    ...status.status === "unknown" && compliance?.status === "complied" ? { compliedUndated: true } : {},
    ...penalty ? { penalty } : {},
    ...problem === void 0 ? {} : { problem },
    ...due && "basis" in due && due.basis ? { basis: due.basis } : {}
  };
}
function paymentDeadline(c, fine, due, context) {
  const computed = computeDue(c, due, "decision", context);
  const payment = fine.payment;
  const metOn = payment?.status === "paid" ? payment.date : void 0;
  let status = notStarted(computed) ?? timing(computed.end, metOn, context.asOf, "overdue");
  if (status.status === "overdue" && metOn === void 0 && (payment === void 0 || payment.status === "unknown"))
    status = { status: "unknown" };
  return {
    caseId: c.id,
    id: fine.id,
    kind: "payment",
    // The renderers put the locale's "Payment: " before a payment's label (src/render/deadline-label.ts).
    label: fine.summary,
    measureId: fine.id,
    ...withoutUndefined(computed),
    ...status,
    ..."basis" in due && due.basis ? { basis: due.basis } : {}
  };
}
function legalPeriod(c, deadline, context) {
  const computed = computeDue(c, deadline, "statute", context);
  const status = notStarted(computed) ?? (computed.end === void 0 ? { status: "not-computable" } : context.asOf <= computed.end ? { status: "open", daysLeft: daysBetween(context.asOf, computed.end) } : { status: "expired" });
  return {
    caseId: c.id,
    id: deadline.id,
    kind: "legal-period",
    label: deadline.label,
    ...withoutUndefined(computed),
    ...status,
    ...deadline.basis ? { basis: deadline.basis } : {}
  };
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function sortDeadlines(views) {
  const key = (v) => `${v.end ?? "9999-99-99"}\0${v.caseId}\0${v.id}`;
  return [...views].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function lastKnownLate(c, compliance, asOf) {
  const known = statusKnownOn(compliance, new Map(c.sources.map((s) => [s.id, s.published])));
  return known !== void 0 && known < asOf ? known : void 0;
}

export {
  notificationOf,
  caseDeadlines,
  sortDeadlines
};
