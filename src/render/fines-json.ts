// `fines --json` (`dossier-fines/1`): the analysis's fines, groups and totals as they are, except
// that why an amount has no EUR figure, or a fine no cap check, is the English sentence the
// format has always carried (`reason`, `unconverted`), not the problem's data.
import type { FineGroup, FineGrouping } from '../analysis/fine-groups.js';
import type { FineView } from '../analysis/fines.js';
import type { DossierTotals, EurTotal } from '../analysis/totals.js';
import { moneyProblem, unconverted } from '../i18n/en/money-problems.js';

export function finesDocument(
  asOf: string,
  groupBy: FineGrouping,
  fines: readonly FineView[],
  groups: readonly FineGroup[],
  totals: DossierTotals,
): object {
  return {
    format: 'dossier-fines/1',
    asOf,
    groupBy,
    fines: fines.map((f) => ({
      ...f,
      eur: f.eur.ok ? f.eur : { ok: false, reason: moneyProblem(f.eur.problem) },
      cap: f.cap.ok ? f.cap : { ok: false, reason: moneyProblem(f.cap.problem) },
    })),
    groups: groups.map((g) => ({ ...g, unconverted: g.unconverted.map(unconverted) })),
    totals: Object.fromEntries(
      Object.entries(totals).map(([key, total]: [string, EurTotal]) => [
        key,
        { ...total, unconverted: total.unconverted.map(unconverted) },
      ]),
    ),
  };
}
