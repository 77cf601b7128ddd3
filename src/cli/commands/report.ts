// `dossier report [case-ids...]`: the overview of every case, or each named case in detail.
import { renderJsonExport } from '../../render/export/json.js';
import { renderCaseDetail } from '../../render/report-detail.js';
import { renderOverview } from '../../render/report-overview.js';
import { loadDossierView, type ReportingOptions } from '../dossier-view.js';
import { ExitCode, UserError } from '../exit-codes.js';
import type { Io } from '../io.js';
import { renderOptionsFor } from '../render-options.js';

export interface ReportOptions extends ReportingOptions {
  readonly ids: readonly string[];
}

export async function report(options: ReportOptions, io: Io): Promise<ExitCode> {
  const view = await loadDossierView(io, options);
  const unknown = options.ids.filter((id) => !view.cases.some((c) => c.case.id === id));
  if (unknown.length > 0)
    throw new UserError(
      `no case with id ${unknown.map((id) => JSON.stringify(id)).join(', ')}; known: ${view.cases.map((c) => c.case.id).join(', ')}`,
    );
  const chosen = options.ids.length === 0 ? view : { ...view, cases: view.cases.filter((c) => options.ids.includes(c.case.id)) };
  if (options.json) {
    await io.stdout.write(renderJsonExport(chosen));
    return ExitCode.Ok;
  }
  const render = renderOptionsFor(io, options.color, options.locale);
  if (options.ids.length === 0) await io.stdout.write(renderOverview(view, render));
  else for (const caseView of chosen.cases) await io.stdout.write(renderCaseDetail(caseView, { ...render, asOf: view.asOf }));
  return ExitCode.Ok;
}
