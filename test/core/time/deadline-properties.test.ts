// Properties of the deadline engine over random starts, periods and jurisdictions, with the real
// holiday calendars.

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createNonWorkingDays } from '../../../src/calendars/holidays.js';
import { addMonths, compareDates, fromDayNumber, toDayNumber, type IsoDate } from '../../../src/core/time/calendar-date.js';
import { conventionFor, JURISDICTIONS, type Jurisdiction } from '../../../src/core/time/conventions.js';
import { computeDeadline, type DeadlineInput, type NonWorkingDays } from '../../../src/core/time/deadline.js';
import type { PeriodUnit } from '../../../src/core/time/period.js';

const calendars = new Map<Jurisdiction, NonWorkingDays>(JURISDICTIONS.map((j) => [j, createNonWorkingDays(j)]));
const calendarOf = (jurisdiction: Jurisdiction) => calendars.get(jurisdiction)!;

const MAX_COUNT: Record<PeriodUnit, number> = { day: 400, week: 60, month: 36, year: 5, 'working-day': 120 };

// Starts early enough that the longest periods (a sum of two counts) stay inside the holiday tables (1990–2060).
const starts = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2033-12-31') }).map(fromDayNumber);

/** A jurisdiction with a random but valid set of its options. */
const settings = fc.constantFrom(...JURISDICTIONS).chain((jurisdiction) =>
  fc.record({
    jurisdiction: fc.constant(jurisdiction),
    unit: fc.constantFrom<PeriodUnit>('day', 'week', 'month', 'year', 'working-day'),
    periodSource: fc.constantFrom('statute' as const, 'decision' as const),
    extend: fc.option(fc.boolean(), { nil: undefined }),
    francDelay: jurisdiction === 'FR' ? fc.boolean() : fc.constant(false),
    summerSuspension: jurisdiction === 'IT' || jurisdiction === 'ES' ? fc.boolean() : fc.constant(false),
    naturalDays: jurisdiction === 'ES' ? fc.boolean() : fc.constant(false),
  }),
);
type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

function run(setting: Settings, start: IsoDate, count: number) {
  const { jurisdiction, unit, periodSource, extend, francDelay, summerSuspension, naturalDays } = setting;
  const input: DeadlineInput = {
    start,
    period: { count, unit },
    jurisdiction,
    periodSource,
    ...(extend === undefined ? {} : { extend }),
    ...(francDelay && unit !== 'working-day' ? { francDelay } : {}),
    ...(summerSuspension ? { summerSuspension } : {}),
    ...(naturalDays ? { naturalDays } : {}),
  };
  return computeDeadline(input, calendarOf(jurisdiction));
}

const counts = (setting: Settings) => fc.integer({ min: 1, max: MAX_COUNT[setting.unit] });

describe('deadline properties', () => {
  it('ends after its start, never before its raw end, and on a working day when extended', () => {
    fc.assert(
      fc.property(
        settings.chain((s) => fc.tuple(fc.constant(s), starts, counts(s))),
        ([setting, start, count]) => {
          const result = run(setting, start, count);
          // IE counts the start day as day 1 (Interpretation Act 2005 s.18(h)): 1 day may end on the start.
          const startCounts = conventionFor(setting.jurisdiction).startDayIncluded !== undefined;
          expect(compareDates(result.end, start)).toBeGreaterThanOrEqual(startCounts ? 0 : 1);
          expect(compareDates(result.end, result.rawEnd)).toBeGreaterThanOrEqual(0);
          if (result.extended) expect(calendarOf(setting.jurisdiction).reasonIfNonWorking(result.end)).toBeUndefined();
          // LJCA art. 128.2, L. 742/1969: a moved last day never lands in the August that does not run.
          if (result.extended && setting.summerSuspension) expect(result.end.slice(5, 7)).not.toBe('08');
          for (const day of result.skipped) expect(day.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is non-decreasing in the start date', () => {
    // The Italian suspension is left out for months and years: adding 31 days after a calendar
    // count (the option's documented method) makes 31 Jul + 1 month end after 5 Aug + 1 month.
    const monotoneSettings = settings.filter((s) => !(s.summerSuspension && (s.unit === 'month' || s.unit === 'year')));
    fc.assert(
      fc.property(
        monotoneSettings.chain((s) => fc.tuple(fc.constant(s), starts, fc.integer({ min: 0, max: 40 }), counts(s))),
        ([setting, start, gap, count]) => {
          const later = fromDayNumber(toDayNumber(start) + gap);
          const early = run(setting, start, count).end;
          const late = run(setting, later, count).end;
          expect(compareDates(early, late)).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is non-decreasing in the period count', () => {
    fc.assert(
      fc.property(
        settings.chain((s) => fc.tuple(fc.constant(s), starts, counts(s), fc.integer({ min: 0, max: 20 }))),
        ([setting, start, count, more]) => {
          // ATW art. 4(a) stops extending past 90 days, 12 weeks or 3 months: 90 days ending on a
          // Saturday moves to Monday, 91 days ending on Sunday stays. Lawful, so not a counterexample.
          const limit = conventionFor(setting.jurisdiction).notExtendedBeyond;
          const limitOf = { day: limit?.days, week: limit?.weeks, month: limit?.months, year: limit?.years, 'working-day': undefined }[
            setting.unit
          ];
          fc.pre(limitOf === undefined || count > limitOf || count + more <= limitOf);
          const shorter = run(setting, start, count).end;
          const longer = run(setting, start, count + more).end;
          expect(compareDates(shorter, longer)).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('+a months then +b months: same month as +(a+b), on or before it, equal for days up to 28', () => {
    const statutory = (jurisdiction: Jurisdiction, start: IsoDate, count: number) =>
      computeDeadline(
        // IE's default (start day included) ends a day earlier; the same-date rule is its other reading.
        {
          start,
          period: { count, unit: 'month' },
          jurisdiction,
          extend: false,
          ...(jurisdiction === 'IE' ? { startDayIncluded: false } : {}),
        },
        calendarOf(jurisdiction),
      ).rawEnd;
    fc.assert(
      fc.property(
        fc.constantFrom(...JURISDICTIONS),
        starts,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        (jurisdiction, start, a, b) => {
          const stepwise = statutory(jurisdiction, statutory(jurisdiction, start, a), b);
          const direct = statutory(jurisdiction, start, a + b);
          expect(direct).toBe(addMonths(start, a + b));
          expect(stepwise.slice(0, 7)).toBe(direct.slice(0, 7));
          expect(compareDates(stepwise, direct)).toBeLessThanOrEqual(0);
          if (Number(start.slice(8)) <= 28) expect(stepwise).toBe(direct);
        },
      ),
    );
  });

  it('documents the summer-suspension edge that breaks monotonicity for months', () => {
    const italy = (start: IsoDate) =>
      computeDeadline({ start, period: { count: 1, unit: 'month' }, jurisdiction: 'IT', summerSuspension: true }, calendarOf('IT'));
    expect(italy('2022-07-31').rawEnd).toBe('2022-10-01');
    expect(italy('2022-08-05').rawEnd).toBe('2022-09-30');
  });
});
