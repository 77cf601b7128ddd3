import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/core/time/calendar-date.ts
var ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
var MIN_YEAR = 1;
var MAX_YEAR = 9999;
var WEEKDAY_OF_DAY_ZERO = 4;
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function partsOf(text) {
  const match = ISO_DATE_SHAPE.exec(text);
  if (!match) return void 0;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12) return void 0;
  if (day < 1 || day > daysInMonth(year, month)) return void 0;
  return { year, month, day };
}
function isCalendarDate(text) {
  return typeof text === "string" && partsOf(text) !== void 0;
}
function parse(date) {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`not a calendar date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}
function format({ year, month, day }) {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`date out of range (years ${MIN_YEAR}\u2013${MAX_YEAR}): year ${year}`);
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function requireWholeNumber(n, what) {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}
function toDayNumber(date) {
  const { year, month, day } = parse(date);
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfMarchYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfMarchYear;
  return era * 146097 + dayOfEra - 719468;
}
function fromDayNumber(dayNumber) {
  requireWholeNumber(dayNumber, "a day number");
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfMarchYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfMarchYear + 2) / 153);
  const day = dayOfMarchYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return format({ year, month, day });
}
function addDays(date, days) {
  requireWholeNumber(days, "a number of days");
  return fromDayNumber(toDayNumber(date) + days);
}
function addMonths(date, months) {
  requireWholeNumber(months, "a number of months");
  const { year, month, day } = parse(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new RangeError(`date out of range: ${date} + ${months} months`);
  }
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth))
  });
}
function addYears(date, years) {
  requireWholeNumber(years, "a number of years");
  return addMonths(date, years * 12);
}
function daysBetween(earlier, later) {
  return toDayNumber(later) - toDayNumber(earlier);
}
function weekday(date) {
  return ((toDayNumber(date) + WEEKDAY_OF_DAY_ZERO) % 7 + 7) % 7;
}
function compareDates(a, b) {
  const difference = toDayNumber(a) - toDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}
function minDate(a, b) {
  return compareDates(a, b) <= 0 ? a : b;
}

export {
  daysInMonth,
  isCalendarDate,
  toDayNumber,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  weekday,
  compareDates,
  minDate
};
