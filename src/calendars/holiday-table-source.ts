// Where the run time finds each jurisdiction's non-working-day table. Here, from the sources (the
// tests, tsc), it is the generated file itself. The build replaces this module (scripts/build.mjs,
// holiday-tables-as-files) with one that reads dist/lib/holidays/<code>.json, split from the same
// file, when a jurisdiction is first asked about: a run needs one or two of the 29 tables, and
// their 230 KB then stays out of the program that every command compiles and caches.
import type { NonWorkingDayTable, TableJurisdiction } from './holiday-table-format.js';
import generated from './generated/non-working-days.json' with { type: 'json' };

const TABLE = generated as NonWorkingDayTable;

export const TABLE_FIRST_YEAR: number = TABLE.firstYear;
export const TABLE_LAST_YEAR: number = TABLE.lastYear;
export const TABLE_CODES: readonly string[] = Object.keys(TABLE.jurisdictions);

/** The table of a code in TABLE_CODES. */
export function readJurisdictionTable(code: string): TableJurisdiction {
  const table = TABLE.jurisdictions[code];
  if (table === undefined) throw new Error(`no holiday table for ${code}`);
  return table;
}
