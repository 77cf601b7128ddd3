// Days declared non-working by decree that the calendar data does not hold yet, supplied in a
// small CSV file: `jurisdiction,date,name`, one day per line; blank lines and # comments allowed.
// The CSV is read by csv-parse (RFC 4180 quoting: "a, b" and "say ""x"""; a UTF-8 BOM; lines
// ending in \r\n, \n or a lone \r, mixed); an unquoted name may still hold commas. csv-parse
// gives a record's line but not the column of each field, so `fieldColumns` finds those in the
// line's text, for messages that point at the field (file:line:col). A field may not run over two
// lines: a day's name is one line.
import { parse, type CsvError } from 'csv-parse/sync';
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

/**
 * Where each field of a line starts (1-based), or the column and message of the first quoting
 * error: a quote left open on the line, or text after a closing quote.
 */
function fieldColumns(line: string): number[] | { column: number; message: string } {
  const columns: number[] = [];
  let at = 0;
  for (;;) {
    columns.push(at + 1);
    if (line[at] === '"') {
      const opening = at;
      for (at += 1; at < line.length && !(line[at] === '"' && line[at + 1] !== '"'); at += line[at] === '"' ? 2 : 1);
      if (at >= line.length) return { column: opening + 1, message: 'a quoted field must end with a quote on the same line' };
      at += 1;
      if (at < line.length && line[at] !== ',') return { column: at + 1, message: 'expected a comma after the quoted field' };
    } else {
      const comma = line.indexOf(',', at);
      at = comma < 0 ? line.length : comma;
    }
    if (at >= line.length) return columns;
    at += 1; // the comma
  }
}

const LINE_END = /\r\n|\n|\r/g;

interface Row {
  readonly line: number;
  /** The line's text. */
  readonly raw: string;
  readonly fields: readonly Field[];
}

/** The rows of the file (blank and comment lines left out), or the first syntax problem. */
function readRows(text: string): { rows: Row[]; problem?: ExtraDaysProblem } {
  const body = text.replace(/^\uFEFF/, '');
  const lines = body.split(LINE_END);
  let syntax: CsvError | undefined;
  const records = parse(body, {
    relax_column_count: true,
    skip_empty_lines: true,
    comment: '#',
    comment_no_infix: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      syntax ??= error ?? undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const rows: Row[] = [];
  let next = 1;
  const skipBlank = () => {
    while (next <= lines.length && /^\s*(?:#.*)?$/.test(lines[next - 1] ?? '')) next += 1;
  };
  for (const { record, info } of records) {
    // info.lines is the line where the record ends; a field with line breaks started earlier.
    const breaks = record.reduce((n, field) => n + (field.match(LINE_END)?.length ?? 0), 0);
    const line = info.lines - breaks;
    if (syntax !== undefined && line >= Number(syntax['lines'] ?? 0)) break;
    next = info.lines + 1;
    const raw = lines[line - 1] ?? '';
    // A line of spaces, or a comment after spaces (csv-parse takes only a # in column 1 for one).
    if (record.every((field) => field.trim() === '') || raw.trimStart().startsWith('#')) continue;
    const columns = fieldColumns(raw);
    if (!Array.isArray(columns)) return { rows, problem: { line, ...columns } };
    rows.push({ line, raw, fields: record.map((field, k) => ({ text: field, column: columns[k] ?? raw.length + 1 })) });
  }
  if (syntax === undefined) return { rows };
  // The record that failed starts on the first line after the last good one that is not blank.
  skipBlank();
  const located = fieldColumns(lines[next - 1] ?? '');
  return {
    rows,
    problem: Array.isArray(located)
      ? { line: next, column: 1, message: syntax.message }
      : { line: next, column: located.column, message: located.message },
  };
}

export function parseExtraDays(
  text: string,
): { ok: true; days: ExtraDays } | { ok: false; problems: readonly [ExtraDaysProblem, ...ExtraDaysProblem[]] } {
  const days = new Map<Jurisdiction, ExtraNonWorkingDay[]>();
  const lineOf = new Map<string, number>();
  const problems: ExtraDaysProblem[] = [];
  let sawHeader = false;
  const { rows, problem } = readRows(text);
  for (const { line, raw, fields } of rows) {
    if (!sawHeader) {
      sawHeader = true;
      if (fields.map((f) => f.text.trim().toLowerCase()).join(',') !== 'jurisdiction,date,name')
        problems.push({ line, column: 1, message: 'expected the header "jurisdiction,date,name"' });
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
  if (problem !== undefined) problems.push(problem);
  if (!sawHeader && problem === undefined)
    problems.push({ line: 1, column: 1, message: 'the file is empty; expected the header "jurisdiction,date,name"' });
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
