// A deadline result as the English reports word it, so that tests can read its working as text.
import { weekday, type IsoDate } from '../../src/core/time/calendar-date.js';
import type { DeadlineResult, NonWorkingReason } from '../../src/core/time/deadline.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { weekdayName } from '../../src/i18n/dates.js';

const W = catalogue('en').working;

export interface WordedResult extends Omit<DeadlineResult, 'steps' | 'assumptions' | 'rule' | 'skipped'> {
  steps: string[];
  assumptions: string[];
  rule: string;
  skipped: { date: string; reason: string }[];
}

export function worded(result: DeadlineResult): WordedResult {
  return {
    ...result,
    steps: result.steps.map(W.step),
    assumptions: result.assumptions.map(W.assumption),
    rule: W.rule(result.rule),
    skipped: result.skipped.map((s) => ({ date: s.date, reason: W.reasons(s.reasons) })),
  };
}

export function reasonText(reasons: readonly NonWorkingReason[] | undefined): string | undefined {
  return reasons === undefined ? undefined : W.reasons(reasons);
}

/** The English name of a date's weekday: `Monday`. */
export const englishWeekday = (date: IsoDate): string => weekdayName(weekday(date), 'en');
