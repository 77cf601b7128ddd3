// The whole dossier as of a day: every case with its deadlines, penalties and fines, and the
// totals in EUR. Everything a report or an export shows comes from here, computed afresh.
import type { Case } from '../model/case-schema.js';
import type { AnalysisContext } from './context.js';
import { caseDeadlines, sortDeadlines, type DeadlineView } from './deadlines.js';
import { caseFines, type FineView } from './fines.js';
import { dossierTotals, type DossierTotals } from './totals.js';

export interface CaseView {
  readonly case: Case;
  readonly deadlines: readonly DeadlineView[];
  readonly fines: readonly FineView[];
}

export interface DossierView {
  readonly asOf: string;
  readonly cases: readonly CaseView[];
  readonly totals: DossierTotals;
}

export function analyseDossier(cases: readonly Case[], context: AnalysisContext): DossierView {
  const views = [...cases]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c): CaseView => ({ case: c, deadlines: sortDeadlines(caseDeadlines(c, context)), fines: caseFines(c, context) }));
  return { asOf: context.asOf, cases: views, totals: dossierTotals(views, context) };
}
