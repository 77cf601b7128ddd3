import { describe, it, expect } from 'vitest';
import { clearHolidayCache, createNonWorkingDays, type NonWorkingDayOptions } from '../../src/calendars/holidays.js';
import { addDays } from '../../src/core/time/calendar-date.js';
import type { Jurisdiction } from '../../src/core/time/conventions.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { reasonText } from '../helpers/worded.js';

function reason(jurisdiction: Jurisdiction, date: string, options?: NonWorkingDayOptions): string | undefined {
  return reasonText(createNonWorkingDays(jurisdiction, options).reasonIfNonWorking(date));
}

describe('weekends', () => {
  it.each<[Jurisdiction, string, string | undefined]>([
    ['EU', '2022-12-17', 'Saturday'],
    ['FR', '2022-12-18', 'Sunday'],
    ['IT', '2022-11-19', 'Saturday'],
    ['GR', '2022-11-19', 'Saturday'],
    ['GB', '2022-11-19', 'Saturday'],
    ['NL', '2022-11-19', 'Saturday'],
    ['FR', '2022-12-20', undefined],
  ])('%s %s: %s', (jurisdiction, date, expected) => {
    expect(reason(jurisdiction, date)).toBe(expected);
  });

  it('GR and IT Saturdays are options, defaulting to non-working', () => {
    expect(reason('GR', '2022-11-19', { greekSaturday: false })).toBeUndefined();
    expect(reason('IT', '2022-11-19', { italianSaturday: false })).toBeUndefined();
    expect(reason('IT', '2022-11-20', { italianSaturday: false })).toBe('Sunday');
  });
});

describe('public holidays', () => {
  it.each<[Jurisdiction, string, string]>([
    ['FR', '2022-12-25', 'Sunday; public holiday: Christmas Day'],
    ['FR', '2022-07-14', 'public holiday: Bastille Day'],
    ['FR', '2023-05-08', 'public holiday: Victory Day'],
    ['IT', '2022-12-26', 'public holiday: Boxing Day'],
    ['IT', '2023-04-25', 'public holiday: Liberation from Nazi-Fascism (1945)'],
    ['IT', '2022-12-08', 'public holiday: Immaculate Conception'],
    // From 2026 (date-holidays data): 4 October; 2027-10-04 is a Monday.
    ['IT', '2027-10-04', 'public holiday: National Day of Saint Francis of Assisi'],
    // Orthodox Easter: Easter Sunday 24 Apr 2022 and 16 Apr 2023.
    ['GR', '2022-04-22', 'public holiday: Good Friday'],
    ['GR', '2022-04-25', 'public holiday: Easter Monday'],
    ['GR', '2023-04-17', 'public holiday: Easter Monday'],
    ['GR', '2022-03-07', 'public holiday: Clean Monday'],
    ['GR', '2022-10-28', 'public holiday: National Holiday'],
    // England and Wales: substitute days and one-off bank holidays.
    ['GB', '2022-12-27', 'substitute bank holiday: Christmas Day'],
    ['GB', '2022-01-03', "substitute bank holiday: New Year's Day"],
    ['GB', '2023-01-02', "substitute bank holiday: New Year's Day"],
    ['GB', '2022-06-03', 'public holiday: Queen’s Platinum Jubilee'],
    ['GB', '2022-09-19', "public holiday: Queen Elizabeth's Funeral Day"],
    ['GB', '2023-05-08', "public holiday: King Charles III's Coronation"],
    ['GB', '2022-04-15', 'public holiday: Good Friday'],
    // ATW art. 3: Good Friday and 5 May every year (typed 'school' by the library).
    ['NL', '2022-04-15', 'public holiday (ATW art. 3): Good Friday'],
    ['NL', '2023-04-07', 'public holiday (ATW art. 3): Good Friday'],
    ['NL', '2022-05-05', 'public holiday (ATW art. 3): Liberation Day'],
    ['NL', '2023-05-05', 'public holiday (ATW art. 3): Liberation Day'],
    ['NL', '2024-05-05', 'Sunday; public holiday (ATW art. 3): Liberation Day'],
    ['NL', '2022-04-27', "public holiday: King's Day"],
    ['NL', '2022-05-26', 'public holiday: Ascension Day'],
  ])('%s %s: %s', (jurisdiction, date, expected) => {
    expect(reason(jurisdiction, date)).toBe(expected);
  });

  it.each<[Jurisdiction, string, string]>([
    ['FR', '2022-04-15', 'Good Friday outside Alsace-Moselle'],
    ['FR', '2022-05-30', 'a Monday with no holiday'],
    ['IT', '2022-04-15', 'Good Friday'],
    ['GR', '2023-04-07', 'western Good Friday'],
    ['GB', '2022-12-30', 'an ordinary Friday'],
    ['NL', '2024-12-31', "New Year's Eve, typed 'bank' but not an ATW holiday"],
    ['NL', '2022-05-04', 'Remembrance of the Dead, an observance'],
    ['EU', '2022-12-26', 'Boxing Day: the EU calendar has no holidays without a country'],
  ])('%s %s is a working day (%s)', (jurisdiction, date) => {
    expect(reason(jurisdiction, date)).toBeUndefined();
  });

  it('drops observances that fall on a Sunday, keeping only the Sunday', () => {
    expect(reason('FR', '2022-06-05')).toBe('Sunday');
    expect(reason('NL', '2022-05-08')).toBe('Sunday');
  });

  it('takes the regions of the library', () => {
    expect(reason('GB', '2023-01-03', { region: 'SCT' })).toBe("substitute bank holiday: New Year's Day");
    expect(reason('GB', '2023-01-03')).toBeUndefined();
    expect(reason('FR', '2022-12-26', { region: '57' })).toMatch(/public holiday/);
  });
});

describe('EU: Reg. 1182/71 art. 2(1), holidays of the Member State where the act is done', () => {
  it('uses the given country with its own filter', () => {
    expect(reason('EU', '2022-12-26', { holidayCountry: 'FR' })).toBeUndefined();
    expect(reason('EU', '2022-12-26', { holidayCountry: 'IT' })).toBe('public holiday: Boxing Day');
    expect(reason('EU', '2022-05-05', { holidayCountry: 'NL' })).toBe('public holiday (ATW art. 3): Liberation Day');
    expect(reason('EU', '2022-10-03', { holidayCountry: 'DE' })).toBe('public holiday: National Holiday');
  });

  it('leaves out holidays that start in the afternoon', () => {
    // date-holidays has DE Christmas Eve from 14:00 as a 'bank' holiday.
    expect(reason('EU', '2024-12-24', { holidayCountry: 'DE' })).toBeUndefined();
  });
});

describe('extra days (royal decrees and the like)', () => {
  it.each([
    ['2022-05-27', 'Friday 27 May 2022'],
    ['2023-05-19', 'Friday 19 May 2023'],
    ['2024-05-10', 'Friday 10 May 2024'],
    ['2024-12-27', 'Friday 27 December 2024'],
    ['2026-01-02', 'Friday 2 January 2026'],
    ['2028-04-28', 'Friday 28 April 2028'],
  ])('knows the royal decree day %s by default', (date, day) => {
    expect(reason('NL', date)).toBe(`declared non-working: ${day}, equated with a public holiday by royal decree (ATW art. 3)`);
  });

  it('adds them to the calendar with their name', () => {
    expect(reason('NL', '2029-05-11')).toBeUndefined();
    const extraDays = [{ date: '2029-05-11', name: 'Koninklijk Besluit: dag gelijkgesteld aan feestdag' }];
    expect(reason('NL', '2029-05-11', { extraDays })).toBe('declared non-working: Koninklijk Besluit: dag gelijkgesteld aan feestdag');
  });

  it('refuses an extra day that is not a calendar date', () => {
    expect(() => createNonWorkingDays('NL', { extraDays: [{ date: '2022-02-30', name: 'x' }] })).toThrow(/not a calendar date/);
  });
});

describe('option errors', () => {
  it.each<[Jurisdiction, NonWorkingDayOptions, RegExp]>([
    ['FR', { holidayCountry: 'FR' }, /holidayCountry applies to EU periods only/],
    ['EU', { holidayCountry: 'XX' }, /no country XX/],
    ['GB', { region: 'ZZZ' }, /no region ZZZ in GB/],
    ['EU', { region: 'ENG' }, /needs a holidayCountry/],
    ['FR', { greekSaturday: true }, /greekSaturday applies to GR only/],
  ])('%s %j', (jurisdiction, options, message) => {
    expect(() => createNonWorkingDays(jurisdiction, options)).toThrow(message);
  });

  it('refuses a malformed date', () => {
    expect(() => createNonWorkingDays('FR').reasonIfNonWorking('2022-1-5')).toThrow(/not a calendar date/);
  });
});

describe('time-zone independence', () => {
  const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'];
  const JURISDICTIONS: Jurisdiction[] = ['FR', 'IT', 'GR', 'GB', 'NL'];

  /** Every non-working day of 2022–2024 per jurisdiction, computed from a cold cache. */
  function snapshot(): string[] {
    clearHolidayCache();
    const lines: string[] = [];
    for (const jurisdiction of JURISDICTIONS) {
      const calendar = createNonWorkingDays(jurisdiction);
      for (let date = '2022-01-01'; date <= '2024-12-31'; date = addDays(date, 1)) {
        const why = reasonText(calendar.reasonIfNonWorking(date));
        if (why !== undefined) lines.push(`${jurisdiction} ${date} ${why}`);
      }
    }
    return lines;
  }

  it('gives the same calendars whatever process.env.TZ is', () => {
    const saved = process.env['TZ'];
    try {
      const byZone = ZONES.map((zone) => {
        process.env['TZ'] = zone;
        // Node re-reads TZ on assignment; check it did, or the test would prove nothing.
        return { offset: new Date(Date.UTC(2022, 0, 1)).getTimezoneOffset(), lines: snapshot() };
      });
      expect(byZone.map((z) => z.offset)).toEqual([0, 480, -840, -330]);
      for (const { lines } of byZone) expect(lines).toEqual(byZone[0]!.lines);
      expect(byZone[0]!.lines).toContain('GB 2022-12-27 substitute bank holiday: Christmas Day');
      expect(byZone[0]!.lines.length).toBeGreaterThan(5 * 3 * 104);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
      clearHolidayCache();
    }
  });
});

describe('the years the tables cover', () => {
  it.each<[Jurisdiction, string]>([
    ['NL', '1989-12-31'],
    ['FR', '2061-01-01'],
    ['DE-BY', '0050-06-01'],
  ])('%s %s is an explicit error, never "no holidays"', (jurisdiction, date) => {
    expect(() => reason(jurisdiction, date)).toThrow(/holiday tables cover 1990–2060/);
  });

  it('an EU period without a Member State needs no table', () => {
    // Wednesday 1 June AD 50: a working day, known without any holiday data.
    expect(reason('EU', '0050-06-01')).toBeUndefined();
  });
});

describe('other readings of open points', () => {
  it('GR keeps 1 May 2024 for periods and shows the move to 7 May as the other reading', () => {
    const calendar = createNonWorkingDays('GR');
    expect(reasonText(calendar.reasonIfNonWorking('2024-05-01'))).toBe('public holiday: Labour Day');
    expect(calendar.reasonIfNonWorking('2024-05-07')).toBeUndefined();
    const moved = calendar.otherReadings?.find((reading) => reading.note.includes('7 May 2024'));
    expect(moved?.calendar.reasonIfNonWorking('2024-05-01')).toBeUndefined();
    expect(reasonText(moved?.calendar.reasonIfNonWorking('2024-05-07'))).toBe('public holiday: Labour Day (moved from 1 May)');
  });
});

describe('the labels of the calendar data are kinds, worded per locale', () => {
  it.each<[Jurisdiction, string, NonWorkingDayOptions, string, string]>([
    ['GB', '2022-12-27', {}, 'substitute bank holiday: Christmas Day', 'jour férié reporté\u00a0: Christmas Day'],
    ['NL', '2022-04-15', {}, 'public holiday (ATW art. 3): Good Friday', 'jour férié (ATW art. 3)\u00a0: Good Friday'],
    [
      'SE',
      '2022-12-24',
      {},
      'Saturday; non-working for periods (lag 1930:173 § 2): Julafton',
      'samedi\u202f; jour non ouvré pour les délais (lag 1930:173 § 2)\u00a0: Julafton',
    ],
  ])('%s %s', (jurisdiction, date, options, english, french) => {
    const reasons = createNonWorkingDays(jurisdiction, options).reasonIfNonWorking(date);
    expect(reasonText(reasons)).toBe(english);
    expect(catalogue('fr').working.reasons(reasons ?? [])).toBe(french);
  });
});
