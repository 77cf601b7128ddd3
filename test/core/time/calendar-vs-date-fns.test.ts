// The integer calendar the deadlines are counted on, checked against date-fns on UTCDate over the
// years 0001–9999, in several process time zones: the two must agree day for day, whatever TZ says.
// (The calendar stays integer-only; calendar-date.ts says why.) TZ is set per run and restored.
import { UTCDate } from '@date-fns/utc';
import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, fromDayNumber, toDayNumber, weekday } from '../../../src/core/time/calendar-date.js';
import { utcDay } from '../../../src/i18n/dates.js';

const FIRST = toDayNumber('0001-01-01');
const LAST = toDayNumber('9999-12-31');
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'Europe/Paris', 'Australia/Lord_Howe'];

const toUtc = (iso: string): UTCDate => utcDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const fromUtc = (date: Date): string => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;

const dates = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

function inZone(zone: string, check: () => void): void {
  const saved = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    check();
  } finally {
    process.env['TZ'] = saved;
  }
}

describe.each(ZONES)('the integer calendar agrees with date-fns on UTCDate, TZ=%s', (zone) => {
  it('builds the day it is given, years 1–99 included (setUTCFullYear, not Date.UTC)', () => {
    inZone(zone, () => {
      for (const iso of ['0001-01-01', '0099-12-31', '0100-03-01', '1582-10-15', '9999-12-31']) expect(fromUtc(toUtc(iso))).toBe(iso);
      expect(toUtc('0005-01-01').getUTCDay()).toBe(weekday('0005-01-01'));
    });
  });

  it('addDays', () => {
    inZone(zone, () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: -40_000, max: 40_000 }), (date, days) => {
          const target = toDayNumber(date) + days;
          fc.pre(target >= FIRST && target <= LAST);
          expect(addDays(date, days)).toBe(fromUtc(fnsAddDays(toUtc(date), days)));
        }),
        { numRuns: 300 },
      );
    });
  });

  it('addMonths (the last day of a shorter month)', () => {
    inZone(zone, () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: -1200, max: 1200 }), (date, months) => {
          const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
          fc.pre(index >= 12 && index < 10_000 * 12);
          expect(addMonths(date, months)).toBe(fromUtc(fnsAddMonths(toUtc(date), months)));
        }),
        { numRuns: 300 },
      );
    });
  });

  it('differenceInCalendarDays and the weekday', () => {
    inZone(zone, () => {
      fc.assert(
        fc.property(dates, dates, (a, b) => {
          expect(daysBetween(a, b)).toBe(differenceInCalendarDays(toUtc(b), toUtc(a)));
          expect(weekday(a)).toBe(toUtc(a).getUTCDay());
        }),
        { numRuns: 300 },
      );
    });
  });
});
