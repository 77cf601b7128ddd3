// Every date written in a case must exist in the calendar (2023-02-29 does not).
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { parseDateText } from '../core/dates/date-text.js';
import { dateFields } from './walk.js';

export function checkDates(c: Case): Finding[] {
  const findings: Finding[] = [];
  for (const { value, path } of dateFields(c)) {
    const parsed = parseDateText(value);
    if ('error' in parsed)
      findings.push({
        code: 'date/invalid',
        path,
        message: `${String(path.at(-1))} is "${value}", which is not a calendar date: ${parsed.error}`,
      });
  }
  return findings;
}
