// One deadline through the time engine: its start (notification, or the event date flagged as
// an assumption), its last day under the jurisdiction's rules, and, where the law leaves the
// roll-forward of a last day open, the other reading too, so that no reader mistakes one
// reading for the law.
import type { Case, CaseJurisdiction, Due, LawDeadline } from '../model/case-schema.js';
import {
  CalendarError,
  computeDeadline,
  type Assumption,
  type DeadlineInput,
  type DeadlineResult,
  type NonWorkingDays,
} from '../core/time/deadline.js';
import { parsePeriod } from '../core/time/period.js';
import { conventionFor, type Jurisdiction } from '../core/time/conventions.js';
import { addDays } from '../core/time/calendar-date.js';
import { parseDateText } from '../core/dates/date-text.js';
import { anchorOf, type Anchor } from './anchor.js';
import type { AnalysisContext } from './context.js';
import type { DeadlineProblem } from './deadline-problem.js';

/** The open point another reading of a deadline rests on. */
export type AlternativeKind = 'not-extended' | 'start-day-not-counted';

export interface Computed {
  readonly jurisdiction: CaseJurisdiction;
  readonly anchor?: Extract<Anchor, { ok: true }>;
  readonly computation?: DeadlineResult;
  /** `kind` names the open point, which renderers word in their locale. */
  readonly alternative?: { readonly end: string; readonly kind: AlternativeKind };
  readonly fixedDate?: string;
  /** The decision says "before" this day (the first day of a month or year it names); `fixedDate` is the day before. */
  readonly fixedBefore?: string;
  readonly end?: string;
  readonly assumptions: Assumption[];
  readonly problem?: DeadlineProblem;
  readonly notNotifiedAsOf?: string;
}

export function computeDue(c: Case, due: Due | LawDeadline, periodSource: 'statute' | 'decision', context: AnalysisContext): Computed {
  const stated: CaseJurisdiction = 'jurisdiction' in due && due.jurisdiction ? due.jurisdiction : c.jurisdiction;
  if ('date' in due) return { jurisdiction: stated, fixedDate: due.date, end: due.date, assumptions: [] };
  if ('before' in due) return beforeADay(stated, due.before);
  if (stated === 'custom') return { jurisdiction: stated, assumptions: [], problem: customProblem(c) };
  const jurisdiction: Jurisdiction = stated;
  const anchor = anchorOf(c, due.from);
  if (!anchor.ok)
    return {
      jurisdiction,
      assumptions: [],
      problem: anchor.reason,
      ...(anchor.notNotified ? { notNotifiedAsOf: anchor.notNotified.asOf } : {}),
    };
  const period = parsePeriod(due.period);
  if (!period) return { jurisdiction, anchor, assumptions: [], problem: { kind: 'not-a-period', text: due.period } };
  const input: DeadlineInput = {
    start: anchor.date,
    period,
    jurisdiction,
    periodSource,
    ...(due.extend === undefined ? {} : { extend: due.extend }),
    ...(due.franc ? { francDelay: true } : {}),
    ...(due['summer-suspension'] ? { summerSuspension: true } : {}),
    ...(due['start-day-included'] === false ? { startDayIncluded: false } : {}),
    ...(due['natural-days'] ? { naturalDays: true } : {}),
  };
  try {
    const calendar = context.calendarFor(jurisdiction, {
      ...(due['holiday-country'] ? { holidayCountry: due['holiday-country'] } : {}),
      ...(due['saturday-working'] ? { saturdayWorking: true } : {}),
    });
    const computation = computeDeadline(input, calendar);
    const engineAssumptions = computation.assumptions;
    const assumptions = [...(anchor.assumption ? [anchor.assumption] : []), ...engineAssumptions];
    // A roll-forward that rests on an unconfirmed point (the case did not settle `extend`): the
    // unextended day is the other reading. The later day decides the status, so a deadline is
    // never called missed while one reading still has it open.
    const alternative =
      computation.extended && due.extend === undefined && engineAssumptions.length > 0
        ? { end: computeDeadline({ ...input, extend: false }, calendar).end, kind: 'not-extended' as const }
        : laterWithoutStartDay(input, due, calendar, computation.end);
    return { jurisdiction, anchor, computation, end: computation.end, assumptions, ...(alternative ? { alternative } : {}) };
  } catch (error) {
    return {
      jurisdiction,
      anchor,
      assumptions: [],
      problem: {
        kind: 'engine',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof CalendarError && error.problem !== undefined ? { calendar: error.problem } : {}),
      },
    };
  }
}

/**
 * IE: the start day counts by default (Interpretation Act 2005 s.18(h)), but whether it does for a
 * given period is open; unless the case settles it, the later reading (the day not counted) is the
 * alternative, so that a deadline is never called missed while that reading still has it open.
 */
function laterWithoutStartDay(input: DeadlineInput, due: Due | LawDeadline, calendar: NonWorkingDays, end: string) {
  if (
    conventionFor(input.jurisdiction).startDayIncluded === undefined ||
    ('start-day-included' in due && due['start-day-included'] !== undefined)
  )
    return undefined;
  const other = computeDeadline({ ...input, startDayIncluded: false }, calendar).end;
  return other > end ? { end: other, kind: 'start-day-not-counted' as const } : undefined;
}

/** "Before 1 July 2023": the last day is 30 June; "before July 2023" (a month) likewise, before its first day. */
function beforeADay(jurisdiction: CaseJurisdiction, before: string): Computed {
  const parsed = parseDateText(before);
  if ('error' in parsed) return { jurisdiction, assumptions: [], problem: { kind: 'not-a-date', text: before, error: parsed.error } };
  if (parsed.range.first === '0001-01-01') return { jurisdiction, assumptions: [], problem: { kind: 'nothing-before', text: before } };
  const lastDay = addDays(parsed.range.first, -1);
  return { jurisdiction, fixedDate: lastDay, fixedBefore: parsed.range.first, end: lastDay, assumptions: [] };
}

/** A period under a legal order dossier has no rules for: said as such, never counted under borrowed ones. */
function customProblem(c: Case): DeadlineProblem {
  const rule = c['custom-rule'];
  return rule === undefined ? { kind: 'custom-jurisdiction' } : { kind: 'custom-jurisdiction', rule };
}
