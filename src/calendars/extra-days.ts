// Days declared non-working by decree that the calendar data does not hold yet, supplied in a
// small CSV file: `jurisdiction,date,name`, one day per line; blank lines and # comments allowed.
// Lines end in \r\n, \n or a lone \r. Fields follow RFC 4180 quoting ("a, b" and "say ""x""");
// an unquoted name may still hold commas. A hand-written reader rather than a CSV library: it is
// short, needs no dependency, and keeps the line and column of every field for the messages.
import { addDays, isCalendarDate } from '../core/time/calendar-date.js';
import { isJurisdiction, jurisdictionProblem, type Jurisdiction } from '../core/time/conventions.js';
import { MAX_CONSECUTIVE_NON_WORKING_DAYS } from '../core/time/deadline.js';
import type { ExtraNonWorkingDay } from './holidays.js';

export interface ExtraDaysProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type ExtraDays = ReadonlyMap<Jurisdiction, readonly ExtraNonWorkingDay[]>;

interface Field {
  readonly text: string;
  /** 1-based column of the field's first character. */
  readonly column: number;
}

/** Splits one line into fields, honouring double quotes; a string is a problem message. */
function fieldsOf(line: string): Field[] | string {
  const fields: Field[] = [];
  let at = 0;
  for (;;) {
    const column = at + 1;
    if (line[at] === '"') {
      let text = '';
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
      if (at < line.length && line[at] !== ',') return `column ${at + 1}: expected a comma after the quoted field`;
      fields.push({ text, column });
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      fields.push({ text: line.slice(at, end), column });
      at = end;
    }
    if (at >= line.length) return fields;
    at += 1; // the comma
  }
}

export function parseExtraDays(
  text: string,
): { ok: true; days: ExtraDays } | { ok: false; problems: readonly [ExtraDaysProblem, ...ExtraDaysProblem[]] } {
  const days = new Map<Jurisdiction, ExtraNonWorkingDay[]>();
  const lineOf = new Map<string, number>();
  const problems: ExtraDaysProblem[] = [];
  let sawHeader = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    if (!sawHeader) {
      sawHeader = true;
      if (raw.trim().toLowerCase() !== 'jurisdiction,date,name')
        problems.push({ line, column: 1, message: 'expected the header "jurisdiction,date,name"' });
      continue;
    }
    const fields = fieldsOf(raw);
    if (typeof fields === 'string') {
      problems.push({ line, column: Number(/\d+/.exec(fields)?.[0] ?? 1), message: fields.replace(/^column \d+: /, '') });
      continue;
    }
    const [code = { text: '', column: 1 }, date = { text: '', column: raw.length + 1 }, ...nameFields] = fields;
    const name = nameFields
      .map((field) => field.text)
      .join(',')
      .trim();
    const jurisdiction = code.text.trim();
    const day = date.text.trim();
    if (!isJurisdiction(jurisdiction)) {
      problems.push({ line, column: code.column, message: jurisdictionProblem(jurisdiction) });
    } else if (!isCalendarDate(day)) {
      problems.push({ line, column: date.column, message: `"${date.text}" is not a calendar date written YYYY-MM-DD` });
    } else if (name === '') {
      problems.push({
        line,
        column: nameFields[0]?.column ?? raw.length + 2,
        message: 'the day needs a name, e.g. "Royal decree of 2022"',
      });
    } else if (lineOf.has(`${jurisdiction} ${day}`)) {
      const first = lineOf.get(`${jurisdiction} ${day}`) ?? 0;
      problems.push({ line, column: date.column, message: `${jurisdiction} ${day} is declared twice, on lines ${first} and ${line}` });
    } else {
      lineOf.set(`${jurisdiction} ${day}`, line);
      let list = days.get(jurisdiction);
      if (list === undefined) days.set(jurisdiction, (list = []));
      list.push({ date: day, name });
    }
  }
  if (!sawHeader) problems.push({ line: 1, column: 1, message: 'the file is empty; expected the header "jurisdiction,date,name"' });
  problems.push(...longRuns(days, lineOf));
  const [first, ...rest] = problems;
  return first === undefined ? { ok: true, days } : { ok: false, problems: [first, ...rest] };
}

/**
 * A run of more consecutive declared days than the deadline engine will look past cannot be a
 * decree; it is refused here, naming the lines where the run starts and ends.
 */
function longRuns(days: ReadonlyMap<Jurisdiction, readonly ExtraNonWorkingDay[]>, lineOf: ReadonlyMap<string, number>): ExtraDaysProblem[] {
  const problems: ExtraDaysProblem[] = [];
  for (const [jurisdiction, list] of days) {
    const sorted = list.map((day) => day.date).sort();
    let runStart = 0;
    for (let i = 1; i <= sorted.length; i += 1) {
      if (i < sorted.length && sorted[i] === addDays(sorted[i - 1] ?? '', 1)) continue;
      const length = i - runStart;
      if (length > MAX_CONSECUTIVE_NON_WORKING_DAYS) {
        const from = sorted[runStart] ?? '';
        const to = sorted[i - 1] ?? '';
        problems.push({
          line: lineOf.get(`${jurisdiction} ${from}`) ?? 1,
          column: 1,
          message: `${jurisdiction} declares ${length} consecutive days, ${from} to ${to} (line ${lineOf.get(`${jurisdiction} ${to}`) ?? 0}); more than ${MAX_CONSECUTIVE_NON_WORKING_DAYS} cannot be a decree`,
        });
      }
      runStart = i;
    }
  }
  return problems;
}
