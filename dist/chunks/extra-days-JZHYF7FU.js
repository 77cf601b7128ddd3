import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_NON_WORKING_DAYS
} from "./chunk-Z4JXY32G.js";
import "./chunk-KYC6NPH2.js";
import {
  addDays,
  isCalendarDate,
  isJurisdiction,
  jurisdictionProblem
} from "./chunk-ZDDSTFLK.js";
import "./chunk-BTYQCHNT.js";

// src/calendars/extra-days.ts
function fieldsOf(line) {
  const fields = [];
  let at = 0;
  for (; ; ) {
    const column = at + 1;
    if (line[at] === '"') {
      let text = "";
      let closed = false;
      for (at += 1; at < line.length; at += 1) {
        if (line[at] !== '"') text += line.charAt(at);
        else if (line[at + 1] === '"') {
          text += '"';
          at += 1;
        } else {
          closed = true;
          at += 1;
          break;
        }
      }
      if (!closed) return `column ${column}: a quoted field must end with a quote on the same line`;
      if (at < line.length && line[at] !== ",") return `column ${at + 1}: expected a comma after the quoted field`;
      fields.push({ text, column });
    } else {
      const comma = line.indexOf(",", at);
      const end = comma < 0 ? line.length : comma;
      fields.push({ text: line.slice(at, end), column });
      at = end;
    }
    if (at >= line.length) return fields;
    at += 1;
  }
}
function parseExtraDays(text) {
  const days = /* @__PURE__ */ new Map();
  const lineOf = /* @__PURE__ */ new Map();
  const problems = [];
  let sawHeader = false;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    if (!sawHeader) {
      sawHeader = true;
      if (raw.trim().toLowerCase() !== "jurisdiction,date,name")
        problems.push({ line, column: 1, message: 'expected the header "jurisdiction,date,name"' });
      continue;
    }
    const fields = fieldsOf(raw);
    if (typeof fields === "string") {
      problems.push({ line, column: Number(/\d+/.exec(fields)?.[0] ?? 1), message: fields.replace(/^column \d+: /, "") });
      continue;
    }
    const [code = { text: "", column: 1 }, date = { text: "", column: raw.length + 1 }, ...nameFields] = fields;
    const name = nameFields.map((field) => field.text).join(",").trim();
    const jurisdiction = code.text.trim();
    const day = date.text.trim();
    if (!isJurisdiction(jurisdiction)) {
      problems.push({ line, column: code.column, message: jurisdictionProblem(jurisdiction) });
    } else if (!isCalendarDate(day)) {
      problems.push({ line, column: date.column, message: `"${date.text}" is not a calendar date written YYYY-MM-DD` });
    } else if (name === "") {
      problems.push({
        line,
        column: nameFields[0]?.column ?? raw.length + 2,
        message: 'the day needs a name, e.g. "Royal decree of 2022"'
      });
    } else if (lineOf.has(`${jurisdiction} ${day}`)) {
      const first2 = lineOf.get(`${jurisdiction} ${day}`) ?? 0;
      problems.push({ line, column: date.column, message: `${jurisdiction} ${day} is declared twice, on lines ${first2} and ${line}` });
    } else {
      lineOf.set(`${jurisdiction} ${day}`, line);
      let list = days.get(jurisdiction);
      if (list === void 0) days.set(jurisdiction, list = []);
      list.push({ date: day, name });
    }
  }
  if (!sawHeader) problems.push({ line: 1, column: 1, message: 'the file is empty; expected the header "jurisdiction,date,name"' });
  problems.push(...longRuns(days, lineOf));
  const [first, ...rest] = problems;
  return first === void 0 ? { ok: true, days } : { ok: false, problems: [first, ...rest] };
}
function longRuns(days, lineOf) {
  const problems = [];
  for (const [jurisdiction, list] of days) {
    const sorted = list.map((day) => day.date).sort();
    let runStart = 0;
    for (let i = 1; i <= sorted.length; i += 1) {
      if (i < sorted.length && sorted[i] === addDays(sorted[i - 1] ?? "", 1)) continue;
      const length = i - runStart;
      if (length > MAX_CONSECUTIVE_NON_WORKING_DAYS) {
        const from = sorted[runStart] ?? "";
        const to = sorted[i - 1] ?? "";
        problems.push({
          line: lineOf.get(`${jurisdiction} ${from}`) ?? 1,
          column: 1,
          message: `${jurisdiction} declares ${length} consecutive days, ${from} to ${to} (line ${lineOf.get(`${jurisdiction} ${to}`) ?? 0}); more than ${MAX_CONSECUTIVE_NON_WORKING_DAYS} cannot be a decree`
        });
      }
      runStart = i;
    }
  }
  return problems;
}
export {
  parseExtraDays
};
