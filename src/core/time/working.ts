// The working of a deadline as data: what the engine did, step by step, and what it assumed. The
// core never writes these as sentences; each renderer words them in its locale through the
// catalogue (src/i18n), so a French report is French from the first step to the last.
import type { IsoDate, Weekday } from './calendar-date.js';
import type { Jurisdiction } from './conventions.js';
import type { LegalNote } from './legal-notes.js';
import type { Period, PeriodPart } from './period.js';

/**
 * Why a day is not a working day: a weekday, a public holiday as the calendar data names it (`name`
 * without its "public holiday:" prefix), a day declared by decree or by the --holidays file.
 */
export type NonWorkingReason =
  | { readonly kind: 'weekday'; readonly weekday: Weekday }
  /** A public holiday; `citation` when the law counting it is named (ATW art. 3), `substitute` for a day in lieu. */
  | { readonly kind: 'holiday'; readonly name: string; readonly citation?: string; readonly substitute?: true }
  | { readonly kind: 'declared'; readonly name: string }
  /** A day a statute makes non-working for periods only (the Nordic eves, AT Good Friday), or possibly so. */
  | { readonly kind: 'for-periods' | 'possibly'; readonly name: string; readonly citation: string }
  /** A day of August while the summer suspension applies (LJCA art. 128.2, L. 742/1969 art. 1). */
  | { readonly kind: 'august'; readonly citation: string }
  /** A day the court offices are closed (IE RSC O.118). */
  | { readonly kind: 'offices-closed'; readonly name: string; readonly citation: string }
  /** An open point of the calendar data, in the data's words. */
  | { readonly kind: 'open-point'; readonly text: string }
  /** A day the calendar data lists in its own words (e.g. "court offices closed (RSC O.118): …"). */
  | { readonly kind: 'listed'; readonly text: string };

/**
 * The rule a result applies: a jurisdiction's convention (its citation is the convention's
 * `rule`, a name of the law that the catalogue may gloss), with the August rule when it applied,
 * or the French délai franc.
 */
export type RuleApplied =
  | { readonly kind: 'convention'; readonly jurisdiction: Jurisdiction; readonly citation: string; readonly august?: string }
  | { readonly kind: 'franc' };

/** What a count step says about its last day beyond the date. */
export type CountNote =
  /** The month has no such day number, so its last day. */
  | { readonly kind: 'clamped'; readonly day: number }
  /** IE: the start day being day 1, the day before the same date. */
  | { readonly kind: 'day-before-same-date' };

export type WorkingStep =
  /** The triggering day: not counted, or counted as day 1 under `countedUnder` (IE). */
  | { readonly kind: 'start'; readonly date: IsoDate; readonly countedUnder?: string }
  /** ES: a period in days counts working days only. */
  | { readonly kind: 'working-days-only'; readonly rule: string }
  /** A period that would begin in August begins on 1 September (IT, ES). */
  | { readonly kind: 'summer-start' }
  /** The period (or one part of a compound one) counted; `notCounting` heads a list of skipped days. */
  | {
      readonly kind: 'count';
      readonly period: Period | PeriodPart;
      readonly end: IsoDate;
      readonly note?: CountNote;
      readonly notCounting?: boolean;
    }
  /** ES: each August inside the period taken out as a month. */
  | { readonly kind: 'august-months'; readonly months: number; readonly rule: string; readonly end: IsoDate }
  | { readonly kind: 'summer-suspension'; readonly days: number; readonly rule: string; readonly end: IsoDate }
  | { readonly kind: 'franc'; readonly end: IsoDate }
  | { readonly kind: 'skip'; readonly date: IsoDate; readonly reasons: readonly NonWorkingReason[] }
  /** Skipped days beyond the ones listed one per step. */
  | { readonly kind: 'more-skipped'; readonly count: number }
  | { readonly kind: 'next-working-day'; readonly end: IsoDate; readonly rule: RuleApplied }
  | { readonly kind: 'minimum-working-days'; readonly rule: string; readonly count: number; readonly end: IsoDate }
  /** ATW art. 4(a): the statute does not reach a period this long. */
  | { readonly kind: 'outside-statute'; readonly rule: string; readonly period: Period }
  | { readonly kind: 'not-extended'; readonly date: IsoDate; readonly reasons: readonly NonWorkingReason[] }
  | { readonly kind: 'end'; readonly date: IsoDate; readonly closingTime: '24:00' | '17:00' }
  /** A rule the convention prints with every result. */
  | { readonly kind: 'note'; readonly note: LegalNote };

/** What a computed deadline assumes, as data. */
export type Assumption =
  /** A point of law of the convention (decision periods, Saturdays, open points, August rules). */
  | { readonly kind: 'legal'; readonly note: LegalNote }
  /** ATW art. 4(a) names periods in one unit; a compound one is taken as within it unless longer than both limits. */
  | { readonly kind: 'compound-within-statute'; readonly rule: string; readonly days: number; readonly months: number }
  /** EU without a Member State: weekends only. */
  | { readonly kind: 'no-member-state' }
  /** Another reading of an open point would end on another day: a point of the convention, or a note of the holiday data (as written). */
  | { readonly kind: 'other-reading'; readonly reading: OtherReading; readonly end: IsoDate }
  /** The period runs from the event's own date because its notification is not on record. */
  | { readonly kind: 'notification-unknown'; readonly eventId: string; readonly date: string };

export type OtherReading = { readonly kind: 'legal'; readonly note: LegalNote } | { readonly kind: 'calendar'; readonly note: string };
