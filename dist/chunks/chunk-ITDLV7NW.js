import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  addDays,
  addMonths,
  addYears
} from "./chunk-2C2PYH5G.js";

// src/model/patterns.ts
var ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
var AMOUNT_PATTERN = /^\d{1,15}(?:\.\d{1,4})?$/;
var SIMPLE_PERIOD_PATTERN = /^([1-9]\d{0,3}) (days?|weeks?|months?|years?|working days?)$/;
var MAX_PERIOD_PARTS = 4;
var CALENDAR_PART = "[1-9]\\d{0,3} (?:days?|weeks?|months?|years?)";
var PERIOD_PATTERN = new RegExp(
  `^(?:[1-9]\\d{0,3} working days?|${CALENDAR_PART}(?: \\+ ${CALENDAR_PART}){0,${MAX_PERIOD_PARTS - 1}})$`
);
var ARTICLE_PATTERN = /^([1-9]\d?)(?:\((\d{1,2}[a-z]?)\))?(?:\(([a-z])\))?$/;
var CURRENCY_PATTERN = /^[A-Z]{3}$/;
var COUNTRY_PATTERN = /^[A-Z]{2}$/;

// src/core/time/period.ts
var UNIT_BY_WORD = {
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  year: "year",
  years: "year",
  "working day": "working-day",
  "working days": "working-day"
};
var WORD_BY_UNIT = {
  day: "day",
  week: "week",
  month: "month",
  year: "year",
  "working-day": "working day"
};
var MAX_PERIOD_COUNT = 9999;
function parseSimplePeriod(text) {
  const match = SIMPLE_PERIOD_PATTERN.exec(text);
  const unit = match?.[2] === void 0 ? void 0 : UNIT_BY_WORD[match[2]];
  if (!match || unit === void 0) return void 0;
  return { count: Number(match[1]), unit };
}
function parsePeriod(text) {
  const parts = text.split(" + ").map(parseSimplePeriod);
  const [first, ...rest] = parts;
  if (first === void 0 || parts.length > MAX_PERIOD_PARTS) return void 0;
  const plus = [];
  for (const part of rest) {
    if (part === void 0) return void 0;
    plus.push(part);
  }
  const period = plus.length === 0 ? first : { ...first, plus };
  return isValidPeriod(period) ? period : void 0;
}
function periodParts(period) {
  return [{ count: period.count, unit: period.unit }, ...period.plus ?? []];
}
function isCompound(period) {
  return (period.plus?.length ?? 0) > 0;
}
function isValidPart(part) {
  return Number.isSafeInteger(part.count) && part.count >= 1 && part.count <= MAX_PERIOD_COUNT && Object.hasOwn(WORD_BY_UNIT, part.unit);
}
function isValidPeriod(period) {
  const parts = periodParts(period);
  if (!parts.every(isValidPart) || parts.length > MAX_PERIOD_PARTS) return false;
  return parts.length === 1 || parts.every((part) => part.unit !== "working-day");
}
function formatPeriod(period) {
  if (!isValidPeriod(period)) throw new RangeError(`not a valid period: ${JSON.stringify(period)}`);
  return periodParts(period).map(formatPart).join(" + ");
}
function formatPart(part) {
  const word = WORD_BY_UNIT[part.unit];
  return `${part.count} ${part.count === 1 ? word : `${word}s`}`;
}
function addCalendarPeriod(from, period) {
  return periodParts(period).reduce(addCalendarPart, from);
}
function addCalendarPart(from, period) {
  switch (period.unit) {
    case "day":
      return addDays(from, period.count);
    case "week":
      return addDays(from, 7 * period.count);
    case "month":
      return addMonths(from, period.count);
    case "year":
      return addYears(from, period.count);
    case "working-day":
      throw new RangeError("a working-day period needs a calendar: use computeDeadline");
  }
}

export {
  ID_PATTERN,
  DATE_PATTERN,
  AMOUNT_PATTERN,
  SIMPLE_PERIOD_PATTERN,
  PERIOD_PATTERN,
  ARTICLE_PATTERN,
  CURRENCY_PATTERN,
  COUNTRY_PATTERN,
  parseSimplePeriod,
  parsePeriod,
  periodParts,
  isCompound,
  isValidPeriod,
  formatPeriod,
  addCalendarPeriod,
  addCalendarPart
};
