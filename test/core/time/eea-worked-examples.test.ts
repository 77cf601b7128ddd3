// The worked examples of eea-rules.md §§ 3–11, one table per jurisdiction, with the real calendars.
// Every expected day was recomputed by hand from the statute and the calendar, not copied from
// the research; where the research's rule is [I] or [M], both readings are tested.
import { describe, expect, it } from 'vitest';
import { createNonWorkingDays, type NonWorkingDayOptions } from '../../../src/calendars/holidays.js';
import { englishWeekday as weekdayName, worded, type WordedResult } from '../../helpers/worded.js';
import type { DeadlineOptions, Jurisdiction } from '../../../src/core/time/conventions.js';
import { computeDeadline } from '../../../src/core/time/deadline.js';
import { parsePeriod } from '../../../src/core/time/period.js';

function due(
  jurisdiction: Jurisdiction,
  start: string,
  period: string,
  options: DeadlineOptions & { extend?: boolean } = {},
  calendar: NonWorkingDayOptions = {},
): WordedResult {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`bad period in test: ${period}`);
  return worded(computeDeadline({ start, period: parsed, jurisdiction, ...options }, createNonWorkingDays(jurisdiction, calendar)));
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

describe('ES §5.5: Ley 39/2015 art. 30 (días hábiles), LJCA arts. 46.1 and 128.2', () => {
  it('[C] an Orden published Thu 4 Jan 2024, 2 months (LJCA 46.1): Mon 4 Mar 2024, the Christmas court holidays not stopping it', () => {
    for (const summerSuspension of [false, true]) {
      expect(due('ES', '2024-01-04', '2 months', { summerSuspension })).toMatchObject({ rawEnd: '2024-03-04', end: '2024-03-04' });
    }
  });

  it.each([
    // §5.5 [I]: 10 días hábiles from Wed 30 Apr 2025, national holidays only: 1 May and the weekends are left out.
    ['2025-04-30', [], '2025-05-15'],
    // With 2 May (Comunidad de Madrid): Fri 16 May 2025, as the research says.
    ['2025-04-30', ['2025-05-02'], '2025-05-16'],
    // With San Isidro, 15 May (Madrid city) too: Mon 19 May 2025.
    ['2025-04-30', ['2025-05-02', '2025-05-15'], '2025-05-19'],
    // Saturdays are not días hábiles: Mon 2 Jun 2025 + 10 días hábiles = Mon 16 Jun 2025.
    ['2025-06-02', [], '2025-06-16'],
  ])('%s + 10 days, extra non-working days %j: %s', (start, extra, end) => {
    const extraDays = extra.map((date) => ({ date, name: 'community or local holiday' }));
    const result = due('ES', start, '10 days', {}, { extraDays });
    expect(result).toMatchObject({ rawEnd: end, end });
    expect(result.steps[1]).toBe('a period in days counts working days only (Ley 39/2015 art. 30.2: días hábiles)');
    expect(result.assumptions).toContainEqual(expect.stringMatching(/autonomous community or municipality.*art\. 30\.6/));
  });

  it('counts calendar days when natural days are asked for (art. 30.2)', () => {
    expect(due('ES', '2025-06-02', '10 days', { naturalDays: true })).toMatchObject({ rawEnd: '2025-06-12', end: '2025-06-12' });
  });

  it.each([
    // August taken out as a whole month: Fri 4 Jul 2025 + 2 months → Sat 4 Oct 2025 → Mon 6 Oct 2025.
    ['2025-07-04', '2025-10-04', '2025-10-06'],
    // 15 Jun 2025 + 2 months = 15 Aug → 15 Sep 2025 (Monday).
    ['2025-06-15', '2025-09-15', '2025-09-15'],
    // Notified in August: counted from 1 September (STS 2 June 2020): Fri 31 Oct 2025, the other end flagged.
    ['2025-08-12', '2025-10-31', '2025-10-31'],
    // No August inside: unchanged.
    ['2025-02-10', '2025-04-10', '2025-04-10'],
  ])('LJCA art. 128.2: %s + 2 months, August not running: raw end %s → %s', (start, rawEnd, end) => {
    const result = due('ES', start, '2 months', { summerSuspension: true });
    expect(result).toMatchObject({ rawEnd, end });
    expect(result.rule).toBe('Ley 39/2015 art. 30 (court appeals: LJCA arts. 46.1 and 128.2); LJCA art. 128.2');
  });

  it.each([
    // 26 weeks from Sat 31 Jan 2026: Sat 1 Aug, inhábil twice over → Tue 1 Sep 2026.
    ['2026-01-31', '26 weeks', {}, '2026-08-01', '2026-09-01'],
    // Two days later: Mon 3 Aug 2026, a weekday but in August → Tue 1 Sep 2026, never before the one above.
    ['2026-02-02', '26 weeks', {}, '2026-08-03', '2026-09-01'],
    // Ending on Mon 31 Aug 2026 → Tue 1 Sep; on Tue 1 Sep itself: unchanged (August passed through, so flagged).
    ['2026-03-02', '26 weeks', {}, '2026-08-31', '2026-09-01'],
    ['2026-03-03', '26 weeks', {}, '2026-09-01', '2026-09-01'],
    // Natural days: Fri 24 Jul 2026 + 10 days = Mon 3 Aug → Tue 1 Sep 2026.
    ['2026-07-24', '10 days', { naturalDays: true }, '2026-08-03', '2026-09-01'],
  ])('LJCA art. 128.2: %s + %s %j reaches August, whose days are inhábiles: raw end %s → %s', (start, period, options, rawEnd, end) => {
    const result = due('ES', start, period, { summerSuspension: true, ...options });
    expect(result).toMatchObject({ rawEnd, end, extended: rawEnd !== end });
    const skipped = rawEnd === end ? [] : [{ date: rawEnd, reason: 'summer suspension (LJCA art. 128.2): August' }];
    expect(result.skipped).toEqual(skipped);
    expect(result.assumptions).toContainEqual(expect.stringMatching(/weeks or calendar days.*August's days in it.*open point/));
  });

  it('gives the August note to counts in weeks that pass through August only', () => {
    const through = due('ES', '2026-07-20', '8 weeks', { summerSuspension: true });
    expect(through).toMatchObject({ rawEnd: '2026-09-14', end: '2026-09-14' });
    expect(through.assumptions).toContainEqual(expect.stringMatching(/weeks or calendar days/));
    const before = due('ES', '2026-03-02', '8 weeks', { summerSuspension: true });
    expect(before.assumptions).not.toContainEqual(expect.stringMatching(/weeks or calendar days/));
    // Without the option August is an ordinary month: Mon 3 Aug 2026 stays.
    expect(due('ES', '2026-02-02', '26 weeks')).toMatchObject({ rawEnd: '2026-08-03', end: '2026-08-03' });
  });

  it('says which point the August start rests on', () => {
    expect(due('ES', '2025-08-12', '2 months', { summerSuspension: true }).assumptions).toContainEqual(
      expect.stringMatching(/STS 552\/2022/),
    );
  });
});

describe('BE §6.5: Code judiciaire arts. 52–53, the 3rd working day after posting (art. 53bis)', () => {
  it('posted by plain registered letter on Mon 2 Jun 2025: deemed notified Thu 5 Jun; 30 days → Sat 5 Jul → Mon 7 Jul 2025', () => {
    const notified = due('BE', '2025-06-02', '3 working days');
    expect(notified.end).toBe('2025-06-05');
    const appeal = due('BE', notified.end, '30 days');
    expect(appeal).toMatchObject({ rawEnd: '2025-07-05', end: '2025-07-07', extended: true });
    expect(appeal.steps.at(-1)).toMatch(/art\. 53bis/);
  });

  it.each([
    // §6.5: with acknowledgment of receipt, presented Tue 3 Jun 2025: 30 days → Thu 3 Jul 2025.
    ['2025-06-03', '30 days', '2025-07-03', '2025-07-03'],
    // National Day, Mon 21 Jul 2025; Armistice, Tue 11 Nov 2025.
    ['2025-06-21', '30 days', '2025-07-21', '2025-07-22'],
    ['2025-10-12', '30 days', '2025-11-11', '2025-11-12'],
    // 26 December is not a legal holiday in Belgium.
    ['2025-11-26', '30 days', '2025-12-26', '2025-12-26'],
  ])('%s + %s: raw end %s → %s', (start, period, rawEnd, end) => {
    expect(due('BE', start, period)).toMatchObject({ rawEnd, end });
  });

  it('does not move a period fixed in an APD decision (art. 53 covers procedural acts only), and says so', () => {
    const result = due('BE', '2025-06-05', '30 days', { periodSource: 'decision' });
    expect(result).toMatchObject({ end: '2025-07-05', extended: false });
    expect(result.assumptions).toContainEqual(expect.stringMatching(/procedural periods only/));
  });
});

describe('PL §7.5: KC art. 115 / KPA art. 57 §4, Saturday and statutory days off', () => {
  it.each([
    // §7.5: served Sat 18 Oct 2025 + 14 days = Sat 1 Nov (All Saints); Sun 2 Nov → Mon 3 Nov 2025.
    ['2025-10-18', '14 days', '2025-11-01', '2025-11-03'],
    // 24 December is a day off since 2025: Wed 24 Dec 2025 → Mon 29 Dec; in 2024 it was a working day.
    ['2025-12-10', '14 days', '2025-12-24', '2025-12-29'],
    ['2024-12-10', '14 days', '2024-12-24', '2024-12-24'],
    // Constitution Day Sat 3 May 2025 → Mon 5 May; Corpus Christi Thu 19 Jun 2025 → Fri 20 Jun.
    ['2025-04-19', '14 days', '2025-05-03', '2025-05-05'],
    ['2025-06-05', '14 days', '2025-06-19', '2025-06-20'],
  ])('%s + %s: raw end %s → %s', (start, period, rawEnd, end) => {
    expect(due('PL', start, period)).toMatchObject({ rawEnd, end });
  });
});

describe('SE §8.5: lag 1930:173 § 2, Saturdays and the eves', () => {
  it.each([
    // §8.5: received Thu 5 Dec 2024 + 3 weeks = Thu 26 Dec (annandag jul) → Fri 27 Dec 2024.
    ['2024-12-05', '3 weeks', '2024-12-26', '2024-12-27'],
    // §8.5: received Tue 3 Dec 2024 + 3 weeks = Tue 24 Dec (julafton); 25–26 Dec → Fri 27 Dec 2024.
    ['2024-12-03', '3 weeks', '2024-12-24', '2024-12-27'],
    // Nyårsafton, Tue 31 Dec 2024 → Thu 2 Jan 2025 (1 January a holiday).
    ['2024-12-10', '3 weeks', '2024-12-31', '2025-01-02'],
    // Midsommarafton, Fri 20 Jun 2025 → Mon 23 Jun 2025 (midsommardagen Sat 21 Jun).
    ['2025-05-30', '3 weeks', '2025-06-20', '2025-06-23'],
    // National Day, Fri 6 Jun 2025 → Mon 9 Jun (Whit Monday is a working day since 2005).
    ['2025-05-16', '3 weeks', '2025-06-06', '2025-06-09'],
  ])('%s + %s: raw end %s → %s', (start, period, rawEnd, end) => {
    expect(due('SE', start, period)).toMatchObject({ rawEnd, end });
  });

  it('flags the start of a period in days, which the 1930 Act does not settle', () => {
    expect(due('SE', '2025-06-02', '10 days').assumptions).toContainEqual(expect.stringMatching(/1930:173 has no such rule/));
    expect(due('SE', '2025-06-02', '3 weeks').assumptions).toEqual([]);
  });
});

describe('NO §9.5: domstolloven § 149, Saturday, helgedag or a day equated by law', () => {
  it.each([
    // §9.5: received Thu 8 May 2025 + 3 weeks = Thu 29 May (Ascension) → Fri 30 May 2025.
    ['2025-05-08', '3 weeks', '2025-05-29', '2025-05-30'],
    // 17 May 2024 (Friday, equated by law) → Mon 20 May 2024 = Whit Monday → Tue 21 May 2024.
    ['2024-04-26', '3 weeks', '2024-05-17', '2024-05-21'],
    // Maundy Thursday 17 Apr 2025 → Tue 22 Apr 2025.
    ['2025-03-27', '3 weeks', '2025-04-17', '2025-04-22'],
  ])('%s + %s: raw end %s → %s', (start, period, rawEnd, end) => {
    expect(due('NO', start, period)).toMatchObject({ rawEnd, end });
  });

  it('keeps 24 December a working day, showing the other reading', () => {
    const result = due('NO', '2025-12-03', '3 weeks');
    expect(result).toMatchObject({ rawEnd: '2025-12-24', end: '2025-12-24' });
    expect(result.assumptions).toEqual([expect.stringMatching(/Christmas Eve and New Year's Eve.*would be 2025-12-29 \(Monday\)$/)]);
  });
});

describe('DK §10.5: forældelsesloven § 27 by analogy', () => {
  it.each([
    // §10.5: from Fri 31 Jan 2025, 1 month: Fri 28 Feb 2025.
    ['2025-01-31', '1 month', '2025-02-28', '2025-02-28'],
    // §10.5: ending Thu 5 Jun 2025 (grundlovsdag) → Fri 6 Jun 2025.
    ['2025-05-05', '1 month', '2025-06-05', '2025-06-06'],
    // 31 December 2025 (Wednesday) → Fri 2 Jan 2026; 24 December 2025 → Mon 29 Dec.
    ['2025-12-17', '2 weeks', '2025-12-31', '2026-01-02'],
    ['2025-12-10', '2 weeks', '2025-12-24', '2025-12-29'],
    // Store bededag was abolished from 2024: Fri 16 May 2025 is a working day, Fri 5 May 2023 was not.
    ['2025-05-02', '2 weeks', '2025-05-16', '2025-05-16'],
    ['2023-04-21', '2 weeks', '2023-05-05', '2023-05-08'],
  ])('%s + %s: raw end %s → %s', (start, period, rawEnd, end) => {
    expect(due('DK', start, period)).toMatchObject({ rawEnd, end });
  });

  it('says on every result that the rule is applied by analogy', () => {
    expect(due('DK', '2025-01-31', '1 month').assumptions).toEqual([expect.stringMatching(/no general act.*by analogy/)]);
  });
});

describe('FI §11.5: laki 150/1930 § 5, the eves push the end, 31 December does not', () => {
  it.each([
    // §11.5: served Mon 24 Nov 2025 + 30 days = Wed 24 Dec (jouluaatto); 25–26 Dec, Sat 27, Sun 28 → Mon 29 Dec 2025.
    ['2025-11-24', '30 days', '2025-12-24', '2025-12-29'],
    // 31 December is not in § 5 (date-holidays types it 'bank'): Wed 31 Dec 2025 stays.
    ['2025-12-01', '30 days', '2025-12-31', '2025-12-31'],
    // Juhannusaatto Fri 20 Jun 2025 → Mon 23 Jun 2025; itsenäisyyspäivä Sat 6 Dec 2025 → Mon 8 Dec.
    ['2025-05-21', '30 days', '2025-06-20', '2025-06-23'],
    ['2025-11-06', '30 days', '2025-12-06', '2025-12-08'],
    // Vapunpäivä, Thu 1 May 2025 → Fri 2 May.
    ['2025-04-01', '30 days', '2025-05-01', '2025-05-02'],
  ])('%s + %s: raw end %s → %s', (start, period, rawEnd, end) => {
    expect(due('FI', start, period)).toMatchObject({ rawEnd, end });
  });

  it('says that an act at an office must be done before it closes (§ 6)', () => {
    expect(due('FI', '2025-11-24', '30 days').steps.at(-1)).toMatch(/150\/1930 § 6/);
  });
});
