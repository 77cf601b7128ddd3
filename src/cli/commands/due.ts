// `dossier due <date> <period> --jurisdiction J`: a lawyer's ad-hoc deadline question.
import { CalendarError, computeDeadline, type DeadlineResult } from '../../core/time/deadline.js';
import type { Jurisdiction } from '../../core/time/conventions.js';
import { parsePeriod } from '../../core/time/period.js';
import { renderDue, renderDueJson } from '../../render/due.js';
import { ExitCode, UserError } from '../exit-codes.js';
import type { Io } from '../io.js';
import { renderOptionsFor } from '../render-options.js';
import { calendarsFor } from '../analysis-context.js';

export interface DueOptions {
  readonly date: string;
  readonly period: string;
  readonly jurisdiction: Jurisdiction;
  readonly extend: boolean;
  readonly franc: boolean;
  readonly decisionPeriod: boolean;
  readonly json: boolean;
  readonly color: false | undefined;
  readonly locale: 'en' | 'fr';
  readonly holidays: string | undefined;
  readonly holidayCountry: string | undefined;
  readonly summerSuspension: boolean;
  readonly saturdayWorking: boolean;
  readonly startDayExcluded: boolean;
  readonly naturalDays: boolean;
}

export async function due(options: DueOptions, io: Io): Promise<ExitCode> {
  const period = parsePeriod(options.period);
  if (!period)
    throw new UserError(
      `"${options.period}" is not a period; write e.g. "2 months", "28 days", "6 weeks", "1 year", "10 working days" (1 to 9999), or calendar parts joined by " + " ("2 months + 10 days"; working days stand alone)`,
    );
  if (options.franc && options.jurisdiction !== 'FR') throw new UserError('--franc (délai franc) applies to FR only');
  if (options.franc && period.unit === 'working-day')
    throw new UserError('--franc (délai franc) counts calendar days; it does not apply to a period of working days');
  if (options.holidayCountry !== undefined && options.jurisdiction !== 'EU')
    throw new UserError('--holiday-country applies to EU periods only');
  if (options.summerSuspension && options.jurisdiction !== 'IT' && options.jurisdiction !== 'ES')
    throw new UserError('--summer-suspension applies to IT and ES only');
  if (options.saturdayWorking && options.jurisdiction !== 'IT' && options.jurisdiction !== 'GR')
    throw new UserError('--saturday-working applies to IT and GR only');
  if (options.startDayExcluded && options.jurisdiction !== 'IE') throw new UserError('--start-day-excluded applies to IE only');
  if (options.naturalDays && options.jurisdiction !== 'ES') throw new UserError('--natural-days applies to ES only');
  const calendarFor = await calendarsFor(io, options.holidays);
  const result = computeOrExplain(() =>
    computeDeadline(
      {
        start: options.date,
        period,
        jurisdiction: options.jurisdiction,
        periodSource: options.decisionPeriod ? 'decision' : 'statute',
        ...(options.extend ? {} : { extend: false }),
        ...(options.franc ? { francDelay: true } : {}),
        ...(options.summerSuspension ? { summerSuspension: true } : {}),
        ...(options.startDayExcluded ? { startDayIncluded: false } : {}),
        ...(options.naturalDays ? { naturalDays: true } : {}),
      },
      calendarFor(options.jurisdiction, {
        ...(options.holidayCountry === undefined ? {} : { holidayCountry: options.holidayCountry }),
        ...(options.saturdayWorking ? { saturdayWorking: true } : {}),
      }),
    ),
  );
  if (options.json) {
    await io.stdout.write(renderDueJson(result));
    return ExitCode.Ok;
  }
  await io.stdout.write(renderDue(result, renderOptionsFor(io, options.color, options.locale)));
  return ExitCode.Ok;
}

/** A year outside the holiday tables, or a calendar with no working day in sight, is the user's input: say so. */
function computeOrExplain(compute: () => DeadlineResult): DeadlineResult {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarError) throw new UserError(error.message);
    // A period that runs past 9999-12-31 is the user's question, not a bug: the core says so with a RangeError.
    if (error instanceof RangeError && error.message.includes('out of range'))
      throw new UserError(`the period ends after 9999-12-31, the last day dossier can count to (${error.message})`);
    throw error;
  }
}
