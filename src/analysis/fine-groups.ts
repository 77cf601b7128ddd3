// Totals of fines by a grouping (authority, country, year, respondent): exact sums in minor
// units per currency, and in EUR for those that could be converted.
import { addWithinSafeRange } from '../core/money/totals.js';
import type { FineView } from './fines.js';
import type { MoneyProblem, Unconverted } from './money-problem.js';

export type FineGrouping = 'authority' | 'country' | 'year' | 'respondent';

export interface FineGroup {
  readonly key: string;
  readonly count: number;
  /** Imposed amounts per currency, currencies in alphabetical order. */
  readonly imposed: readonly { readonly currency: string; readonly minor: number }[];
  readonly imposedEurMinor: number;
  readonly enforceableEurMinor: number;
  readonly paidEurMinor: number;
  /** Fines left out of the EUR sums for want of a rate. */
  readonly unconverted: readonly Unconverted[];
}

export function groupKey(fine: FineView, by: FineGrouping): string {
  switch (by) {
    case 'authority':
      return `${fine.authority} (${fine.country})`;
    case 'country':
      return fine.country;
    case 'year':
      return fine.decisionDate.slice(0, 4);
    case 'respondent':
      return fine.respondent;
  }
}

/** Fines decided after the as-of day did not exist yet: they count in no group. */
export function groupFines(fines: readonly FineView[], by: FineGrouping): FineGroup[] {
  const groups = new Map<string, FineView[]>();
  for (const fine of fines.filter((f) => f.imposedByAsOf)) {
    const key = groupKey(fine, by);
    groups.set(key, [...(groups.get(key) ?? []), fine]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, members]) => summarise(key, members));
}

/** Every fine imposed by the as-of day under one key: the grand total of a grouping. */
export function totalOfFines(fines: readonly FineView[], key: string): FineGroup {
  return summarise(
    key,
    fines.filter((f) => f.imposedByAsOf),
  );
}

function summarise(key: string, fines: readonly FineView[]): FineGroup {
  const perCurrency = new Map<string, number>();
  let imposedEur = 0;
  let enforceableEur = 0;
  let paidEur = 0;
  const unconverted: Unconverted[] = [];
  const leftOut = (fine: FineView, problem: MoneyProblem): Unconverted => ({ item: `${fine.caseId}/${fine.measureId}`, problem });
  for (const fine of fines) {
    const inCurrency = addWithinSafeRange(perCurrency.get(fine.imposed.currency) ?? 0, fine.imposed.minor);
    // A fine that would take a total past exact arithmetic is left out of every sum, and named.
    if (inCurrency === undefined) {
      unconverted.push(leftOut(fine, { kind: 'total-too-large' }));
      continue;
    }
    if (!fine.eur.ok) {
      perCurrency.set(fine.imposed.currency, inCurrency);
      unconverted.push(leftOut(fine, fine.eur.problem));
      continue;
    }
    // Enforceable and paid amounts are in the fine's currency: convert them at the same rate.
    const { eurMinor, sourceMinor } = fine.eur.conversion;
    const imposed = addWithinSafeRange(imposedEur, eurMinor);
    const enforceable = addWithinSafeRange(enforceableEur, proportion(eurMinor, fine.enforceable.minor, sourceMinor));
    const paid = addWithinSafeRange(paidEur, proportion(eurMinor, fine.paid.minor, sourceMinor));
    if (imposed === undefined || enforceable === undefined || paid === undefined) {
      unconverted.push(leftOut(fine, { kind: 'total-too-large' }));
      continue;
    }
    perCurrency.set(fine.imposed.currency, inCurrency);
    imposedEur = imposed;
    enforceableEur = enforceable;
    paidEur = paid;
  }
  return {
    key,
    count: fines.length,
    imposed: [...perCurrency.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, minor]) => ({ currency, minor })),
    imposedEurMinor: imposedEur,
    enforceableEurMinor: enforceableEur,
    paidEurMinor: paidEur,
    unconverted,
  };
}

/** eur × part / whole, exact when part is 0 or whole (the usual cases), else rounded half up. */
function proportion(eurMinor: number, part: number, whole: number): number {
  if (part === 0 || whole === 0) return 0;
  if (part === whole) return eurMinor;
  const numerator = BigInt(eurMinor) * BigInt(part) * 2n + BigInt(whole);
  return Number(numerator / (2n * BigInt(whole)));
}
