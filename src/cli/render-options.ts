// How wide and how colourful terminal output may be: the terminal's width (or COLUMNS, or 80 when
// piped, so that files and pipes get a predictable layout) and a Chalk that is off unless allowed.
import type { RenderOptions } from '../render/report-overview.js';
import { chalkFor, type Io } from './io.js';

export function renderOptionsFor(io: Io, color: false | undefined, locale: 'en' | 'fr'): RenderOptions {
  return { chalk: chalkFor(io, io.stdout, color), width: terminalWidth(io), locale };
}

function terminalWidth(io: Io): number {
  const fromEnv = Number(io.env['COLUMNS']);
  if (Number.isInteger(fromEnv) && fromEnv >= 40) return Math.min(fromEnv, 400);
  const columns = io.stdout.columns;
  return columns !== undefined && columns >= 40 ? Math.min(columns, 400) : 80;
}
