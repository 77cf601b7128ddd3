import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import {
  catalogue
} from "./chunk-7JT4PE2B.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import {
  formatMinor
} from "./chunk-VPFUFNNR.js";
import {
  formatPeriod
} from "./chunk-ITDLV7NW.js";
import {
  addDays,
  isCalendarDate
} from "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/render/export/ics.ts
var W = catalogue("en").working;
var PRODUCT_ID = "-//dossier//dossier export//EN";
var MAX_LINE_OCTETS = 75;
var LAST_DAY = "9999-12-31";
function renderIcsExport(view, options) {
  if (!isCalendarDate(options.stamp)) throw new RangeError(`stamp must be a YYYY-MM-DD date, got ${JSON.stringify(options.stamp)}`);
  const stamp = `${compact(options.stamp)}T000000Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(`Dossier deadlines as of ${view.asOf}`)}`
  ];
  for (const c of view.cases) {
    for (const d of c.deadlines) {
      if (d.end !== void 0 && isCalendarDate(d.end)) lines.push(...eventLines(c, d, d.end, stamp));
    }
  }
  lines.push("END:VCALENDAR");
  return lines.map((line) => `${fold(line)}\r
`).join("");
}
function eventLines(c, d, end, stamp) {
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(uidOf(c.case.id, d.id))}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(end)}`,
    // DTEND is exclusive (RFC 5545 §3.6.1): the next day makes a one-day event. 9999-12-31 has no
    // next day in the calendar; a DATE DTSTART without DTEND is a one-day event too (§3.6.1).
    ...end < LAST_DAY ? [`DTEND;VALUE=DATE:${compact(addDays(end, 1))}`] : [],
    `SUMMARY:${escapeText(`${c.case.authority.short}: ${deadlineLabel(d, "Payment: ")}`)}`,
    `DESCRIPTION:${escapeText(description(c, d))}`,
    `CATEGORIES:${escapeText(d.kind)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT"
  ];
}
function uidOf(caseId, deadlineId) {
  return `${caseId}.${deadlineId}@dossier`;
}
function statusText(d) {
  if (d.daysLeft !== void 0) return `${d.status}, ${d.daysLeft} days left`;
  if (d.daysLate !== void 0) return `${d.status}, ${d.daysLate} days late`;
  return d.status;
}
function description(c, d) {
  const w = d.computation;
  const lines = [`Status as of the export: ${statusText(d)}`, `Case: ${c.case.title} (${c.case.id})`, `Kind: ${d.kind}`];
  if (d.anchor) lines.push(`Start: ${d.anchor.date} (${d.anchor.basis === "notified" ? "notified" : "event date, notification unknown"})`);
  if (w) lines.push(`Period: ${formatPeriod(w.period)}`, `Rule: ${W.rule(w.rule)}`);
  if (d.fixedDate !== void 0)
    lines.push(`Fixed date in the decision: ${d.fixedDate}${d.fixedBefore === void 0 ? "" : ` (the day before ${d.fixedBefore})`}`);
  if (d.basis !== void 0) lines.push(`Basis: ${d.basis}`);
  for (const a of d.assumptions) lines.push(`Assumption: ${W.assumption(a)}`);
  if (w) lines.push("Working:", ...w.steps.map((s) => `  ${W.step(s)}`));
  if (d.penalty) {
    const p = d.penalty;
    const m = (minor) => `${p.currency} ${formatMinor(minor, p.currency)}`;
    const rate = p.amountMinor === void 0 ? `breakdown unknown` : `${m(p.amountMinor)} per ${p.per}`;
    const accrued = p.notPayableMinor === void 0 ? "accrual not computable" : `accrued, not payable, at most ${m(p.notPayableMinor)}`;
    lines.push(
      `Penalty: ${rate}${p.maximumMinor === void 0 ? "" : `, maximum ${m(p.maximumMinor)}`}; payable ${m(p.payableMinor)}; ${accrued}`
    );
  }
  return lines.join("\n");
}
var compact = (date) => date.replace(/-/g, "");
function escapeText(s) {
  return sanitizeForTerminal(s.replace(/\r\n?/g, "\n")).replace(/\t/g, " ").replace(/[\\;,]/g, (ch) => `\\${ch}`).replace(/\n/g, "\\n");
}
function fold(line) {
  const parts = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
export {
  escapeText,
  fold,
  renderIcsExport,
  uidOf
};
