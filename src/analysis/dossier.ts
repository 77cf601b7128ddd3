// The whole dossier as of a day: every case as known that day, with its deadlines, penalties and
// fines, and the totals in EUR. Everything a report or an export shows comes from here, computed
// afresh; only the JSON export's copy of the file shows the record as written.
import type { Case } from '../model/case-schema.js';
import { appealSteps, type AppealStep } from './appeal-graph.js';
import { recordAsOf } from './as-known.js';
import type { AnalysisContext } from './context.js';
import { caseDeadlines, sortDeadlines, type DeadlineView } from './deadlines.js';
import { caseFines, type FineView } from './fines.js';
import { dossierTotals, type DossierTotals } from './totals.js';

export interface CaseView {
  /** The case as known on the as-of day: nothing dated later. */
  readonly case: Case;
  /** The case file as written, later facts included. */
  readonly recorded: Case;
  readonly deadlines: readonly DeadlineView[];
  readonly fines: readonly FineView[];
  readonly appeals: readonly AppealStep[];
}

export interface DossierView {
  readonly asOf: string;
  readonly cases: readonly CaseView[];
  readonly totals: DossierTotals;
}

export function analyseDossier(cases: readonly Case[], context: AnalysisContext): DossierView {
  const views = [...cases]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((recorded): CaseView => {
      const known = recordAsOf(recorded, context.asOf);
      return {
        case: known,
        recorded,
        deadlines: sortDeadlines(caseDeadlines(known, context)),
        fines: caseFines(known, context),
        appeals: appealSteps(known),
      };
    });
  return { asOf: context.asOf, cases: views, totals: dossierTotals(views, context) };
}
