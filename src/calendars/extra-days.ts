// Days declared non-working by decree that no holiday library knows (e.g. the Dutch royal decree
// equating Friday 27 May 2022 with a public holiday under the Algemene termijnenwet), supplied in
// a small CSV file: `jurisdiction,date,name`, one day per line; blank lines and # comments allowed.
import { isCalendarDate } from '../core/time/calendar-date.js';
import { isJurisdiction, jurisdictionProblem, type Jurisdiction } from '../core/time/conventions.js';
import type { ExtraNonWorkingDay } from './holidays.js';

export interface ExtraDaysProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type ExtraDays = ReadonlyMap<Jurisdiction, readonly ExtraNonWorkingDay[]>;

export function parseExtraDays(
  text: string,
): { ok: true; days: ExtraDays } | { ok: false; problems: readonly [ExtraDaysProblem, ...ExtraDaysProblem[]] } {
  const days = new Map<Jurisdiction, ExtraNonWorkingDay[]>();
  const problems: ExtraDaysProblem[] = [];
  let sawHeader = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    if (!sawHeader) {
      sawHeader = true;
      if (raw.trim().toLowerCase() !== 'jurisdiction,date,name')
        problems.push({ line, column: 1, message: 'expected the header "jurisdiction,date,name"' });
      continue;
    }
    const [jurisdiction = '', date = '', ...nameParts] = raw.split(',');
    const name = nameParts.join(',').trim();
    if (!isJurisdiction(jurisdiction.trim())) {
      problems.push({ line, column: 1, message: jurisdictionProblem(jurisdiction.trim()) });
    } else if (!isCalendarDate(date.trim())) {
      problems.push({ line, column: jurisdiction.length + 2, message: `"${date}" is not a calendar date written YYYY-MM-DD` });
    } else if (name === '') {
      problems.push({
        line,
        column: jurisdiction.length + date.length + 3,
        message: 'the day needs a name, e.g. "Royal decree of 2022"',
      });
    } else {
      const code = jurisdiction.trim() as Jurisdiction;
      days.set(code, [...(days.get(code) ?? []), { date: date.trim(), name }]);
    }
  }
  if (!sawHeader) problems.push({ line: 1, column: 1, message: 'the file is empty; expected the header "jurisdiction,date,name"' });
  const [first, ...rest] = problems;
  return first === undefined ? { ok: true, days } : { ok: false, problems: [first, ...rest] };
}
