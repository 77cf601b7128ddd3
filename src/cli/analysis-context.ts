// Builds what the analysis needs from the command line: the as-of day (today in the user's time
// zone unless --as-of), holiday calendars (loaded only by the commands that count days), and
// the ECB rates (bundled, or --rates FILE).
import { readFile } from 'node:fs/promises';
import type { AnalysisContext } from '../analysis/context.js';
import { bundledRateTable } from '../core/money/bundled-rates.js';
import { parseEcbRatesCsv, type RateTable } from '../core/money/rates.js';
import type { NonWorkingDays } from '../core/time/deadline.js';
import type { Jurisdiction } from '../core/time/conventions.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { UserError } from './exit-codes.js';
import type { Io } from './io.js';
import { today } from './options.js';

export interface ContextOptions {
  readonly asOf?: string | undefined;
  readonly rates?: string | undefined;
}

export async function createAnalysisContext(io: Io, options: ContextOptions): Promise<AnalysisContext> {
  const { createNonWorkingDays } = await import('../calendars/holidays.js');
  const calendars = new Map<Jurisdiction, NonWorkingDays>();
  return {
    asOf: options.asOf ?? today(io.now(), io.env['TZ'] || undefined),
    calendarFor: (jurisdiction) => {
      let calendar = calendars.get(jurisdiction);
      if (!calendar) calendars.set(jurisdiction, (calendar = createNonWorkingDays(jurisdiction)));
      return calendar;
    },
    rates: options.rates === undefined ? bundledRateTable() : await readRates(io, options.rates),
  };
}

async function readRates(io: Io, file: string): Promise<RateTable> {
  let text: string;
  try {
    text = await readFile(file.startsWith('/') ? file : `${io.cwd}/${file}`, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read the rates file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = parseEcbRatesCsv(text);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    const where = first ? `${file}:${first.line}:${first.column}: ${first.message}` : file;
    throw new UserError(`the rates file is not in the ECB's CSV format: ${sanitizeForTerminal(where, { singleLine: true })}`);
  }
  return parsed.table;
}
