import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  today
} from "./chunk-CF2FPF4Y.js";
import {
  describeReadFailure,
  readBoundedText
} from "./chunk-PRH5LNXS.js";
import {
  UserError
} from "./chunk-M4L7XWEC.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import {
  bundledRateTable,
  parseEcbRatesCsv
} from "./chunk-HKS45Y5R.js";

// src/cli/analysis-context.ts
import { resolve } from "node:path";
async function createAnalysisContext(io, options) {
  return {
    asOf: options.asOf ?? today(io.now(), timeZoneOf(io.env["TZ"])),
    calendarFor: await calendarsFor(io, options.holidays),
    rates: options.rates === void 0 ? bundledRateTable() : await readRates(io, options.rates)
  };
}
function timeZoneOf(tz) {
  if (tz === void 0 || tz === "") return void 0;
  const name = tz.startsWith(":") ? tz.slice(1) : tz;
  if (name === "") return void 0;
  if (name === "UTC") return name;
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: name });
    return name;
  } catch {
    throw new UserError(
      `TZ=${sanitizeForTerminal(tz, { singleLine: true })} is not a time zone dossier knows; set TZ to a name such as Europe/Paris or UTC, or pass --as-of`
    );
  }
}
async function calendarsFor(io, holidaysFile) {
  const { createNonWorkingDays, choiceOptions } = await import("./holidays-3WPQLBTF.js");
  const extra = holidaysFile === void 0 ? /* @__PURE__ */ new Map() : await readExtraDays(io, holidaysFile);
  const calendars = /* @__PURE__ */ new Map();
  return (jurisdiction, choice = {}) => {
    const key = `${jurisdiction}/${choice.holidayCountry ?? ""}/${choice.saturdayWorking === true}`;
    let calendar = calendars.get(key);
    if (!calendar) {
      try {
        calendar = createNonWorkingDays(jurisdiction, { ...choiceOptions(jurisdiction, choice), extraDays: extra.get(jurisdiction) ?? [] });
      } catch (error) {
        throw new UserError(error instanceof Error ? error.message : String(error));
      }
      calendars.set(key, calendar);
    }
    return calendar;
  };
}
async function readExtraDays(io, file) {
  const { parseExtraDays } = await import("./extra-days-TGJ6HX34.js");
  const parsed = parseExtraDays(await readText(io, file, "holidays"));
  if (!parsed.ok) {
    const [first] = parsed.problems;
    throw new UserError(sanitizeForTerminal(`${file}:${first.line}:${first.column}: ${first.message}`, { singleLine: true }));
  }
  return parsed.days;
}
var MAX_BYTES = { rates: 32 * 1024 * 1024, holidays: 1024 * 1024 };
async function readText(io, file, what) {
  const read = await readBoundedText(resolve(io.cwd, file), MAX_BYTES[what]);
  if (read.ok) return read.text;
  const where = sanitizeForTerminal(file, { singleLine: true });
  throw new UserError(`cannot read the ${what} file ${where}: ${describeReadFailure(read, MAX_BYTES[what])}`);
}
async function readRates(io, file) {
  const text = await readText(io, file, "rates");
  const parsed = parseEcbRatesCsv(text);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    const where = first ? `${file}:${first.line}:${first.column}: ${first.message}` : file;
    throw new UserError(`the rates file is not in the ECB's CSV format: ${sanitizeForTerminal(where, { singleLine: true })}`);
  }
  return parsed.table;
}

export {
  createAnalysisContext,
  timeZoneOf,
  calendarsFor
};
