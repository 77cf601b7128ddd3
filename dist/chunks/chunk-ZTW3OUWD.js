import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  paragraph,
  tones
} from "./chunk-MB2GBVIY.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import {
  catalogue,
  formatDateWithWeekday,
  labels,
  plural
} from "./chunk-7JT4PE2B.js";
import {
  periodParts
} from "./chunk-ITDLV7NW.js";

// src/render/due.ts
var clean = (s) => sanitizeForTerminal(s, { singleLine: true });
function renderDue(result, options) {
  const l = labels(options.locale);
  const bold = (s) => options.chalk.bold(s);
  const lines = [
    ...paragraph(`${l.field.lastDay}${l.colon}${formatDateWithWeekday(clean(result.end), options.locale)}`, options.width, { tone: bold }),
    ...paragraph(closingLine(result, l, options.locale), options.width),
    ...paragraph(
      `${formatDateWithWeekday(clean(result.start), options.locale)} + ${periodParts(result.period).map((part) => plural(part.count, l.periodUnit[part.unit], options.locale)).join(" + ")}`,
      options.width
    ),
    "",
    ...workingLines(result, options)
  ];
  return `${lines.join("\n")}
`;
}
function closingLine(result, l, locale) {
  const moved = result.extended ? `; ${l.movedFrom} ${formatDateWithWeekday(clean(result.rawEnd), locale)}` : "";
  return `${l.field.closingTime} ${clean(result.closingTime)} ${l.field.localTime} (${clean(result.jurisdiction)})${moved}`;
}
function workingLines(result, options, indent = "", assumptions = result.assumptions) {
  const l = labels(options.locale);
  const w = catalogue(options.locale).working;
  const caution = tones(options.chalk).caution;
  const width = options.width;
  const sub = `${indent}  `;
  const lines = [`${indent}${l.section.working}${l.colon.trimEnd()}`];
  for (const step of result.steps) lines.push(...paragraph(clean(w.step(step)), width, { prefix: `${sub}\xB7 `, indent: sub.length + 2 }));
  if (result.skipped.length > 0) {
    lines.push(`${indent}${l.section.skipped}${l.colon.trimEnd()}`);
    for (const day of result.skipped) {
      const text = `${formatDateWithWeekday(clean(day.date), options.locale)}${l.colon}${clean(w.reasons(day.reasons))}`;
      lines.push(...paragraph(text, width, { prefix: `${sub}\xB7 `, indent: sub.length + 2 }));
    }
  }
  lines.push(...paragraph(clean(w.rule(result.rule)), width, { prefix: `${indent}${l.field.rule}${l.colon}`, indent: sub.length }));
  if (assumptions.length > 0) {
    lines.push(`${indent}${caution(`${l.section.assumptions}${l.colon.trimEnd()}`)}`);
    for (const assumption of assumptions)
      lines.push(...paragraph(clean(w.assumption(assumption)), width, { prefix: `${sub}! `, indent: sub.length + 2, tone: caution }));
  }
  return lines;
}
function renderDueJson(result) {
  const w = catalogue("en").working;
  const worded = {
    ...result,
    skipped: result.skipped.map((day) => ({ date: day.date, reason: w.reasons(day.reasons) })),
    rule: w.rule(result.rule),
    steps: result.steps.map(w.step),
    assumptions: result.assumptions.map(w.assumption)
  };
  return `${JSON.stringify({ format: "dossier-due/1", ...worded }, null, 2)}
`;
}

export {
  renderDue,
  workingLines,
  renderDueJson
};
