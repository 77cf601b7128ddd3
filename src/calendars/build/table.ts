// Build-time only: the compact table of non-working days that the CLI reads at run time, made
// from the statutory calendar files (scripts/generate-calendars.mjs writes it to
// src/calendars/generated/non-working-days.json; a test checks that the committed copy is not stale).
import type { NonWorkingDayTable, TableJurisdiction } from '../holiday-table-format.js';
import { expandAll, FIRST_YEAR, LAST_YEAR, type ExpandedCalendar } from './expand.js';

function encode(calendar: ExpandedCalendar): TableJurisdiction {
  const reasons: string[] = [];
  const indexOf = (reason: string): number => {
    const found = reasons.indexOf(reason);
    return found >= 0 ? found : reasons.push(reason) - 1;
  };
  // Holidays sharing a date are joined, as the reason printed for that day.
  const byDate = new Map<string, string>();
  for (const day of calendar.days) {
    const earlier = byDate.get(day.date);
    if (earlier?.split('; ').includes(day.reason) !== true)
      byDate.set(day.date, earlier === undefined ? day.reason : `${earlier}; ${day.reason}`);
  }
  const years: Record<string, string> = {};
  for (const [date, reason] of byDate) {
    const year = date.slice(0, 4);
    const entry = `${date.slice(5, 7)}${date.slice(8, 10)}=${indexOf(reason)}`;
    years[year] = years[year] === undefined ? entry : `${years[year]} ${entry}`;
  }
  const otherReadings = calendar.otherReadings.map((reading) => ({
    note: reading.note,
    add: reading.add.map((day) => `${day.date}=${indexOf(day.reason)}`),
    remove: [...reading.remove],
  }));
  return { reasons, years, otherReadings };
}

export function buildTable(): NonWorkingDayTable {
  const jurisdictions: Record<string, TableJurisdiction> = {};
  for (const calendar of expandAll(FIRST_YEAR, LAST_YEAR)) jurisdictions[calendar.jurisdiction] = encode(calendar);
  return { format: 'dossier-non-working-days/1', firstYear: FIRST_YEAR, lastYear: LAST_YEAR, jurisdictions };
}

/** The table as written to disk: one line per year and per reason, so that a data change shows as a readable diff. */
export function formatTable(table: NonWorkingDayTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}
