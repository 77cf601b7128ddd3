import { describe, it, expect } from 'vitest';
import { computeDeadline, type DeadlineInput, type NonWorkingDays } from '../../../src/core/time/deadline.js';
import { weekday } from '../../../src/core/time/calendar-date.js';
import type { NonWorkingReason } from '../../../src/core/time/working.js';
import { worded } from '../../helpers/worded.js';
import { parsePeriod, type Period } from '../../../src/core/time/period.js';

/** Saturdays, Sundays and the given holidays: enough to test the engine without date-holidays. */
function stubCalendar(holidays: Record<string, string> = {}, weekend: readonly number[] = [6, 0]): NonWorkingDays {
  return {
    reasonIfNonWorking(date) {
      const reasons: NonWorkingReason[] = [];
      const day = weekday(date);
      if (weekend.includes(day)) reasons.push({ kind: 'weekday', weekday: day });
      const holiday = holidays[date];
      if (holiday !== undefined) reasons.push({ kind: 'holiday', name: holiday });
      return reasons.length > 0 ? reasons : undefined;
    },
  };
}

const weekends = stubCalendar();
const EASTER_2022 = { '2022-04-15': 'Good Friday', '2022-04-18': 'Easter Monday' };

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed) throw new Error(`bad period in test: ${text}`);
  return parsed;
}

function deadline(input: Omit<DeadlineInput, 'period'> & { period: string }, calendar = weekends) {
  return worded(computeDeadline({ ...input, period: period(input.period) }, calendar));
}

describe('counting', () => {
  it.each([
    ['2022-10-20', '2 months', '2022-12-20'],
    ['2022-10-20', '1 day', '2022-10-21'],
    ['2022-10-20', '28 days', '2022-11-17'],
    ['2022-10-20', '6 weeks', '2022-12-01'],
    ['2022-10-20', '1 year', '2023-10-20'],
    ['2023-12-31', '2 months', '2024-02-29'],
    ['2024-02-29', '4 years', '2028-02-29'],
  ])('%s + %s ends on %s, a working day', (start, text, end) => {
    const result = deadline({ start, period: text, jurisdiction: 'FR' });
    expect(result).toMatchObject({ rawEnd: end, end, extended: false, skipped: [] });
  });

  it('shows the working', () => {
    const result = deadline({ start: '2022-10-17', period: '2 months', jurisdiction: 'FR' });
    expect(result.steps).toEqual([
      'start 2022-10-17 (Monday), not counted',
      '+ 2 months → 2022-12-17 (Saturday)',
      '2022-12-17 (Saturday) skipped: Saturday',
      '2022-12-18 (Sunday) skipped: Sunday',
      '→ next working day 2022-12-19 (Monday) (Code de procédure civile art. 640–642)',
      'end 2022-12-19 (Monday), 24:00 local time',
    ]);
    expect(result).toMatchObject({
      rawEnd: '2022-12-17',
      end: '2022-12-19',
      extended: true,
      rule: 'Code de procédure civile art. 640–642',
      closingTime: '24:00',
      skipped: [
        { date: '2022-12-17', reason: 'Saturday' },
        { date: '2022-12-18', reason: 'Sunday' },
      ],
      assumptions: [],
    });
  });

  it('says when the month is too short', () => {
    const result = deadline({ start: '2023-12-31', period: '2 months', jurisdiction: 'EU' });
    expect(result.steps[1]).toBe('+ 2 months → 2024-02-29 (Thursday); the month has no day 31, so its last day');
  });

  it('does not mutate or share the input period', () => {
    const input: DeadlineInput = { start: '2022-10-20', period: { count: 2, unit: 'month' }, jurisdiction: 'FR' };
    const result = worded(computeDeadline(input, weekends));
    expect(result.period).toEqual(input.period);
    expect(result.period).not.toBe(input.period);
  });
});

describe('roll-forward', () => {
  it('rolls over a weekend and a holiday', () => {
    const calendar = stubCalendar(EASTER_2022);
    const result = deadline({ start: '2022-03-15', period: '1 month', jurisdiction: 'NL' }, calendar);
    expect(result.end).toBe('2022-04-19');
    expect(result.skipped.map((day) => day.date)).toEqual(['2022-04-15', '2022-04-16', '2022-04-17', '2022-04-18']);
  });

  it('can be switched off, and says the last day is non-working', () => {
    const result = deadline({ start: '2022-10-17', period: '2 months', jurisdiction: 'FR', extend: false });
    expect(result).toMatchObject({ end: '2022-12-17', extended: false, skipped: [] });
    expect(result.steps).toContain('2022-12-17 (Saturday) is non-working (Saturday) but the period is not extended');
  });

  it('NL: a period fixed in a decision is not extended by the ATW, and says so', () => {
    const result = deadline({ start: '2022-10-17', period: '2 months', jurisdiction: 'NL', periodSource: 'decision' });
    expect(result.end).toBe('2022-12-17');
    expect(result.assumptions).toEqual([expect.stringMatching(/statute only/)]);
  });

  it('FR: a CNIL compliance period is extended by default, flagged as an assumption', () => {
    const result = deadline({ start: '2022-10-17', period: '2 months', jurisdiction: 'FR', periodSource: 'decision' });
    expect(result.end).toBe('2022-12-19');
    expect(result.assumptions).toEqual([expect.stringMatching(/CPC art\. 642 .* CNIL .* unconfirmed/)]);
  });

  it('raises the decision-period caveat only when the last day is non-working', () => {
    const result = deadline({ start: '2022-10-20', period: '2 months', jurisdiction: 'FR', periodSource: 'decision' });
    expect(result).toMatchObject({ end: '2022-12-20', assumptions: [] });
  });

  it('an explicit extend overrides the default without an assumption', () => {
    const input = { start: '2022-10-17', period: '2 months', periodSource: 'decision' } as const;
    expect(deadline({ ...input, jurisdiction: 'NL', extend: true })).toMatchObject({ end: '2022-12-19', assumptions: [] });
    expect(deadline({ ...input, jurisdiction: 'FR', extend: false })).toMatchObject({ end: '2022-12-17', assumptions: [] });
  });

  it('flags a Saturday only where the Saturday rule is unsettled (IT, GR)', () => {
    const input = { start: '2022-10-20', period: '30 days' } as const;
    expect(deadline({ ...input, jurisdiction: 'IT' }).assumptions).toEqual([expect.stringMatching(/art\. 155\(5\)/)]);
    expect(deadline({ ...input, jurisdiction: 'GR' }).assumptions).toEqual([expect.stringMatching(/144\(3\)/)]);
    expect(deadline({ ...input, jurisdiction: 'FR' }).assumptions).toEqual([]);
  });

  it('GB tribunal periods close at 17:00', () => {
    const result = deadline({ start: '2022-10-20', period: '28 days', jurisdiction: 'GB' });
    expect(result.closingTime).toBe('17:00');
    expect(result.steps.at(-1)).toBe('end 2022-11-17 (Thursday), 17:00 local time');
  });

  it('stops with a clear error on a calendar without working days', () => {
    const never: NonWorkingDays = { reasonIfNonWorking: () => [{ kind: 'listed', text: 'closed' }] };
    expect(() => deadline({ start: '2022-10-17', period: '2 months', jurisdiction: 'FR' }, never)).toThrow(
      /no working day within 366 days after 2022-12-17/,
    );
    expect(() => deadline({ start: '2022-10-17', period: '2 working days', jurisdiction: 'FR' }, never)).toThrow(
      /declares too many consecutive days/,
    );
  });
});

describe('EU: Reg. 1182/71 art. 3(5), at least two working days', () => {
  it('moves a 2-day period over Easter to include a second working day', () => {
    const result = deadline({ start: '2022-04-14', period: '2 days', jurisdiction: 'EU' }, stubCalendar(EASTER_2022));
    expect(result.end).toBe('2022-04-20');
    expect(result.steps).toContain('Reg. 1182/71 art. 3(5): at least 2 working days in the period → 2022-04-20 (Wednesday)');
    expect(result.assumptions).toEqual([expect.stringMatching(/art\. 3\(5\)/)]);
  });

  it('does not apply in France, nor to a 1-day period', () => {
    const calendar = stubCalendar(EASTER_2022);
    expect(deadline({ start: '2022-04-14', period: '2 days', jurisdiction: 'FR' }, calendar).end).toBe('2022-04-19');
    expect(deadline({ start: '2022-04-14', period: '1 day', jurisdiction: 'EU' }, calendar).end).toBe('2022-04-19');
  });
});

describe('working days', () => {
  it.each([
    ['2022-10-21', '1 working day', '2022-10-24'],
    ['2022-10-22', '1 working day', '2022-10-24'],
    ['2022-10-20', '5 working days', '2022-10-27'],
    ['2022-04-13', '2 working days', '2022-04-19'],
  ])('%s + %s = %s', (start, text, end) => {
    const result = deadline({ start, period: text, jurisdiction: 'EU' }, stubCalendar(EASTER_2022));
    expect(result).toMatchObject({ rawEnd: end, end, extended: false });
  });

  it('lists the days it did not count', () => {
    const result = deadline({ start: '2022-04-13', period: '2 working days', jurisdiction: 'GB' }, stubCalendar(EASTER_2022));
    expect(result.steps.slice(1, 3)).toEqual([
      '+ 2 working days → 2022-04-19 (Tuesday), not counting:',
      '2022-04-15 (Friday) skipped: public holiday: Good Friday',
    ]);
    expect(result.skipped).toHaveLength(4);
  });

  it('keeps every skipped day but lists at most 20 in the steps', () => {
    const result = deadline({ start: '2022-01-03', period: '100 working days', jurisdiction: 'FR' });
    expect(result.end).toBe('2022-05-23');
    expect(result.skipped).toHaveLength(40);
    expect(result.steps.filter((line) => line.includes(' skipped: '))).toHaveLength(20);
    expect(result.steps).toContain('… and 20 more non-working days skipped');
  });
});

describe('FR délai franc (Conseil d’État)', () => {
  it('adds one day, then extends', () => {
    const result = deadline({ start: '2022-10-16', period: '2 months', jurisdiction: 'FR', francDelay: true });
    expect(result).toMatchObject({ rawEnd: '2022-12-17', end: '2022-12-19', extended: true });
    expect(result.rule).toMatch(/CE 29 Dec 2006 n°289818/);
    expect(result.steps).toContain('délai franc: + 1 day → 2022-12-17 (Saturday)');
  });

  it('is French and calendar-day only', () => {
    expect(() => deadline({ start: '2022-10-20', period: '2 months', jurisdiction: 'IT', francDelay: true })).toThrow(
      /francDelay applies to FR only/,
    );
    expect(() => deadline({ start: '2022-10-20', period: '2 working days', jurisdiction: 'FR', francDelay: true })).toThrow(
      /calendar days/,
    );
  });
});

describe('IT summer suspension (option, default off)', () => {
  const italy = (start: string, text: string, summerSuspension?: boolean) =>
    deadline({ start, period: text, jurisdiction: 'IT', ...(summerSuspension === undefined ? {} : { summerSuspension }) });

  it('is off by default', () => {
    expect(italy('2022-07-20', '30 days').end).toBe('2022-08-19');
  });

  it.each([
    ['2022-07-20', '30 days', '2022-09-19'],
    // A period that would start in August starts on 1 September.
    ['2022-08-10', '30 days', '2022-09-30'],
    ['2022-08-10', '1 month', '2022-09-30'],
    ['2022-07-15', '1 month', '2022-09-15'],
    // 10 Aug + 31 days → Sat 10 Sep → Mon 12 Sep.
    ['2022-06-10', '2 months', '2022-09-12'],
    // No August inside: 1 Oct 2022 is a Saturday, so Monday.
    ['2022-09-01', '30 days', '2022-10-03'],
  ])('%s + %s = %s', (start, text, end) => {
    expect(italy(start, text, true).end).toBe(end);
  });

  it('adds the suspended days to a period in months, as an assumption', () => {
    const result = italy('2022-07-15', '1 month', true);
    expect(result.steps).toContain('+ 15 days of summer suspension (L. 742/1969 art. 1) → 2022-09-15 (Thursday)');
    expect(result.assumptions).toEqual([expect.stringMatching(/Cassazione practice, unverified/)]);
    expect(result.rule).toBe('Codice di procedura civile art. 155; L. 742/1969 art. 1');
  });

  it('skips August when counting working days', () => {
    expect(italy('2022-07-29', '2 working days', true).end).toBe('2022-09-02');
  });

  it('adds 31 days for each August inside a period in years', () => {
    // 15 Jul 2023 + 31 running days, and August 2023 does not run either.
    expect(italy('2022-07-15', '1 year', true).rawEnd).toBe('2023-09-15');
    expect(italy('2022-07-15', '2 years', false).rawEnd).toBe('2024-07-15');
    expect(italy('2022-07-15', '2 years', true).rawEnd).toBe('2024-10-16');
  });
});

describe('input validation', () => {
  it.each([
    [{ start: '2022-02-30', period: { count: 2, unit: 'month' }, jurisdiction: 'FR' }, /start is not a calendar date: "2022-02-30"/],
    [{ start: '2022-02-20', period: { count: 0, unit: 'month' }, jurisdiction: 'FR' }, /not a valid period/],
    [{ start: '2022-02-20', period: { count: 2, unit: 'month' }, jurisdiction: 'UK' }, /unknown jurisdiction: "UK"/],
  ])('refuses %j', (input, message) => {
    expect(() => computeDeadline(input as DeadlineInput, weekends)).toThrow(message);
  });
});
