// Compound periods ("2 months + 10 days"): the parts are counted in turn and only the end of the
// whole is moved off a non-working day (EU GC Rules of Procedure arts 58–60).
import { describe, it, expect } from 'vitest';
import { CalendarError, computeDeadline, type NonWorkingDays } from '../../../src/core/time/deadline.js';
import { weekday } from '../../../src/core/time/calendar-date.js';
import { worded } from '../../helpers/worded.js';
import { parsePeriod } from '../../../src/core/time/period.js';
import type { Jurisdiction } from '../../../src/core/time/conventions.js';

function calendar(holidays: Record<string, string> = {}): NonWorkingDays {
  return {
    reasonIfNonWorking(date) {
      if (weekday(date) === 6 || weekday(date) === 0) return [{ kind: 'weekday', weekday: weekday(date) }];
      const holiday = holidays[date];
      return holiday === undefined ? undefined : [{ kind: 'holiday', name: holiday.replace(/^public holiday: /, '') }];
    },
  };
}

function due(start: string, text: string, jurisdiction: Jurisdiction = 'EU', holidays: Record<string, string> = {}) {
  const period = parsePeriod(text);
  if (!period) throw new Error(`bad period in test: ${text}`);
  return worded(computeDeadline({ start, period, jurisdiction }, calendar(holidays)));
}

describe('compound periods', () => {
  it.each<[string, string, string, string]>([
    // Published Fri 14 Mar 2025: 14 days → Fri 28 Mar, 2 months → Wed 28 May, 10 days → Sat 7 Jun → Mon 9 Jun.
    ['2025-03-14', '14 days + 2 months + 10 days', '2025-06-07', '2025-06-09'],
    // A part ending on a Sunday is not moved: 2024-01-06 + 1 day = Sun 7 Jan, + 2 days = Tue 9 Jan.
    ['2024-01-06', '1 day + 2 days', '2024-01-09', '2024-01-09'],
    // Notified Wed 12 Jul 2023: 2 months → Tue 12 Sep, + 10 days → Fri 22 Sep.
    ['2023-07-12', '2 months + 10 days', '2023-09-22', '2023-09-22'],
    // 31 Dec + 2 months clamps to 29 Feb, then 10 days: Sun 10 Mar → Mon 11 Mar.
    ['2023-12-31', '2 months + 10 days', '2024-03-10', '2024-03-11'],
  ])('%s + %s: raw %s, end %s', (start, text, rawEnd, end) => {
    expect(due(start, text)).toMatchObject({ rawEnd, end });
  });

  it('shows each part in the working', () => {
    const { steps } = due('2025-03-14', '14 days + 2 months + 10 days');
    expect(steps.slice(0, 4)).toEqual([
      'start 2025-03-14 (Friday), not counted',
      '+ 14 days → 2025-03-28 (Friday)',
      '+ 2 months → 2025-05-28 (Wednesday)',
      '+ 10 days → 2025-06-07 (Saturday)',
    ]);
  });

  it('notes a month too short for its part, from the day that part starts', () => {
    const { steps } = due('2024-01-21', '10 days + 1 month');
    expect(steps[2]).toBe('+ 1 month → 2024-02-29 (Thursday); the month has no day 31, so its last day');
  });

  it('a holiday on the last day moves the end; one inside the period does not', () => {
    const whitMonday = { '2025-06-09': 'Whit Monday' };
    expect(due('2025-03-14', '14 days + 2 months + 10 days', 'EU', whitMonday).end).toBe('2025-06-10');
    expect(due('2025-03-14', '14 days + 2 months', 'EU', { '2025-03-28': 'a holiday' }).end).toBe('2025-05-28');
  });

  it.each<[string, string, string, string, boolean]>([
    // 29 Feb + 2 months = 29 Apr, + 2 days = Wed 1 May 2024: a working day, nothing moved.
    ['2024-02-29', '2 months + 2 days', '2024-05-01', '2024-05-01', false],
    // 8 Jan + 2 months + 2 days = Sun 10 Mar: within ATW art. 4(a), so moved to Mon 11 Mar.
    ['2024-01-08', '2 months + 2 days', '2024-03-10', '2024-03-11', true],
    // 12 Jan + 3 months + 2 days = Sun 14 Apr: longer than 90 days and 3 months, so not moved.
    ['2024-01-12', '3 months + 2 days', '2024-04-14', '2024-04-14', true],
  ])('NL %s + %s: raw %s, end %s (reading stated: %s)', (start, text, rawEnd, end, assumed) => {
    const result = due(start, text, 'NL');
    expect(result).toMatchObject({ rawEnd, end });
    // The art. 4(a) reading of a compound period is stated whenever it decides the last day.
    expect(result.assumptions.some((a) => a.includes('ATW art. 4(a) names periods in one unit'))).toBe(assumed);
  });
});

describe('compound periods under jurisdictions with their own counting rules', () => {
  it('IE: the start day being day 1, the parts run from the day before it', () => {
    // 14 Mar counted as day 1: 13 Mar + 2 months = 13 May, + 10 days = Fri 23 May 2025.
    expect(due('2025-03-14', '2 months + 10 days', 'IE')).toMatchObject({ rawEnd: '2025-05-23', end: '2025-05-23' });
  });

  it('ES: a day part would count working days only, so the compound period is refused rather than guessed', () => {
    expect(() => due('2025-03-14', '2 months + 10 days', 'ES')).toThrow(CalendarError);
    const natural = computeDeadline(
      { start: '2025-03-14', period: parsePeriod('2 months + 10 days')!, jurisdiction: 'ES', naturalDays: true },
      calendar(),
    );
    expect(natural.rawEnd).toBe('2025-05-24');
    const august = { start: '2025-03-14', period: parsePeriod('2 months + 1 month')!, jurisdiction: 'ES' as const, summerSuspension: true };
    expect(() => computeDeadline(august, calendar())).toThrow(/August rule of ES/);
  });
});
