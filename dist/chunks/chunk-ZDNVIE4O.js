import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  UTCDateMini,
  enGB,
  format
} from "./chunk-IDOCBWWJ.js";
import {
  daysInMonth
} from "./chunk-2C2PYH5G.js";

// src/core/dates/date-text.ts
function monthAndYear(year, month) {
  const date = new UTCDateMini(Date.UTC(2e3, 0, 1));
  date.setUTCFullYear(year, month - 1, 1);
  return format(date, "LLLL y", { locale: enGB });
}
var pad = (n, width = 2) => String(n).padStart(width, "0");
function parseDateText(text) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return { error: "expected YYYY-MM-DD, YYYY-MM or YYYY" };
  const year = Number(match[1]);
  if (year < 1) return { error: "year 0000 does not exist" };
  if (match[2] === void 0) return { range: { text, precision: "year", first: `${match[1]}-01-01`, last: `${match[1]}-12-31` } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `month ${match[2]} does not exist; months run from 01 to 12` };
  const lastDay = daysInMonth(year, month);
  const prefix = `${match[1]}-${match[2]}`;
  if (match[3] === void 0) return { range: { text, precision: "month", first: `${prefix}-01`, last: `${prefix}-${pad(lastDay)}` } };
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return { error: `${monthAndYear(year, month)} has ${lastDay} days` };
  return { range: { text, precision: "day", first: text, last: text } };
}
function canBeOnOrBefore(earlier, later) {
  return earlier.first <= later.last;
}

export {
  parseDateText,
  canBeOnOrBefore
};
