// `dossier fines`: every fine with its EUR amount, cap, appeal state and payment; totals by group.
import { groupFines, type FineGrouping } from '../../analysis/fine-groups.js';
import { renderFines } from '../../render/fines.js';
import { finesDocument } from '../../render/fines-json.js';
import { loadDossierView, type ReportingOptions } from '../dossier-view.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { renderOptionsFor } from '../render-options.js';

export interface FinesOptions extends ReportingOptions {
  readonly by: FineGrouping;
}

export async function fines(options: FinesOptions, io: Io): Promise<ExitCode> {
  const view = await loadDossierView(io, options);
  const all = view.cases.flatMap((c) => c.fines);
  if (options.json) {
    const document = finesDocument(view.asOf, options.by, all, groupFines(all, options.by), view.totals);
    await io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return ExitCode.Ok;
  }
  await io.stdout.write(renderFines(all, options.by, renderOptionsFor(io, options.color, options.locale)));
  return ExitCode.Ok;
}
