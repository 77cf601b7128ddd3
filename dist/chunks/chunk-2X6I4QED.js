import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  assertOptionsApply,
  conventionFor,
  isJurisdiction
} from "./chunk-2RE557MS.js";
import {
  addCalendarPart,
  addCalendarPeriod,
  isCompound,
  isValidPeriod,
  periodParts
} from "./chunk-ITDLV7NW.js";
import {
  addDays,
  addMonths,
  compareDates,
  isCalendarDate,
  toDayNumber,
  weekday
} from "./chunk-2C2PYH5G.js";

// src/core/time/summer-suspension.ts
var isInAugust = (date) => date.slice(5, 7) === "08";
function suspendedDaysIn(from, end) {
  const first = toDayNumber(from) + 1;
  const last = toDayNumber(end);
  let total = 0;
  for (let year = Number(from.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) {
    const yearText = String(year).padStart(4, "0");
    const overlapStart = Math.max(first, toDayNumber(`${yearText}-08-01`));
    const overlapEnd = Math.min(last, toDayNumber(`${yearText}-08-31`));
    total += Math.max(0, overlapEnd - overlapStart + 1);
  }
  return total;
}
function extendPastSuspension(from, end) {
  const suspendedDays = suspendedDaysIn(from, end);
  let extendedEnd = end;
  for (let owed = suspendedDays; owed > 0; ) {
    extendedEnd = addDays(extendedEnd, 1);
    if (!isInAugust(extendedEnd)) owed -= 1;
  }
  return { end: extendedEnd, suspendedDays };
}

// src/core/time/computation.ts
var CalendarError = class extends Error {
};
var MAX_CONSECUTIVE_NON_WORKING_DAYS = 366;
var MAX_SKIP_LINES = 20;
var Computation = class {
  constructor(calendar, summerSuspension) {
    this.calendar = calendar;
    this.summerSuspension = summerSuspension;
  }
  calendar;
  summerSuspension;
  steps = [];
  skipped = [];
  assumptions = [];
  listedSkips = 0;
  unlistedSkips = 0;
  isSuspended(date) {
    return this.summerSuspension && isInAugust(date);
  }
  skip(date, reasons) {
    this.skipped.push({ date, reasons });
    if (this.listedSkips < MAX_SKIP_LINES) {
      this.steps.push({ kind: "skip", date, reasons });
      this.listedSkips += 1;
    } else {
      this.unlistedSkips += 1;
    }
  }
  flushSkipSummary() {
    if (this.unlistedSkips > 0) this.steps.push({ kind: "more-skipped", count: this.unlistedSkips });
    this.unlistedSkips = 0;
  }
  /** The first working day after `after`, recording the non-working days passed over. */
  nextWorkingDay(after) {
    let date = after;
    for (let tries = 0; tries < MAX_CONSECUTIVE_NON_WORKING_DAYS; tries += 1) {
      date = addDays(date, 1);
      if (this.isSuspended(date)) continue;
      const reasons = this.calendar.reasonIfNonWorking(date);
      if (reasons === void 0) return date;
      this.skip(date, reasons);
    }
    throw new CalendarError(
      `no working day within ${MAX_CONSECUTIVE_NON_WORKING_DAYS} days after ${after}: the non-working-day calendar (or a --holidays file) declares too many consecutive days`
    );
  }
  /** Working days in (start, end], counting no further than `enough`. */
  workingDaysIn(start, end, enough) {
    let found = 0;
    for (let date = addDays(start, 1); found < enough && compareDates(date, end) <= 0; date = addDays(date, 1)) {
      if (this.calendar.reasonIfNonWorking(date) === void 0) found += 1;
    }
    return found;
  }
};

// src/core/time/deadline-input.ts
function clampNote(from, end, period) {
  const clamped = (period.unit === "month" || period.unit === "year") && end.slice(8) !== from.slice(8);
  return clamped ? { kind: "clamped", day: Number(from.slice(8)) } : void 0;
}
function validateDeadlineInput(input) {
  if (!isCalendarDate(input.start)) throw new RangeError(`start is not a calendar date: ${JSON.stringify(input.start)}`);
  if (!isValidPeriod(input.period)) throw new RangeError(`not a valid period: ${JSON.stringify(input.period)}`);
  if (!isJurisdiction(input.jurisdiction)) throw new RangeError(`unknown jurisdiction: ${JSON.stringify(input.jurisdiction)}`);
  assertOptionsApply(input.jurisdiction, input);
  if (input.francDelay === true && input.period.unit === "working-day") {
    throw new RangeError("a d\xE9lai franc is counted in calendar days, not in working days");
  }
}
function isBeyond(period, limit, start, rawEnd) {
  if (limit === void 0) return false;
  if (isCompound(period)) {
    const reach = [addDays(start, limit.days), addMonths(start, limit.months)].sort(compareDates).at(-1) ?? start;
    return compareDates(rawEnd, reach) > 0;
  }
  switch (period.unit) {
    case "day":
      return period.count > limit.days;
    case "week":
      return period.count > limit.weeks;
    case "month":
      return period.count > limit.months;
    case "year":
      return period.count > limit.years;
    case "working-day":
      return false;
  }
}

// src/core/time/counting-rules.ts
function startDayCounts(convention, options) {
  return convention.startDayIncluded !== void 0 && options.startDayIncluded !== false;
}
var isMonthly = (period) => period.unit === "month" || period.unit === "year";
function inclusiveEnd(start, period) {
  const sameDate = addCalendarPeriod(start, period);
  return sameDate.slice(8) === start.slice(8) ? addDays(sameDate, -1) : sameDate;
}
function inclusiveNote(start, end) {
  if (addDays(end, 1).slice(8) === start.slice(8)) return { kind: "day-before-same-date" };
  return { kind: "clamped", day: Number(start.slice(8)) };
}
function countedPeriod(period, convention, options) {
  const workingDays = period.unit === "day" && convention.daysAreWorkingDays !== void 0 && options.naturalDays !== true;
  return workingDays ? { count: period.count, unit: "working-day" } : period;
}
var AUGUST_RULES = {
  IT: {
    rule: "L. 742/1969 art. 1",
    months: "add-days",
    monthAssumption: "it-august-months"
  },
  ES: {
    rule: "LJCA art. 128.2",
    months: "add-month",
    monthAssumption: "es-august-months",
    startAssumption: "es-august-start"
  }
};
var overlapsAugust = (from, end, year) => {
  const text = String(year).padStart(4, "0");
  return from < `${text}-08-31` && end >= `${text}-08-01`;
};
function skipWholeAugusts(from, months) {
  let augusts = 0;
  let end = addMonths(from, months);
  for (; ; ) {
    let found = 0;
    for (let year = Number(from.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) if (overlapsAugust(from, end, year)) found += 1;
    if (found === augusts) return { end, augusts };
    augusts = found;
    end = addMonths(from, months + augusts);
  }
}
function ruleApplied(input, convention) {
  if (input.francDelay === true) return { kind: "franc" };
  const august = AUGUST_RULES[input.jurisdiction];
  return {
    kind: "convention",
    jurisdiction: input.jurisdiction,
    citation: convention.rule,
    ...input.summerSuspension === true && august !== void 0 ? { august: august.rule } : {}
  };
}
function openPointsFor(convention, period, extended) {
  return (convention.openPoints ?? []).filter(
    (point) => point.when === "always" || point.when === "day-period" && period.unit === "day" || point.when === "extended" && extended
  ).map((point) => point.note);
}

// src/core/time/deadline.ts
function countPeriod(input, run) {
  const { start } = input;
  const convention = conventionFor(input.jurisdiction);
  const period = countedPeriod(input.period, convention, input);
  if (period !== input.period) run.steps.push({ kind: "working-days-only", rule: convention.daysAreWorkingDays?.rule ?? "" });
  const startCounted = startDayCounts(convention, input);
  let countFrom = startCounted && (isCompound(period) || !isMonthly(period)) ? addDays(start, -1) : start;
  const august = AUGUST_RULES[input.jurisdiction];
  if (run.isSuspended(start)) {
    countFrom = `${start.slice(0, 4)}-08-31`;
    run.steps.push({ kind: "summer-start" });
    if (august?.startAssumption !== void 0) run.assumptions.push({ kind: "legal", note: august.startAssumption });
  }
  let rawEnd = countFrom;
  if (period.unit === "working-day") {
    const headerLine = run.steps.length;
    for (let counted = 0; counted < period.count; counted += 1) rawEnd = run.nextWorkingDay(rawEnd);
    run.flushSkipSummary();
    const header = { kind: "count", period, end: rawEnd, ...run.skipped.length > 0 ? { notCounting: true } : {} };
    run.steps.splice(headerLine, 0, header);
  } else {
    if (isCompound(period)) {
      refuseCompoundUnder(convention, input);
      for (const part of periodParts(period)) {
        const partFrom = rawEnd;
        rawEnd = addCalendarPart(partFrom, part);
        const note = clampNote(partFrom, rawEnd, part);
        run.steps.push({ kind: "count", period: part, end: rawEnd, ...note ? { note } : {} });
      }
    } else {
      rawEnd = startCounted && isMonthly(period) ? inclusiveEnd(countFrom, period) : addCalendarPart(countFrom, period);
      const note = startCounted && isMonthly(period) ? inclusiveNote(countFrom, rawEnd) : clampNote(countFrom, rawEnd, period);
      run.steps.push({ kind: "count", period, end: rawEnd, ...note ? { note } : {} });
    }
    const inMonths = periodParts(period).some(isMonthly);
    if (run.summerSuspension && august !== void 0 && inMonths && august.months === "add-month") {
      const months = period.unit === "year" ? 12 * period.count : period.count;
      const skipped = skipWholeAugusts(countFrom, months);
      if (skipped.augusts > 0) {
        rawEnd = skipped.end;
        run.steps.push({ kind: "august-months", months: skipped.augusts, rule: august.rule, end: rawEnd });
        run.assumptions.push({ kind: "legal", note: august.monthAssumption });
      }
    }
    const suspension = run.summerSuspension && august?.months === "add-days" ? extendPastSuspension(countFrom, rawEnd) : void 0;
    if (suspension !== void 0 && suspension.suspendedDays > 0) {
      rawEnd = suspension.end;
      run.steps.push({ kind: "summer-suspension", days: suspension.suspendedDays, rule: august?.rule ?? "", end: rawEnd });
      if (inMonths && august !== void 0) run.assumptions.push({ kind: "legal", note: august.monthAssumption });
    }
  }
  if (input.francDelay === true) {
    rawEnd = addDays(rawEnd, 1);
    run.steps.push({ kind: "franc", end: rawEnd });
  }
  return rawEnd;
}
function refuseCompoundUnder(convention, input) {
  const days = convention.daysAreWorkingDays;
  if (days !== void 0 && input.naturalDays !== true && periodParts(input.period).some((part) => part.unit === "day")) {
    throw new CalendarError(
      `a period in days counts working days only (${days.rule}), which a compound period cannot mix with calendar parts: write its parts as separate deadlines`
    );
  }
  if (input.summerSuspension === true && AUGUST_RULES[input.jurisdiction]?.months === "add-month") {
    throw new CalendarError(
      `a compound period with the August rule of ${input.jurisdiction} has no settled count: write its parts as separate deadlines`
    );
  }
}
function rollForward(input, rawEnd, run) {
  const convention = conventionFor(input.jurisdiction);
  let end = rawEnd;
  const reasonAtRawEnd = run.calendar.reasonIfNonWorking(rawEnd);
  if (reasonAtRawEnd !== void 0) {
    run.skip(rawEnd, reasonAtRawEnd);
    end = run.nextWorkingDay(rawEnd);
    run.flushSkipSummary();
    run.steps.push({ kind: "next-working-day", end, rule: ruleApplied(input, convention) });
  }
  const { period } = input;
  const minimum = convention.minimumWorkingDays;
  const longEnough = isCompound(period) || period.unit !== "working-day" && (period.unit !== "day" || period.count >= (minimum?.fromDays ?? 0));
  if (minimum !== void 0 && longEnough) {
    const endBefore = end;
    while (run.workingDaysIn(input.start, end, minimum.count) < minimum.count) {
      end = run.nextWorkingDay(end);
      run.steps.push({ kind: "minimum-working-days", rule: minimum.rule, count: minimum.count, end });
    }
    if (end !== endBefore && minimum.assumption !== void 0) run.assumptions.push({ kind: "legal", note: minimum.assumption });
  }
  return end;
}
function computeDeadline(input, calendar) {
  const result = computeUnderOneReading(input, calendar);
  const startRule = conventionFor(input.jurisdiction).startDayIncluded;
  if (startRule !== void 0) {
    const included = startDayCounts(conventionFor(input.jurisdiction), input);
    const other = computeUnderOneReading({ ...input, startDayIncluded: !included }, calendar);
    const note = included ? startRule.excludedReading : startRule.includedReading;
    if (other.end !== result.end) result.assumptions.push({ kind: "other-reading", reading: { kind: "legal", note }, end: other.end });
  }
  for (const reading of calendar.otherReadings ?? []) {
    const other = computeUnderOneReading(input, reading.calendar);
    if (other.end !== result.end)
      result.assumptions.push({ kind: "other-reading", reading: { kind: "calendar", note: reading.note }, end: other.end });
  }
  return result;
}
function computeUnderOneReading(input, calendar) {
  validateDeadlineInput(input);
  const convention = conventionFor(input.jurisdiction);
  const run = new Computation(calendar, input.summerSuspension === true);
  const startCounted = startDayCounts(convention, input);
  run.steps.push({
    kind: "start",
    date: input.start,
    ...startCounted ? { countedUnder: convention.startDayIncluded?.rule ?? "" } : {}
  });
  const rawEnd = countPeriod(input, run);
  const fromDecision = input.periodSource === "decision";
  const outsideStatute = isBeyond(input.period, convention.notExtendedBeyond, input.start, rawEnd);
  if (outsideStatute && input.extend === void 0) {
    run.steps.push({ kind: "outside-statute", rule: convention.notExtendedBeyond?.rule ?? "", period: input.period });
  }
  const extend = input.extend ?? (outsideStatute ? false : fromDecision ? convention.decisionPeriod.extend : convention.extend);
  const reasonAtRawEnd = calendar.reasonIfNonWorking(rawEnd);
  const limit = convention.notExtendedBeyond;
  if (isCompound(input.period) && limit !== void 0 && reasonAtRawEnd !== void 0 && input.extend === void 0) {
    run.assumptions.push({ kind: "compound-within-statute", rule: limit.rule, days: limit.days, months: limit.months });
  }
  const caveat = convention.decisionPeriod.assumption;
  if (input.extend === void 0 && fromDecision && reasonAtRawEnd !== void 0 && caveat !== void 0) {
    run.assumptions.push({ kind: "legal", note: caveat });
  }
  const end = extend ? rollForward(input, rawEnd, run) : rawEnd;
  if (!extend && reasonAtRawEnd !== void 0) {
    run.steps.push({ kind: "not-extended", date: rawEnd, reasons: reasonAtRawEnd });
  }
  if (run.skipped.some((day) => weekday(day.date) === 6) && convention.saturdayAssumption !== void 0) {
    run.assumptions.push({ kind: "legal", note: convention.saturdayAssumption });
  }
  run.steps.push({ kind: "end", date: end, closingTime: convention.closingTime });
  if (convention.note !== void 0) run.steps.push({ kind: "note", note: convention.note });
  run.assumptions.push(...openPointsFor(convention, input.period, end !== rawEnd).map((note) => ({ kind: "legal", note })));
  if (calendar.caveat !== void 0) run.assumptions.push(calendar.caveat);
  return {
    jurisdiction: input.jurisdiction,
    start: input.start,
    period: { ...input.period },
    rawEnd,
    skipped: run.skipped,
    end,
    extended: end !== rawEnd,
    closingTime: convention.closingTime,
    rule: ruleApplied(input, convention),
    steps: run.steps,
    assumptions: run.assumptions
  };
}

export {
  CalendarError,
  MAX_CONSECUTIVE_NON_WORKING_DAYS,
  computeDeadline
};
