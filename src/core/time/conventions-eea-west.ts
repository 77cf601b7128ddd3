// The time rules of Ireland, Luxembourg, Spain and Belgium (research: eea-rules.md §§ 3–6).
import type { Weekday } from './calendar-date.js';
import type { Convention } from './conventions.js';

// [C] Interpretation Act 2005 s.18(h): a period expressed to begin on or be reckoned from a day
// includes that day, unless a contrary intention appears (s.4(1)). Whether "within 28 days from the
// date on which the notice is served" (DPA 2018 ss.142, 150) shows one is open [I]: both readings
// are computed. RSC O.122 [C]: months are calendar months (r.1); a period ending on a Saturday,
// Sunday or a day the offices are closed ends on the next day they are open (r.3), for court steps.
// No rule was found for a statutory period ending on a non-working day outside the court rules.
export function irelandConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'IE',
    name: 'Ireland',
    rule: 'Interpretation Act 2005 s.18(h); Rules of the Superior Courts O.122 r.1 and r.3',
    nonWorkingWeekdays: weekend,
    holidays: "public holidays (Organisation of Working Time Act 1997 Sch. 2, St Brigid's Day from 2023)",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'RSC O.122 r.3 is assumed to move the end of a period fixed in a DPC decision or notice as well; unconfirmed',
    },
    startDayIncluded: {
      rule: 'Interpretation Act 2005 s.18(h)',
      includedReading: 'open point: under the Interpretation Act 2005 s.18(h) default the day of service is day 1 of the period',
      excludedReading:
        'open point: the day of service may not count (a contrary intention under s.4(1), or the court practice of counting from the next day); no Irish authority on the DPA 2018 periods was found',
    },
    openPoints: [
      {
        when: 'extended',
        text: 'the end was moved under RSC O.122 r.3 (court steps); no Irish rule was found for a statutory period ending on a non-working day outside the court rules (open point)',
      },
    ],
    closingTime: '24:00',
  };
}
