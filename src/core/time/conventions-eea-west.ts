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
      assumption: 'ie-decision-period',
    },
    startDayIncluded: {
      rule: 'Interpretation Act 2005 s.18(h)',
      includedReading: 'ie-start-day-counted',
      excludedReading: 'ie-start-day-not-counted',
    },
    openPoints: [
      {
        when: 'extended',
        note: 'ie-open-point',
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
      assumption: 'lu-decision-period',
    },
    closingTime: '24:00',
  };
}

// [C] Ley 39/2015 art. 30: a period in days counts días hábiles only, Saturdays, Sundays and
// declared holidays left out (30.2), from the day after notification; months end on the same day
// number as the notification, else the month's last day (30.4); an inhábil last day moves to the
// next día hábil (30.5). Court appeals: LJCA art. 46.1 (2 months) and art. 128.2 (August does not
// run: the summerSuspension option). Art. 30.6 (a holiday where the party lives or where the
// authority sits counts) is [M]; only the national holidays are in the table.
export function spainConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'ES',
    name: 'Spain',
    rule: 'Ley 39/2015 art. 30 (court appeals: LJCA arts. 46.1 and 128.2)',
    nonWorkingWeekdays: weekend,
    holidays: 'national holidays; community and municipal holidays are not in the table (Ley 39/2015 art. 30.6)',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'es-decision-period',
    },
    daysAreWorkingDays: { rule: 'Ley 39/2015 art. 30.2: días hábiles' },
    openPoints: [
      {
        when: 'always',
        note: 'es-open-point',
      },
    ],
    closingTime: '24:00',
  };
}

// Code judiciaire [C partial]: the period runs from the day after the act and includes the expiry
// day (arts. 52–53); an end on a Saturday, Sunday or legal holiday moves to the next working day
// (art. 53), for procedural acts only (Cass. 28 Apr 1988; CE 13 Jan 2009 n° 189.445) [C]. Months
// "de quantième à veille de quantième" (art. 54) [M] give the common same-date end. The deemed
// notification of a plain registered letter on the 3rd working day after posting (art. 53bis) is
// [C for an analogous text, M for the Code].
export function belgiumConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'BE',
    name: 'Belgium',
    rule: 'Code judiciaire arts. 52–54',
    nonWorkingWeekdays: weekend,
    holidays: 'legal holidays (loi du 4 janvier 1974)',
    extend: true,
    decisionPeriod: {
      extend: false,
      assumption: 'be-decision-period',
    },
    note: 'be-note',
    closingTime: '24:00',
  };
}
