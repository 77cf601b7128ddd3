// A deadline the calendar cannot count: the engine's error carries what it is about as data, and
// the French working words it (the English is the error's own message, as before).
import { describe, expect, it } from 'vitest';
import { createNonWorkingDays } from '../../src/calendars/holidays.js';
import type { DeadlineProblem } from '../../src/analysis/deadline-problem.js';
import { CalendarError, computeDeadline, type DeadlineInput, type NonWorkingDays } from '../../src/core/time/deadline.js';
import { parsePeriod } from '../../src/core/time/period.js';
import { catalogue } from '../../src/i18n/catalogue.js';

const open: NonWorkingDays = { reasonIfNonWorking: () => undefined };
const never: NonWorkingDays = { reasonIfNonWorking: () => [{ kind: 'listed', text: 'closed' }] };
const input = (start: string, period: string, jurisdiction: DeadlineInput['jurisdiction']): DeadlineInput => ({
  start,
  period: parsePeriod(period)!,
  jurisdiction,
});

/** The CalendarError a computation throws, as the analysis turns it into a problem. */
function problemOf(compute: () => unknown): Extract<DeadlineProblem, { kind: 'engine' }> {
  try {
    compute();
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    return { kind: 'engine', message: error.message, ...(error.problem ? { calendar: error.problem } : {}) };
  }
  throw new Error('no CalendarError');
}

describe('calendar errors in the report’s language', () => {
  it.each<[string, () => unknown, DeadlineProblem['kind'] | object, string]>([
    [
      'a day outside the holiday tables',
      () => computeDeadline(input('2060-12-20', '1 month', 'FR'), createNonWorkingDays('FR')),
      { kind: 'outside-tables', code: 'FR', year: '2061', first: 1990, last: 2060 },
      'pas de jours fériés pour FR en 2061\u00a0: les tables couvrent 1990–2060 (voir le README, How deadlines are computed)',
    ],
    [
      'an ES compound period with a part in days',
      () => computeDeadline(input('2025-03-14', '2 months + 10 days', 'ES'), open),
      { kind: 'compound-working-days', rule: 'Ley 39/2015 art. 30.2: días hábiles' },
      'un délai en jours ne compte que les jours ouvrables (Ley 39/2015 art. 30.2: días hábiles), ce qu’une durée composée ne peut pas mêler à des mois ou des années\u00a0: inscrivez-en les parties comme des délais distincts',
    ],
    [
      'an ES compound period under the August rule',
      () => computeDeadline({ ...input('2025-03-14', '2 months + 1 month', 'ES'), summerSuspension: true }, open),
      { kind: 'compound-august', jurisdiction: 'ES' },
      'une durée composée sous la règle d’août de ES n’a pas de décompte établi\u00a0: inscrivez-en les parties comme des délais distincts',
    ],
    [
      'a calendar without working days',
      () => computeDeadline(input('2022-10-17', '2 months', 'FR'), never),
      { kind: 'no-working-day', days: 366, after: '2022-12-17' },
      'aucun jour ouvré dans les 366 jours qui suivent le 17 déc. 2022\u00a0: le calendrier des jours non ouvrés (ou un fichier --holidays) en déclare trop d’affilée',
    ],
  ])('%s', (_label, compute, calendar, french) => {
    const problem = problemOf(compute);
    expect(problem.calendar).toEqual(calendar);
    expect(catalogue('en').working.problem(problem)).toBe(problem.message);
    expect(catalogue('fr').working.problem(problem)).toBe(french);
  });

  it('a penalty too large to compute: the English gives the product, the French says why', () => {
    const problem: DeadlineProblem = {
      kind: 'penalty-too-large',
      message: 'penalty too large to compute exactly: 4000 days × 9007199254741',
    };
    expect(catalogue('en').working.problem(problem)).toBe(
      'the penalty payment cannot be computed exactly: penalty too large to compute exactly: 4000 days × 9007199254741',
    );
    expect(catalogue('fr').working.problem(problem)).toBe(
      'l’astreinte ne peut pas être calculée exactement\u00a0: le montant dépasserait 2^53 − 1 unités mineures, au-delà du calcul exact',
    );
  });

  it('an error the calendar does not describe stays as raised', () => {
    const problem: DeadlineProblem = { kind: 'engine', message: 'something unforeseen' };
    expect(catalogue('fr').working.problem(problem)).toBe('something unforeseen');
  });
});
