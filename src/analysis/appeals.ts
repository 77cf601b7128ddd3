// Where the appeals leave a measure: follow the chain of appeals (an appeal against the measure,
// then appeals against that judgment) to the last one, whose outcome and effect decide.
import type { Appeal, Case } from '../model/case-schema.js';

export type AppealState = 'none' | 'pending' | 'upheld' | 'annulled' | 'reduced' | 'remitted';

export interface AppealStatus {
  readonly state: AppealState;
  /** The appeals in the chain, earliest first. */
  readonly chain: readonly string[];
  /** The amount after a reduction, as decimal text. */
  readonly reducedTo?: string;
}

export function appealStatusOf(c: Case, measureId: string): AppealStatus {
  const appeals = c.appeals ?? [];
  const chain: Appeal[] = [];
  let targets = new Set([measureId]);
  // Each round finds the appeals against the previous round's decisions; ids are unique, so this ends.
  for (let round = 0; round < appeals.length && targets.size > 0; round++) {
    const next = appeals.filter((a) => a.against.some((t) => targets.has(t)) && !chain.includes(a));
    chain.push(...next);
    targets = new Set(next.map((a) => a.id));
  }
  let state: AppealState = 'none';
  let reducedTo: string | undefined;
  for (const appeal of chain) {
    const outcome = stateAfter(appeal, state);
    state = outcome;
    if (appeal.effect?.kind === 'reduced' && appeal.effect.amount !== undefined) reducedTo = appeal.effect.amount;
  }
  return { state, chain: chain.map((a) => a.id), ...(state === 'reduced' && reducedTo !== undefined ? { reducedTo } : {}) };
}

function stateAfter(appeal: Appeal, before: AppealState): AppealState {
  switch (appeal.outcome) {
    case 'pending':
      return 'pending';
    case 'remitted':
      return 'remitted';
    case 'withdrawn':
      return before === 'none' ? 'upheld' : before;
    case 'dismissed':
      // The decision below stands: the measure itself, or the earlier judgment's effect.
      return before === 'none' || before === 'pending' ? 'upheld' : before;
    case 'allowed':
    case 'partly-allowed': {
      const effect = appeal.effect?.kind;
      if (effect === 'annulled' || effect === 'reduced' || effect === 'remitted' || effect === 'upheld') return effect;
      return before === 'none' ? 'upheld' : before;
    }
  }
}
