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

// [C] Loi du 30 mai 1984 approving the European Convention on the Calculation of Time-Limits
// (Basel 1972, ETS 76): the day of the event is not counted and months end on the same date, or on
// the month's last day (EJN factsheet); an end on a Saturday, Sunday or legal holiday moves to the
// next working day (Convention art. 5, Saturday being a legal holiday by loi art. 2). The 3-month
// recours against a CNPD decision (loi du 21 juin 1999 art. 13) is [M] and not modelled here.
export function luxembourgConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'LU',
    name: 'Luxembourg',
    rule: 'Loi du 30 mai 1984 (European Convention on the Calculation of Time-Limits, ETS 76) art. 2',
    nonWorkingWeekdays: weekend,
    holidays: 'legal holidays (Europe Day 9 May since 2019, National Day 23 June); Saturday counts as one for the end (loi 1984 art. 2)',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'the 1984 law (ETS 76) is assumed to move the end of a period fixed in a CNPD decision as well; unconfirmed',
    },
    closingTime: '24:00',
  };
}
