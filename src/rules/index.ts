// The checks beyond the schema, run on a case that already has the right shape.
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { checkAmounts } from './money.js';
import { checkCaps, checkReductions } from './caps.js';
import { checkChronology } from './chronology.js';
import { checkCodes } from './codes.js';
import { checkDates } from './dates.js';
import { checkIds } from './ids.js';
import { checkPeriodOptions } from './periods.js';
import { checkPenalties } from './penalties.js';
import { checkReferences } from './references.js';
import { checkSources } from './sources.js';

/** `today` (YYYY-MM-DD) enables the freshness check of open cases' sources. */
export function checkCase(c: Case, fileStem: string, today?: string): Finding[] {
  const dateFindings = checkDates(c);
  const moneyFindings = [...checkCodes(c), ...checkAmounts(c)];
  return [
    ...checkIds(c, fileStem),
    ...dateFindings,
    ...checkReferences(c),
    ...checkPeriodOptions(c),
    // Chronology compares dates, which is meaningless while some do not exist.
    ...(dateFindings.length === 0 ? checkChronology(c) : []),
    ...moneyFindings,
    // Caps compare exact amounts in known currencies: only once those are sound.
    ...(moneyFindings.length === 0 ? [...checkCaps(c), ...checkReductions(c)] : []),
    ...checkPenalties(c),
    ...checkSources(c, today),
  ];
}
