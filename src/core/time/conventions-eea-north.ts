// The time rules of Poland, Sweden, Norway, Denmark and Finland (research: eea-rules.md §§ 7–11).
import type { Weekday } from './calendar-date.js';
import type { Convention } from './conventions.js';

// [C] KC art. 115 and KPA art. 57 §4 (since 1 January 2017): a period ending on a Saturday or a
// statutory day off ends on the next day that is neither. [M]: the event day is not counted
// (KPA art. 57 §1); months end on the corresponding day or the month's last day (§3). KC art. 115
// does not reach limitation periods (SN III CZP 21/23, 22 May 2024) [C].
export function polandConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'PL',
    name: 'Poland',
    rule: 'KPA art. 57 and Kodeks cywilny art. 115',
    nonWorkingWeekdays: weekend,
    holidays: 'statutory days off (ustawa z 18 stycznia 1951), incl. 24 December since 2025',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'pl-decision-period',
    },
    openPoints: [{ when: 'day-period', note: 'pl-open-point' }],
    note: 'pl-note',
    closingTime: '24:00',
  };
}

// [C] Lag (1930:173) om beräkning av lagstadgad tid: § 1 weeks, months and years end on the day
// matching by weekday or date, else the month's last day; § 2 an end on a Sunday, another allmän
// helgdag, a Saturday, midsommarafton, julafton or nyårsafton moves to the next vardag. The Act
// has no rule for the start of a period in days [M]; the 3-week appeal (FL § 44) is [M].
export function swedenConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'SE',
    name: 'Sweden',
    rule: 'Lag (1930:173) om beräkning av lagstadgad tid §§ 1–2',
    nonWorkingWeekdays: weekend,
    holidays: 'allmänna helgdagar (lag 1989:253), midsommarafton, julafton and nyårsafton (§ 2)',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'se-decision-period',
    },
    openPoints: [
      {
        when: 'day-period',
        note: 'se-open-point',
      },
    ],
    closingTime: '24:00',
  };
}

// [C] Domstolloven § 148(2): weeks, months and years end on the day matching by name or number,
// else the month's last day; § 149(1): an end on a Saturday, helgedag or day equated by law with
// one runs to the next virkedag; the start day is not counted (Ot.prp. 38 (1977-78)). Forvaltnings-
// loven's reference to these sections (§ 30) is [M]. Court holidays (rettsferie, § 140) extend the
// 1-month court appeal period only (HR-2008-01669-U) [C]: not modelled.
export function norwayConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'NO',
    name: 'Norway',
    rule: 'Domstolloven §§ 148–149',
    nonWorkingWeekdays: weekend,
    holidays: 'helligdager, and 1 and 17 May (days equated by law)',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'no-decision-period',
    },
    note: 'no-note',
    closingTime: '24:00',
  };
}

// No general Danish act on periods was found [open]. Forældelsesloven § 27 [C] (limitation
// periods): the period ends on the day of the month corresponding to the start day, else the
// month's last day; an end on a weekend, helligdag, grundlovsdag, 24 or 31 December moves to the
// next hverdag. It is applied by analogy, and every result says so.
export function denmarkConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'DK',
    name: 'Denmark',
    rule: 'Forældelsesloven § 27 (by analogy; no general act on periods)',
    nonWorkingWeekdays: weekend,
    holidays: 'helligdage, grundlovsdag (5 June), 24 and 31 December (forældelsesloven § 27)',
    extend: true,
    decisionPeriod: { extend: true },
    openPoints: [
      {
        when: 'always',
        note: 'dk-open-point',
      },
    ],
    closingTime: '24:00',
  };
}

// [C] Laki säädettyjen määräaikain laskemisesta (150/1930): § 2 the named day is not counted;
// § 3 weeks, months and years end on the matching weekday or date, else the month's last day; § 5
// a last day that is a pyhäpäivä, itsenäisyyspäivä, vapunpäivä, jouluaatto, juhannusaatto or
// arkilauantai moves to the next arkipäivä (31 December is not named); § 6 an act to be done at an
// office must be done before it closes on the last day.
export function finlandConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'FI',
    name: 'Finland',
    rule: 'Laki säädettyjen määräaikain laskemisesta (150/1930) §§ 2–5',
    nonWorkingWeekdays: weekend,
    holidays: 'pyhäpäivät, itsenäisyyspäivä, vapunpäivä, juhannusaatto, jouluaatto and Saturdays (§ 5); not 31 December',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'fi-decision-period',
    },
    note: 'fi-note',
    closingTime: '24:00',
  };
}
