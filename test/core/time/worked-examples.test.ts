// the CNIL cases, with the real calendars of src/calendars/holidays.ts.

import { describe, it, expect } from 'vitest';
import { createNonWorkingDays, type NonWorkingDayOptions } from '../../../src/calendars/holidays.js';
import { englishWeekday as weekdayName, worded } from '../../helpers/worded.js';
import type { Jurisdiction } from '../../../src/core/time/conventions.js';
import { computeDeadline, type DeadlineInput } from '../../../src/core/time/deadline.js';
import { parsePeriod } from '../../../src/core/time/period.js';
import { accruePenalty, checkLiquidation } from '../../../src/core/time/penalty.js';

type Example = Omit<DeadlineInput, 'period' | 'jurisdiction'> & { period: string; calendar?: NonWorkingDayOptions };

function deadline(jurisdiction: Jurisdiction, { period, calendar, ...rest }: Example) {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`bad period in test: ${period}`);
  return worded(computeDeadline({ ...rest, period: parsed, jurisdiction }, createNonWorkingDays(jurisdiction, calendar)));
}

const ALL = ['EU', 'FR', 'IT', 'GR', 'GB', 'NL'] as const satisfies readonly Jurisdiction[];

describe('§10: notified Thu 20 Oct 2022, 2-month compliance period', () => {
  it.each(ALL)('%s: Tue 20 Dec 2022', (jurisdiction) => {
    const result = deadline(jurisdiction, { start: '2022-10-20', period: '2 months' });
    expect(result).toMatchObject({ end: '2022-12-20', extended: false, skipped: [] });
  });
});

describe('§10: 25 Oct 2022 + 2 months = Sun 25 Dec 2022', () => {
  it.each<[Jurisdiction, string, string, NonWorkingDayOptions?]>([
    ['FR', '2022-12-26', 'Monday'],
    ['IT', '2022-12-27', 'Tuesday'],
    ['GR', '2022-12-27', 'Tuesday'],
    ['NL', '2022-12-27', 'Tuesday'],
    // 27 Dec 2022 was the substitute bank holiday for Christmas Day, in Scotland too.
    ['GB', '2022-12-28', 'Wednesday'],
    ['GB', '2022-12-28', 'Wednesday', { region: 'SCT' }],
    // Reg. 1182/71 art. 2(1): the holidays of the State where the act is done.
    ['EU', '2022-12-26', 'Monday'],
    ['EU', '2022-12-27', 'Tuesday', { holidayCountry: 'NL' }],
  ])('%s: %s (%s) %j', (jurisdiction, end, day, calendar) => {
    const result = deadline(jurisdiction, { start: '2022-10-25', period: '2 months', ...(calendar ? { calendar } : {}) });
    expect(result.rawEnd).toBe('2022-12-25');
    expect(result).toMatchObject({ end, extended: true });
    expect(weekdayName(result.end)).toBe(day);
  });

  it('GB: names the substitute day in the working', () => {
    const result = deadline('GB', { start: '2022-10-25', period: '2 months' });
    expect(result.skipped).toEqual([
      { date: '2022-12-25', reason: 'Sunday; public holiday: Christmas Day' },
      { date: '2022-12-26', reason: 'public holiday: Boxing Day' },
      { date: '2022-12-27', reason: 'substitute bank holiday: Christmas Day' },
    ]);
  });
});

describe('§10: other deadlines from 20 Oct 2022', () => {
  it.each<[string, Jurisdiction, Example, string]>([
    ["FR Conseil d'État, délai franc", 'FR', { start: '2022-10-20', period: '2 months', francDelay: true }, '2022-12-21'],
    ["FR Conseil d'État, appellant abroad (R421-7)", 'FR', { start: '2022-10-20', period: '4 months', francDelay: true }, '2023-02-21'],
    ['GB tribunal appeal, 28 days', 'GB', { start: '2022-10-20', period: '28 days' }, '2022-11-17'],
    ['NL objection, 6 weeks', 'NL', { start: '2022-10-20', period: '6 weeks' }, '2022-12-01'],
    ['GR Council of State, 60 days', 'GR', { start: '2022-10-20', period: '60 days' }, '2022-12-19'],
    ['IT appeal, 30 days: Sat 19 Nov → Mon 21 Nov', 'IT', { start: '2022-10-20', period: '30 days' }, '2022-11-21'],
    ['IT appeal from abroad, 60 days', 'IT', { start: '2022-10-20', period: '60 days' }, '2022-12-19'],
    [
      'IT payment if the Saturday rule does not apply',
      'IT',
      { start: '2022-10-20', period: '30 days', calendar: { italianSaturday: false } },
      '2022-11-19',
    ],
    [
      'GR 30 days without the Saturday rule',
      'GR',
      { start: '2022-10-20', period: '30 days', calendar: { greekSaturday: false } },
      '2022-11-19',
    ],
    [
      'NL grace period (decision): not extended, Tue 20 Dec',
      'NL',
      { start: '2022-10-20', period: '2 months', periodSource: 'decision' },
      '2022-12-20',
    ],
  ])('%s → %s', (_label, jurisdiction, example, end) => {
    expect(deadline(jurisdiction, example).end).toBe(end);
  });
});

describe('per-jurisdiction tables around month ends and holidays', () => {
  it.each<[string, string, Record<(typeof ALL)[number], string>]>([
    // Sun 30 Apr 2023; 1 May is a holiday except in NL (and in the EU calendar without a country).
    [
      '2023-03-31',
      '1 month',
      { EU: '2023-05-01', FR: '2023-05-02', IT: '2023-05-02', GR: '2023-05-02', GB: '2023-05-02', NL: '2023-05-01' },
    ],
    // Leap day, a Thursday: no roll-forward anywhere.
    [
      '2024-01-31',
      '1 month',
      { EU: '2024-02-29', FR: '2024-02-29', IT: '2024-02-29', GR: '2024-02-29', GB: '2024-02-29', NL: '2024-02-29' },
    ],
    [
      '1999-12-31',
      '2 months',
      { EU: '2000-02-29', FR: '2000-02-29', IT: '2000-02-29', GR: '2000-02-29', GB: '2000-02-29', NL: '2000-02-29' },
    ],
    // Orthodox Good Friday 14 Apr 2023, Easter Monday 17 Apr: only Greece rolls.
    [
      '2023-03-14',
      '1 month',
      { EU: '2023-04-14', FR: '2023-04-14', IT: '2023-04-14', GR: '2023-04-18', GB: '2023-04-14', NL: '2023-04-14' },
    ],
    // Western Good Friday 15 Apr 2022 and Easter Monday: GB and NL (ATW art. 3) roll.
    [
      '2022-03-15',
      '1 month',
      { EU: '2022-04-15', FR: '2022-04-15', IT: '2022-04-15', GR: '2022-04-15', GB: '2022-04-19', NL: '2022-04-19' },
    ],
    // 5 May (Bevrijdingsdag) counts in NL every year, not only every fifth.
    [
      '2023-04-05',
      '1 month',
      { EU: '2023-05-05', FR: '2023-05-05', IT: '2023-05-05', GR: '2023-05-05', GB: '2023-05-05', NL: '2023-05-08' },
    ],
    // 3 Jan 2022: substitute bank holiday for New Year's Day in England.
    [
      '2021-12-03',
      '1 month',
      { EU: '2022-01-03', FR: '2022-01-03', IT: '2022-01-03', GR: '2022-01-03', GB: '2022-01-04', NL: '2022-01-03' },
    ],
    // 25 Apr 2023: Festa della Liberazione.
    [
      '2022-04-25',
      '1 year',
      { EU: '2023-04-25', FR: '2023-04-25', IT: '2023-04-26', GR: '2023-04-25', GB: '2023-04-25', NL: '2023-04-25' },
    ],
  ])('%s + %s', (start, period, ends) => {
    for (const jurisdiction of ALL) {
      expect({ jurisdiction, end: deadline(jurisdiction, { start, period }).end }).toEqual({ jurisdiction, end: ends[jurisdiction] });
    }
  });
});

describe('CNIL v Clearview AI (SAN-2022-019)', () => {
  const compliance = deadline('FR', { start: '2022-10-17', period: '2 months', periodSource: 'decision' });

  it('2022-10-17 + 2 months = Sat 17 Dec 2022 → Mon 19 Dec 2022, flagged as an assumption', () => {
    expect(compliance).toMatchObject({ rawEnd: '2022-12-17', end: '2022-12-19', extended: true });
    expect(compliance.assumptions).toHaveLength(1);
  });

  it('the astreinte runs from 20 Dec 2022; 52 days to 9 Feb 2023 = EUR 5,200,000', () => {
    const accrual = accruePenalty({ deadlineEnd: compliance.end, asOf: '2023-02-09', dailyMinor: 10_000_000 });
    expect(accrual).toEqual({
      firstDay: '2022-12-20',
      lastDay: '2023-02-09',
      daysLate: 52,
      accruedMinor: 520_000_000,
      capped: false,
    });
  });

  it('the liquidation of 13 Apr 2023 for 19 Dec 2022 – 9 Feb 2023 matches 52 days', () => {
    expect(checkLiquidation({ from: '2022-12-19', to: '2023-02-09', amountMinor: 520_000_000, dailyMinor: 10_000_000 })).toEqual({
      days: 52,
      expectedMinor: 520_000_000,
      matches: true,
      differenceMinor: 0,
    });
  });
});

describe('CNIL Kourou: notified 18 Dec 2023, +2 months = Sun 18 Feb 2024 (open point)', () => {
  it('extends to Mon 19 Feb 2024 by default, or stays on Sunday if art. 642 does not apply', () => {
    expect(deadline('FR', { start: '2023-12-18', period: '2 months', periodSource: 'decision' }).end).toBe('2024-02-19');
    expect(deadline('FR', { start: '2023-12-18', period: '2 months', extend: false }).end).toBe('2024-02-18');
  });
});
