// The worked examples of eea-rules.md §§ 3–11, one table per jurisdiction, with the real calendars.
// Every expected day was recomputed by hand from the statute and the calendar, not copied from
// the research; where the research's rule is [I] or [M], both readings are tested.
import { describe, expect, it } from 'vitest';
import { createNonWorkingDays, type NonWorkingDayOptions } from '../../../src/calendars/holidays.js';
import { weekdayName } from '../../../src/core/time/calendar-date.js';
import type { DeadlineOptions, Jurisdiction } from '../../../src/core/time/conventions.js';
import { computeDeadline, type DeadlineResult } from '../../../src/core/time/deadline.js';
import { parsePeriod } from '../../../src/core/time/period.js';

function due(
  jurisdiction: Jurisdiction,
  start: string,
  period: string,
  options: DeadlineOptions & { extend?: boolean } = {},
  calendar: NonWorkingDayOptions = {},
): DeadlineResult {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`bad period in test: ${period}`);
  return computeDeadline({ start, period: parsed, jurisdiction, ...options }, createNonWorkingDays(jurisdiction, calendar));
}

describe('IE §3.5: enforcement notice served Tue 3 Dec 2024, "within 28 days" (DPA 2018 s.150(1)); the start day is open', () => {
  it('reading A, Interpretation Act 2005 s.18(h) (the default): the service day is day 1, day 28 is Mon 30 Dec 2024', () => {
    const result = due('IE', '2024-12-03', '28 days');
    expect(result).toMatchObject({ rawEnd: '2024-12-30', end: '2024-12-30', extended: false });
    expect(weekdayName(result.end)).toBe('Monday');
    expect(result.steps[0]).toBe('start 2024-12-03 (Tuesday), counted as day 1 (Interpretation Act 2005 s.18(h))');
    // Reading B and the court-office closures (RSC O.118, 25 Dec + 7 days) are shown with their last day.
    expect(result.assumptions).toEqual([
      expect.stringMatching(/day of service may not count.*under that reading the last day would be 2024-12-31 \(Tuesday\)$/),
      expect.stringMatching(/court offices are closed.*O\.118.*under that reading the last day would be 2025-01-02 \(Thursday\)$/),
    ]);
  });

  it('reading B, the service day not counted: Tue 31 Dec 2024, reading A shown', () => {
    const result = due('IE', '2024-12-03', '28 days', { startDayIncluded: false });
    expect(result).toMatchObject({ rawEnd: '2024-12-31', end: '2024-12-31' });
    expect(result.steps[0]).toBe('start 2024-12-03 (Tuesday), not counted');
    expect(result.assumptions[0]).toMatch(/s\.18\(h\) default the day of service is day 1.*2024-12-30 \(Monday\)$/);
    expect(result.assumptions[1]).toMatch(/2025-01-02 \(Thursday\)$/);
  });

  it.each([
    // Start day included, months [I]: the day before the same date; the month's last day when it has none.
    ['2024-12-03', '1 month', {}, '2025-01-02', '2025-01-02'],
    ['2025-01-28', '1 month', {}, '2025-02-27', '2025-02-27'],
    ['2025-01-31', '1 month', {}, '2025-02-28', '2025-02-28'],
    // 1 Mar 2024 + 1 month, day 1 included: Sun 31 Mar 2024 (Easter Sunday), Easter Monday → Tue 2 Apr.
    ['2024-03-01', '1 month', {}, '2024-03-31', '2024-04-02'],
    ['2024-03-01', '1 month', { startDayIncluded: false }, '2024-04-01', '2024-04-02'],
    // A 1-day period reckoned from a working day ends on that day.
    ['2025-03-18', '1 day', {}, '2025-03-18', '2025-03-18'],
    // St Patrick's Day (Mon 17 Mar 2025) and St Brigid's Day (Mon 3 Feb 2025, since 2023).
    ['2025-03-04', '14 days', {}, '2025-03-17', '2025-03-18'],
    ['2025-01-21', '14 days', {}, '2025-02-03', '2025-02-04'],
    // Good Friday is not a public holiday (court offices close: the other reading).
    ['2025-04-05', '14 days', {}, '2025-04-18', '2025-04-18'],
  ] as const)('%s + %s %j: raw end %s, last day %s', (start, period, options, rawEnd, end) => {
    expect(due('IE', start, period, options)).toMatchObject({ rawEnd, end });
  });

  it('flags the roll-forward, which no Irish rule gives outside the court rules', () => {
    const result = due('IE', '2024-12-04', '25 days');
    expect(result).toMatchObject({ rawEnd: '2024-12-28', end: '2024-12-30', extended: true });
    expect(result.assumptions).toContainEqual(expect.stringMatching(/RSC O\.122 r\.3.*open point/));
  });

  it('shows Good Friday as a court-office closure only', () => {
    expect(due('IE', '2025-04-05', '14 days').assumptions).toContainEqual(
      expect.stringMatching(/court offices are closed.*would be 2025-04-23 \(Wednesday\)$/),
    );
  });
});

describe('LU §4.5: loi du 30 mai 1984 (ETS 76), Saturday a legal holiday for the end', () => {
  it.each([
    // §4.5: notified Mon 31 Jan 2022 + 1 month: February has no 31st → Mon 28 Feb 2022.
    ['2022-01-31', '1 month', '2022-02-28', '2022-02-28'],
    // §4.5: notified Fri 23 May 2025 + 1 month = Mon 23 Jun 2025, National Day → Tue 24 Jun 2025.
    ['2025-05-23', '1 month', '2025-06-23', '2025-06-24'],
    // Saturday 31 May 2025 → Monday 2 June (loi 1984 art. 2).
    ['2025-05-17', '2 weeks', '2025-05-31', '2025-06-02'],
    // Europe Day, Fri 9 May 2025 (a holiday since 2019), then the weekend; a working day in 2018.
    ['2025-04-25', '2 weeks', '2025-05-09', '2025-05-12'],
    ['2018-04-25', '2 weeks', '2018-05-09', '2018-05-09'],
    // Whit Monday 9 June 2025, Ascension Thu 29 May 2025.
    ['2025-05-26', '2 weeks', '2025-06-09', '2025-06-10'],
    ['2025-05-15', '2 weeks', '2025-05-29', '2025-05-30'],
  ])('%s + %s: raw end %s → %s', (start, period, rawEnd, end) => {
    expect(due('LU', start, period)).toMatchObject({ rawEnd, end });
  });

  it('cites the 1984 law and names Saturday as the reason', () => {
    const result = due('LU', '2025-05-17', '2 weeks');
    expect(result.rule).toMatch(/Loi du 30 mai 1984/);
    expect(result.skipped[0]).toEqual({ date: '2025-05-31', reason: 'Saturday' });
  });

  it('shows the 1984 declaration moving National Day off a Sunday (23 June 2024) as another reading', () => {
    const result = due('LU', '2024-05-23', '1 month');
    expect(result).toMatchObject({ rawEnd: '2024-06-23', end: '2024-06-24' });
    expect(result.assumptions).toEqual([expect.stringMatching(/National Day to 24 June.*would be 2024-06-25 \(Tuesday\)$/)]);
  });

  it('flags a period fixed in a CNPD decision that the roll-forward moved', () => {
    const result = due('LU', '2025-05-23', '1 month', { periodSource: 'decision' });
    expect(result.end).toBe('2025-06-24');
    expect(result.assumptions).toContainEqual(expect.stringMatching(/CNPD decision.*unconfirmed/));
  });
});
