// Builds what the analysis needs from the command line: the as-of day (today in the user's time
// zone unless --as-of), holiday calendars (loaded only by the commands that count days), and
// the ECB rates (bundled, or --rates FILE).
import { resolve } from 'node:path';
import type { AnalysisContext } from '../analysis/context.js';
import type { ExtraDays } from '../calendars/extra-days.js';
import { describeReadFailure, readBoundedText } from '../load/read-file.js';
import { bundledRateTable } from '../core/money/bundled-rates.js';
import { parseEcbRatesCsv, type RateTable } from '../core/money/rates.js';
import type { NonWorkingDays } from '../core/time/deadline.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { UserError } from './exit-codes.js';
import type { Io } from './io.js';
import { today } from './options.js';
import { timeZoneOf } from './time-zone.js';

export interface ContextOptions {
  readonly asOf?: string | undefined;
  readonly rates?: string | undefined;
  /** A CSV of days declared non-working by decree: `jurisdiction,date,name`. */
  readonly holidays?: string | undefined;
}

export async function createAnalysisContext(io: Io, options: ContextOptions): Promise<AnalysisContext> {
  return {
    asOf: options.asOf ?? today(io.now(), timeZoneOf(io.env['TZ'])),
    calendarFor: await calendarsFor(io, options.holidays),
    rates: options.rates === undefined ? bundledRateTable() : await readRates(io, options.rates),
  };
}

/** One non-working-day calendar per jurisdiction, built on first use, with any decreed days added. */
export async function calendarsFor(io: Io, holidaysFile: string | undefined): Promise<AnalysisContext['calendarFor']> {
  const { createNonWorkingDays, choiceOptions } = await import('../calendars/holidays.js');
  const extra: ExtraDays = holidaysFile === undefined ? new Map() : await readExtraDays(io, holidaysFile);
  const calendars = new Map<string, NonWorkingDays>();
  return (jurisdiction, choice = {}) => {
    const key = `${jurisdiction}/${choice.holidayCountry ?? ''}/${choice.saturdayWorking === true}`;
    let calendar = calendars.get(key);
    if (!calendar) {
      try {
        calendar = createNonWorkingDays(jurisdiction, { ...choiceOptions(jurisdiction, choice), extraDays: extra.get(jurisdiction) ?? [] });
      } catch (error) {
        // A bad country or region from the command line is a usage error, not a bug.
        throw new UserError(error instanceof Error ? error.message : String(error));
      }
      calendars.set(key, calendar);
    }
    return calendar;
  };
}

async function readExtraDays(io: Io, file: string) {
  const { parseExtraDays } = await import('../calendars/extra-days.js');
  const parsed = parseExtraDays(await readText(io, file, 'holidays'));
  if (!parsed.ok) {
    const [first] = parsed.problems;
    throw new UserError(sanitizeForTerminal(`${file}:${first.line}:${first.column}: ${first.message}`, { singleLine: true }));
  }
  return parsed.days;
}

/** The ECB's full history (eurofxref-hist.csv) is about 7 MB; a decree list is far smaller. */
const MAX_BYTES = { rates: 32 * 1024 * 1024, holidays: 1024 * 1024 } as const;

async function readText(io: Io, file: string, what: keyof typeof MAX_BYTES): Promise<string> {
  const read = await readBoundedText(resolve(io.cwd, file), MAX_BYTES[what]);
  if (read.ok) return read.text;
  const where = sanitizeForTerminal(file, { singleLine: true });
  throw new UserError(`cannot read the ${what} file ${where}: ${describeReadFailure(read, MAX_BYTES[what])}`);
}

async function readRates(io: Io, file: string): Promise<RateTable> {
  const text = await readText(io, file, 'rates');
  const parsed = parseEcbRatesCsv(text);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    const where = first ? `${file}:${first.line}:${first.column}: ${first.message}` : file;
    throw new UserError(`the rates file is not in the ECB's CSV format: ${sanitizeForTerminal(where, { singleLine: true })}`);
  }
  return parsed.table;
}
