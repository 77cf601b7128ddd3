// The time rules of nine EEA jurisdictions (research: eea-rules.md §§ 1–11): the list, the rules the
// common engine does not have (the Irish start day, Spanish días hábiles), the open points each
// result repeats, and the options. Kept apart from conventions.ts for length; it lists them with the others.
import type { Weekday } from './calendar-date.js';
import type { Convention, OptionDoc } from './conventions.js';
import type { LegalNote } from './legal-notes.js';
import { belgiumConvention, irelandConvention, luxembourgConvention, spainConvention } from './conventions-eea-west.js';
import { denmarkConvention, finlandConvention, norwayConvention, polandConvention, swedenConvention } from './conventions-eea-north.js';

export const EEA_JURISDICTIONS = ['IE', 'LU', 'ES', 'BE', 'PL', 'SE', 'NO', 'DK', 'FI'] as const;
export type EeaJurisdiction = (typeof EEA_JURISDICTIONS)[number];

/** An unsettled point printed with a result: always, for a period in days, or when the roll-forward moved the end. */
export interface OpenPoint {
  readonly when: 'always' | 'day-period' | 'extended';
  readonly note: LegalNote;
}

/** Counting rules beyond the common ones; part of every Convention, absent where they do not apply. */
export interface CountingRules {
  /**
   * IE: the day a period is reckoned from counts as its first day (startDayIncluded option,
   * default true); the result always shows the other reading when its last day differs.
   */
  readonly startDayIncluded?: { readonly rule: string; readonly includedReading: LegalNote; readonly excludedReading: LegalNote };
  /** ES: a period in days counts working days only (naturalDays option to count calendar days). */
  readonly daysAreWorkingDays?: { readonly rule: string };
  readonly openPoints?: readonly OpenPoint[];
}

/** Options of these rules, read by the deadline engine. */
export interface CountingOptions {
  /** IE only, default true: the day the period is reckoned from is its first day (Interpretation Act 2005 s.18(h)). */
  startDayIncluded?: boolean;
  /** ES only, default false: a period in days counts calendar days (días naturales), where a law says so. */
  naturalDays?: boolean;
}

export const EEA_OPTION_DOCS: readonly OptionDoc[] = [
  {
    name: 'startDayIncluded',
    appliesTo: ['IE'],
    defaultValue: true,
    meaning:
      'the day of service or notification is day 1 of the period; false counts from the next day. Open for the DPA 2018 periods: the other reading is shown whenever its last day differs',
    basis: 'Interpretation Act 2005 s.18(h) (default, subject to a contrary intention, s.4(1))',
  },
  {
    name: 'naturalDays',
    appliesTo: ['ES'],
    defaultValue: false,
    meaning: 'count a period in days in calendar days (días naturales), where a law or EU law says so; by default only días hábiles count',
    basis: 'Ley 39/2015 art. 30.2',
  },
];

export function eeaConventions(weekend: readonly Weekday[]): Readonly<Record<EeaJurisdiction, Convention>> {
  return {
    IE: irelandConvention(weekend),
    LU: luxembourgConvention(weekend),
    ES: spainConvention(weekend),
    BE: belgiumConvention(weekend),
    PL: polandConvention(weekend),
    SE: swedenConvention(weekend),
    NO: norwayConvention(weekend),
    DK: denmarkConvention(weekend),
    FI: finlandConvention(weekend),
  };
}
