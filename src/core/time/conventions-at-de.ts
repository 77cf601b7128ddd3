// The time rules of Austria and of the German Länder (research: eea-rules.md §§ 12–13). Kept apart
// from conventions.ts for length; conventions.ts lists them with the others.
import type { Weekday } from './calendar-date.js';
import type { Convention, GermanLand } from './conventions.js';

/** The sixteen Länder: holidays differ by Land, so a German period needs one (the place where the act is done). */
export const GERMAN_LANDS: readonly (readonly [GermanLand, string])[] = [
  ['DE-BW', 'Baden-Württemberg'],
  ['DE-BY', 'Bavaria'],
  ['DE-BE', 'Berlin'],
  ['DE-BB', 'Brandenburg'],
  ['DE-HB', 'Bremen'],
  ['DE-HH', 'Hamburg'],
  ['DE-HE', 'Hesse'],
  ['DE-MV', 'Mecklenburg-Western Pomerania'],
  ['DE-NI', 'Lower Saxony'],
  ['DE-NW', 'North Rhine-Westphalia'],
  ['DE-RP', 'Rhineland-Palatinate'],
  ['DE-SL', 'Saarland'],
  ['DE-SN', 'Saxony'],
  ['DE-ST', 'Saxony-Anhalt'],
  ['DE-SH', 'Schleswig-Holstein'],
  ['DE-TH', 'Thuringia'],
];

// [C] AVG § 33 (jusline.at): (1) Saturdays, Sundays and holidays do not stop a period running;
// (2) an end on a Saturday, Sunday, statutory holiday, Good Friday or 24 December moves to the next
// day that is none of these (chained: VwGH); (3) days in the post are not counted. § 32 (days
// exclude the event day; weeks, months and years end on the same weekday or date) is [M].
export function austriaConvention(weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction: 'AT',
    name: 'Austria',
    rule: 'AVG §§ 32–33',
    nonWorkingWeekdays: weekend,
    holidays: 'statutory holidays (Feiertagsruhegesetz 1957), Good Friday and 24 December (AVG § 33(2))',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'at-decision-period',
    },
    note: 'at-note',
    closingTime: '24:00',
  };
}

// [C via SGB X § 26 and AO § 108, same scheme; VwVfG text M] VwVfG § 31(1) applies BGB §§ 187–193:
// the event day is not counted, months end on the same date or the month's last day; § 31(3) an
// end on a Sunday, statutory holiday or Saturday moves to the next Werktag, unless the authority
// expressly fixed that day. Only the holidays at the place where the act is done count.
export function germanConvention(jurisdiction: GermanLand, land: string, weekend: readonly Weekday[]): Convention {
  return {
    jurisdiction,
    name: `Germany (${land})`,
    rule: 'VwVfG § 31 with BGB §§ 187–193 (courts: VwGO § 57 with ZPO § 222)',
    nonWorkingWeekdays: weekend,
    holidays: `statutory holidays of ${land} (the place where the act is done), incl. 3 October`,
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'de-decision-period',
    },
    closingTime: '24:00',
  };
}
