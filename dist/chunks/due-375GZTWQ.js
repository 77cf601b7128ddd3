import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  renderDue,
  renderDueJson
} from "./chunk-ZTW3OUWD.js";
import {
  calendarsFor
} from "./chunk-SDNKOSFX.js";
import "./chunk-CF2FPF4Y.js";
import "./chunk-77VLO4R7.js";
import {
  CalendarError,
  computeDeadline
} from "./chunk-2X6I4QED.js";
import {
  renderOptionsFor
} from "./chunk-GIR2HK6Q.js";
import "./chunk-PRH5LNXS.js";
import "./chunk-MB2GBVIY.js";
import "./chunk-7X34S772.js";
import {
  ExitCode,
  UserError
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-HKS45Y5R.js";
import "./chunk-WCR6AKDZ.js";
import "./chunk-ZDNVIE4O.js";
import "./chunk-7JT4PE2B.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-2RE557MS.js";
import {
  parsePeriod
} from "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/cli/commands/due.ts
async function due(options, io) {
  const period = parsePeriod(options.period);
  if (!period)
    throw new UserError(
      `"${options.period}" is not a period; write e.g. "2 months", "28 days", "6 weeks", "1 year", "10 working days" (1 to 9999), or calendar parts joined by " + " ("2 months + 10 days"; working days stand alone)`
    );
  if (options.franc && options.jurisdiction !== "FR") throw new UserError("--franc (d\xE9lai franc) applies to FR only");
  if (options.franc && period.unit === "working-day")
    throw new UserError("--franc (d\xE9lai franc) counts calendar days; it does not apply to a period of working days");
  if (options.holidayCountry !== void 0 && options.jurisdiction !== "EU")
    throw new UserError("--holiday-country applies to EU periods only");
  if (options.summerSuspension && options.jurisdiction !== "IT" && options.jurisdiction !== "ES")
    throw new UserError("--summer-suspension applies to IT and ES only");
  if (options.saturdayWorking && options.jurisdiction !== "IT" && options.jurisdiction !== "GR")
    throw new UserError("--saturday-working applies to IT and GR only");
  if (options.startDayExcluded && options.jurisdiction !== "IE") throw new UserError("--start-day-excluded applies to IE only");
  if (options.naturalDays && options.jurisdiction !== "ES") throw new UserError("--natural-days applies to ES only");
  const calendarFor = await calendarsFor(io, options.holidays);
  const result = computeOrExplain(
    () => computeDeadline(
      {
        start: options.date,
        period,
        jurisdiction: options.jurisdiction,
        periodSource: options.decisionPeriod ? "decision" : "statute",
        ...options.extend ? {} : { extend: false },
        ...options.franc ? { francDelay: true } : {},
        ...options.summerSuspension ? { summerSuspension: true } : {},
        ...options.startDayExcluded ? { startDayIncluded: false } : {},
        ...options.naturalDays ? { naturalDays: true } : {}
      },
      calendarFor(options.jurisdiction, {
        ...options.holidayCountry === void 0 ? {} : { holidayCountry: options.holidayCountry },
        ...options.saturdayWorking ? { saturdayWorking: true } : {}
      })
    )
  );
  if (options.json) {
    await io.stdout.write(renderDueJson(result));
    return ExitCode.Ok;
  }
  await io.stdout.write(renderDue(result, renderOptionsFor(io, options.color, options.locale)));
  return ExitCode.Ok;
}
function computeOrExplain(compute) {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarError) throw new UserError(error.message);
    if (error instanceof RangeError && error.message.includes("out of range"))
      throw new UserError(`the period ends after 9999-12-31, the last day dossier can count to (${error.message})`);
    throw error;
  }
}
export {
  due
};
