// AVG §§ 32–33 (AT), VwVfG § 31 with BGB §§ 187–193 per Land (DE), and ATW art. 2 and 4 (NL), with
// the real calendars; worked examples of eea-rules.md §§ 12.5 and 13.5.
import { describe, expect, it } from 'vitest';
import { createNonWorkingDays } from '../../../src/calendars/holidays.js';
import { englishWeekday as weekdayName, worded, type WordedResult } from '../../helpers/worded.js';
import { jurisdictionProblem, type Jurisdiction } from '../../../src/core/time/conventions.js';
import { computeDeadline } from '../../../src/core/time/deadline.js';
import { parsePeriod } from '../../../src/core/time/period.js';

function due(jurisdiction: Jurisdiction, start: string, period: string, extra: { extend?: boolean } = {}): WordedResult {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`bad period in test: ${period}`);
  return worded(computeDeadline({ start, period: parsed, jurisdiction, ...extra }, createNonWorkingDays(jurisdiction)));
}

describe('AT: AVG § 33(2), the end moves past Saturday, Sunday, holidays, Good Friday and 24 December', () => {
  it.each([
    // eea-rules.md §13.5: served Tue 26 Nov 2024 + 4 weeks = Tue 24 Dec; 25–26 Dec holidays → Fri 27 Dec.
    ['2024-11-26', '4 weeks', '2024-12-24', '2024-12-27', '24 December'],
    // §13.5: served Fri 21 Mar 2025 + 4 weeks = Good Friday 18 Apr; Sat, Sun, Easter Monday → Tue 22 Apr.
    ['2025-03-21', '4 weeks', '2025-04-18', '2025-04-22', 'Good Friday'],
    ['2024-10-12', '2 weeks', '2024-10-26', '2024-10-28', 'Saturday (and National Day)'],
    ['2024-11-10', '1 week', '2024-11-17', '2024-11-18', 'Sunday'],
    ['2024-11-08', '3 weeks', '2024-11-29', '2024-11-29', 'an ordinary Friday'],
    // Chained: Immaculate Conception on a Friday (8 Dec 2028), then the weekend → Monday (VwGH).
    ['2028-11-08', '1 month', '2028-12-08', '2028-12-11', 'a holiday, then the weekend'],
    ['2025-05-29', '1 week', '2025-06-05', '2025-06-05', 'a Thursday; Whit Monday is 9 June'],
    ['2025-05-12', '10 days', '2025-05-22', '2025-05-22', 'no holiday'],
    ['2025-06-12', '1 week', '2025-06-19', '2025-06-20', 'Corpus Christi'],
  ])('%s + %s: raw end %s → %s (%s)', (start, period, rawEnd, end) => {
    expect(due('AT', start, period)).toMatchObject({ rawEnd, end });
  });

  it('does not count days in the post, and says so on the result', () => {
    expect(due('AT', '2024-11-26', '4 weeks').steps.at(-1)).toMatch(/AVG § 33\(3\): days in the post are not counted/);
  });

  it('31 December is a working day (only 24 December is named)', () => {
    expect(due('AT', '2024-12-03', '4 weeks').end).toBe('2024-12-31');
  });
});

describe('DE: holidays of the Land where the act is done (VwVfG § 31(3), BGB § 193)', () => {
  it.each<[string, string, string, Partial<Record<Jurisdiction, string>>]>([
    // eea-rules.md §12.5: Fri 17 Oct 2025 + 2 weeks = Reformation Day: Hamburg and Lower Saxony roll, Bavaria and NRW do not.
    [
      '2025-10-17',
      '2 weeks',
      'Reformation Day',
      { 'DE-HH': '2025-11-03', 'DE-NI': '2025-11-03', 'DE-BY': '2025-10-31', 'DE-NW': '2025-10-31' },
    ],
    // Epiphany, Mon 6 Jan 2025: Bavaria, Baden-Württemberg and Saxony-Anhalt only.
    ['2024-12-23', '2 weeks', 'Epiphany', { 'DE-BY': '2025-01-07', 'DE-BW': '2025-01-07', 'DE-ST': '2025-01-07', 'DE-HH': '2025-01-06' }],
    // Corpus Christi, Thu 19 Jun 2025.
    [
      '2025-06-05',
      '2 weeks',
      'Corpus Christi',
      { 'DE-BY': '2025-06-20', 'DE-HE': '2025-06-20', 'DE-HH': '2025-06-19', 'DE-SN': '2025-06-19' },
    ],
    // All Saints, Sat 1 Nov 2025 → Mon 3 Nov everywhere (a Saturday), but 3 Nov is no holiday.
    ['2025-10-01', '1 month', 'All Saints on a Saturday', { 'DE-BY': '2025-11-03', 'DE-HH': '2025-11-03' }],
    // Buß- und Bettag, Wed 19 Nov 2025: Saxony only.
    ['2025-11-05', '2 weeks', 'Day of Prayer and Repentance', { 'DE-SN': '2025-11-20', 'DE-BY': '2025-11-19' }],
    // International Women's Day, Fri 8 Mar 2024: Berlin and (since 2023) Mecklenburg-Western Pomerania.
    ['2024-02-23', '2 weeks', "Women's Day", { 'DE-BE': '2024-03-11', 'DE-MV': '2024-03-11', 'DE-BB': '2024-03-08' }],
    // eea-rules.md §12.5: Widerspruchsbescheid Fri 31 Jan 2025 + 1 month = Fri 28 Feb 2025.
    ['2025-01-31', '1 month', 'end of February', { 'DE-BY': '2025-02-28', 'DE-HH': '2025-02-28' }],
  ])('%s + %s (%s)', (start, period, _, ends) => {
    for (const [jurisdiction, end] of Object.entries(ends)) {
      expect({ jurisdiction, end: due(jurisdiction as Jurisdiction, start, period).end }).toEqual({ jurisdiction, end });
    }
  });

  it('Bavaria: 15 August is left out, and the Catholic-municipality reading is shown when it matters', () => {
    const result = due('DE-BY', '2025-08-01', '2 weeks');
    expect(result.end).toBe('2025-08-15');
    expect(result.assumptions.join(' ')).toMatch(/mainly Catholic population.*last day would be 2025-08-18 \(Monday\)/);
    expect(due('DE-SL', '2025-08-01', '2 weeks').end).toBe('2025-08-18');
  });

  it('24 and 31 December are working days', () => {
    expect(due('DE-BY', '2025-12-10', '2 weeks').end).toBe('2025-12-24');
    expect(weekdayName('2025-12-24')).toBe('Wednesday');
  });

  it('plain DE is refused with the list of Länder', () => {
    expect(jurisdictionProblem('DE')).toMatch(/needs a Land.*DE-BW, DE-BY.*DE-TH/);
    expect(jurisdictionProblem('XX')).toMatch(/not a supported jurisdiction; use one of EU, FR.*AT, DE-BW/);
  });
});

describe('NL: ATW art. 2 (three days or more hold two working days) and art. 4(a) (long periods)', () => {
  it.each([
    // Thu 28 Mar 2024 + 3 days = Sun 31 Mar; Easter Monday → Tue 2 Apr, which holds only one working day
    // after Good Friday: art. 2 → Wed 3 Apr.
    ['2024-03-28', '3 days', '2024-04-03'],
    ['2024-03-28', '2 days', '2024-04-02'],
    ['2024-03-26', '3 days', '2024-04-02'],
    ['2023-12-22', '3 days', '2023-12-28'],
    ['2024-05-08', '3 days', '2024-05-14'],
    ['2022-10-20', '6 weeks', '2022-12-01'],
  ])('%s + %s → %s', (start, period, end) => {
    expect(due('NL', start, period).end).toBe(end);
  });

  it.each([
    ['2022-09-25', '3 months', '2022-12-27', 'three months: still covered'],
    ['2022-06-25', '6 months', '2022-12-25', 'more than three months: not extended'],
    ['2021-12-25', '1 year', '2022-12-25', 'a year: not extended'],
    ['2022-09-26', '90 days', '2022-12-27', '90 days: covered'],
    ['2022-09-25', '91 days', '2022-12-25', '91 days: not extended'],
    ['2022-10-02', '12 weeks', '2022-12-27', 'twelve weeks: covered'],
    ['2022-09-25', '13 weeks', '2022-12-25', 'thirteen weeks: not extended'],
  ])('%s + %s → %s (%s)', (start, period, end) => {
    expect(due('NL', start, period).end).toBe(end);
  });

  it('says why a long period is not extended, and an explicit extend still wins', () => {
    expect(due('NL', '2022-06-25', '6 months').steps).toContain(
      'ATW art. 4(a): the statute does not apply to a period of 6 months, so its last day is not moved',
    );
    expect(due('NL', '2022-06-25', '6 months', { extend: true }).end).toBe('2022-12-27');
  });

  it('counts the royal decree days: Fri 10 May 2024 and Fri 2 Jan 2026', () => {
    expect(due('NL', '2024-04-26', '2 weeks')).toMatchObject({ rawEnd: '2024-05-10', end: '2024-05-13' });
    expect(due('NL', '2025-12-19', '2 weeks')).toMatchObject({ rawEnd: '2026-01-02', end: '2026-01-05' });
  });
});

describe('GR: Labour Day moved by ministerial decision (an open point)', () => {
  it('keeps 1 May 2024 and names the other reading with its last day', () => {
    const result = due('GR', '2024-04-06', '25 days');
    expect(result.end).toBe('2024-05-02');
    expect(result.assumptions.join(' ')).toMatch(/moved to Tue 7 May 2024.*last day would be 2024-05-01 \(Wednesday\)/);
  });

  it('says nothing when the move cannot change the end', () => {
    expect(due('GR', '2024-03-01', '10 days').assumptions.join(' ')).not.toMatch(/Labour Day/);
  });
});
