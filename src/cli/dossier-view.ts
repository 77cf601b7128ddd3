// Loads the cases and analyses them as of the requested day: the common start of the commands
// that report and export.
import { analyseDossier, type DossierView } from '../analysis/dossier.js';
import { createAnalysisContext } from './analysis-context.js';
import { loadCaseSet } from './case-set.js';
import type { Io } from './io.js';

export interface ViewOptions {
  readonly casesDir: string;
  readonly asOf: string | undefined;
  readonly rates: string | undefined;
  readonly holidays: string | undefined;
}

/** The options every command that reports on the analysed dossier shares. */
export interface ReportingOptions extends ViewOptions {
  readonly color: false | undefined;
  readonly json: boolean;
  readonly locale: 'en' | 'fr';
}

export async function loadDossierView(io: Io, options: ViewOptions): Promise<DossierView> {
  const loaded = await loadCaseSet(io, options.casesDir);
  const context = await createAnalysisContext(io, { asOf: options.asOf, rates: options.rates, holidays: options.holidays });
  return analyseDossier(
    loaded.map((l) => l.case),
    context,
  );
}
