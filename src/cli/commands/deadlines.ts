// `dossier deadlines`: every deadline across the cases, by date, with status and penalties.
import type { DeadlineView } from '../../analysis/deadlines.js';
import { sortDeadlines } from '../../analysis/deadlines.js';
import { renderDeadlines } from '../../render/deadlines.js';
import { loadDossierView, type ReportingOptions } from '../dossier-view.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { renderOptionsFor } from '../render-options.js';

export interface DeadlinesOptions extends ReportingOptions {
  readonly within: number | undefined;
  readonly overdue: boolean;
}

export async function deadlines(options: DeadlinesOptions, io: Io): Promise<ExitCode> {
  const view = await loadDossierView(io, options);
  const chosen = sortDeadlines(view.cases.flatMap((c) => c.deadlines).filter((d) => wanted(d, options)));
  if (options.json) {
    await io.stdout.write(`${JSON.stringify({ format: 'dossier-deadlines/1', asOf: view.asOf, deadlines: chosen }, null, 2)}\n`);
    return ExitCode.Ok;
  }
  await io.stdout.write(renderDeadlines(chosen, { ...renderOptionsFor(io, options.color, options.locale), asOf: view.asOf }));
  return ExitCode.Ok;
}

/** With no filter every deadline; --overdue adds the missed orders and overdue payments, --within N the open ones ending within N days. */
function wanted(d: DeadlineView, options: DeadlinesOptions): boolean {
  if (options.within === undefined && !options.overdue) return true;
  if (options.overdue && (d.status === 'missed' || d.status === 'overdue')) return true;
  return options.within !== undefined && d.status === 'open' && (d.daysLeft ?? Infinity) <= options.within;
}
