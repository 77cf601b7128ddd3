// `dossier timeline`: every event across the cases in date order.
import { recordAsOf } from '../../analysis/as-known.js';
import { timelineEvents } from '../../analysis/timeline.js';
import { renderTimeline } from '../../render/timeline.js';
import { loadCaseSet } from '../case-set.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { renderOptionsFor } from '../render-options.js';

export interface TimelineOptions {
  readonly casesDir: string;
  readonly color: false | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly json: boolean;
  readonly locale: 'en' | 'fr';
  /** Show the record as known on this day (nothing dated later); default: every event. */
  readonly asOf: string | undefined;
}

export async function timeline(options: TimelineOptions, io: Io): Promise<ExitCode> {
  const loaded = (await loadCaseSet(io, options.casesDir)).map((l) => l.case);
  const asOf = options.asOf;
  const cases = asOf === undefined ? loaded : loaded.map((c) => recordAsOf(c, asOf));
  const range = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
  if (options.json) {
    await io.stdout.write(`${JSON.stringify({ format: 'dossier-timeline/1', events: timelineEvents(cases, range) }, null, 2)}\n`);
    return ExitCode.Ok;
  }
  await io.stdout.write(renderTimeline(cases, range, renderOptionsFor(io, options.color, options.locale)));
  return ExitCode.Ok;
}
