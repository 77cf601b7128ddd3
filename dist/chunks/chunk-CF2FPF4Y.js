import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  InvalidArgumentError
} from "./chunk-77VLO4R7.js";
import {
  UserError
} from "./chunk-M4L7XWEC.js";
import {
  parseDateText
} from "./chunk-ZDNVIE4O.js";
import {
  JURISDICTIONS,
  isJurisdiction,
  jurisdictionProblem
} from "./chunk-2RE557MS.js";

// src/calendars/eu-member-states.ts
var EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK"
];
var GERMAN_LAENDER = JURISDICTIONS.filter((code) => code.startsWith("DE-"));
function isHolidayCountry(code) {
  return EU_MEMBER_STATES.includes(code) || GERMAN_LAENDER.includes(code);
}
function holidayCountryProblem(value) {
  return `"${value}" is not an EU Member State; expected one of ${EU_MEMBER_STATES.join(", ")} (or a German Land as DE-<Land>, e.g. DE-BY)`;
}

// src/cli/options.ts
var MAX_WHOLE_NUMBER = 999999999;
var MAX_WITHIN_DAYS = 36500;
function wholeNumber(value, max, tooLarge) {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number of 0 or more, got "${value}"`);
  const parsed = Number(value);
  if (parsed > max) throw new InvalidArgumentError(`expected ${tooLarge}, got "${value}"`);
  return parsed;
}
function parseNonNegativeInteger(value) {
  return wholeNumber(value, MAX_WHOLE_NUMBER, `a whole number of at most ${String(MAX_WHOLE_NUMBER)}`);
}
function parseThreadCount(value) {
  const threads = wholeNumber(value, 64, "at most 64 threads");
  if (threads < 1) throw new InvalidArgumentError(`expected a whole number of threads from 1 to 64, got "${value}"`);
  return threads;
}
function parseWithinDays(value) {
  return wholeNumber(value, MAX_WITHIN_DAYS, `at most ${String(MAX_WITHIN_DAYS)} days (100 years)`);
}
function parseHolidayCountry(value) {
  const code = value.toUpperCase();
  if (!isHolidayCountry(code)) throw new InvalidArgumentError(holidayCountryProblem(value));
  return code;
}
function parseDayDate(value) {
  const parsed = parseDateText(value);
  if ("error" in parsed || parsed.range.precision !== "day") {
    throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, got "${value}"${"error" in parsed ? ` (${parsed.error})` : ""}`);
  }
  return value;
}
function checkDayRange(from, to) {
  if (from !== void 0 && to !== void 0 && from > to) throw new UserError(`--from ${from} is after --to ${to}`);
}
function parseJurisdiction(value) {
  if (!isJurisdiction(value)) throw new InvalidArgumentError(jurisdictionProblem(value));
  return value;
}
var dayFormats = /* @__PURE__ */ new Map();
function today(now, timeZone) {
  if (timeZone === void 0) return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (timeZone === "UTC") return isoDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}
function isoDay(year, month, day) {
  const yyyy = String(year).padStart(4, "0");
  return `${yyyy}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function colorChoice(globals) {
  return globals.color ? void 0 : false;
}

export {
  parseNonNegativeInteger,
  parseThreadCount,
  parseWithinDays,
  parseHolidayCountry,
  parseDayDate,
  checkDayRange,
  parseJurisdiction,
  today,
  colorChoice
};
