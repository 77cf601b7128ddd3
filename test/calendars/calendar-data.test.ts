// The statutory calendar files (src/calendars/data) against date-holidays, and the generated
// table against the files: every difference with the library must be explained in the data, and
// the committed table must be what the data gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithLibrary } from '../../src/calendars/build/compare.js';
import { CALENDAR_FILES } from '../../src/calendars/build/calendar-files.js';
import { expandAll, FIRST_YEAR, LAST_YEAR } from '../../src/calendars/build/expand.js';
import { buildTable, formatTable } from '../../src/calendars/build/table.js';
import type { CalendarSection, Mark } from '../../src/calendars/data-format.js';
import { isCalendarDate } from '../../src/core/time/calendar-date.js';
import { JURISDICTIONS } from '../../src/core/time/conventions.js';

const calendars = expandAll();
const MARKS: readonly Mark[] = ['C', 'C-secondary', 'M', 'I'];

function sections(): CalendarSection[] {
  return CALENDAR_FILES.flatMap((file) => [file, ...Object.values(file.lands ?? {})]);
}

describe('the calendar files', () => {
  it('give a calendar for every jurisdiction, and only those', () => {
    expect(calendars.map((c) => c.jurisdiction).sort()).toEqual([...JURISDICTIONS].sort());
  });

  it('give every entry a source and a mark, and real dates', () => {
    for (const section of sections()) {
      const entries = [...section.holidays, ...(section.days ?? []), ...(section.otherReadings ?? [])];
      for (const entry of entries) {
        expect(entry.source.length, JSON.stringify(entry)).toBeGreaterThan(5);
        expect(MARKS).toContain(entry.mark);
      }
      for (const day of section.days ?? []) expect(isCalendarDate(day.date), day.date).toBe(true);
      for (const difference of section.libraryDifferences ?? []) expect(difference.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('statute data against date-holidays, 1990–2060', () => {
  it.each(calendars.map((calendar) => [calendar.jurisdiction, calendar] as const))(
    '%s: every difference is explained in the data',
    (_, calendar) => {
      const unexplained = compareWithLibrary(calendar, FIRST_YEAR, LAST_YEAR).filter((d) => d.reason === undefined);
      expect(unexplained).toEqual([]);
    },
  );

  it('finds the differences it should (the comparison can fail)', () => {
    const byCode = new Map(calendars.map((c) => [c.jurisdiction, c]));
    const differences = (code: string) => compareWithLibrary(byCode.get(code)!, 2024, 2026).map((d) => `${d.date} ${d.kind}`);
    expect(differences('NL')).toEqual(
      expect.arrayContaining([
        '2024-03-29 only-in-file',
        '2024-05-10 only-in-file',
        '2024-12-31 only-in-library',
        '2026-01-02 only-in-file',
      ]),
    );
    expect(differences('AT')).toEqual(expect.arrayContaining(['2024-03-29 only-in-file', '2024-12-24 only-in-file']));
    expect(differences('FR')).toEqual([]);
  });
});

describe('the generated table', () => {
  it('is what the calendar files and date-holidays give (run `npm run calendars` after editing the data)', () => {
    const committed = readFileSync(new URL('../../src/calendars/generated/non-working-days.json', import.meta.url), 'utf8');
    expect(committed).toBe(formatTable(buildTable()));
  });
});
