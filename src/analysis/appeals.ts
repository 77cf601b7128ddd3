// Where the appeals leave a measure: follow the chain of appeals (an appeal against the measure,
// then appeals against that judgment) to the last one, whose outcome and effect decide.
import type { Appeal, Case } from '../model/case-schema.js';
import { parseDateText } from '../core/dates/date-text.js';

export type AppealState = 'none' | 'pending' | 'upheld' | 'annulled' | 'reduced' | 'remitted';

/** The last decided outcome, which stands while a further appeal is pending or remitted. */
export type SettledState = 'none' | 'upheld' | 'annulled' | 'reduced';

export interface AppealStatus {
  readonly state: AppealState;
  readonly settled: SettledState;
  /** The appeals in the chain, earliest first. */
  readonly chain: readonly string[];
  /** The amount after a reduction, as decimal text. */
  readonly reducedTo?: string;
}

/**
 * As of a day, only what had happened by then counts: an appeal filed later is ignored, and one
 * decided later is still pending. An appeal with no filing date counts from the day the decision
 * it challenges was given.
 */
export function appealStatusOf(c: Case, measureId: string, asOf: string): AppealStatus {
  const appeals = knownAppeals(c, asOf);
  const chain: Appeal[] = [];
  let targets = new Set([measureId]);
  // Each round finds the appeals against the previous round's decisions; ids are unique, so this ends.
  for (let round = 0; round < appeals.length && targets.size > 0; round++) {
    const next = appeals.filter((a) => a.against.some((t) => targets.has(t)) && !chain.includes(a));
    chain.push(...next);
    targets = new Set(next.map((a) => a.id));
  }
  let state: AppealState = 'none';
  let settled: SettledState = 'none';
  let reducedTo: string | undefined;
  for (const appeal of chain) {
    state = stateAfter(appeal, state);
    if (state === 'pending' || state === 'remitted') continue;
    settled = state;
    // Only a decided reduction sets the amount; a pending appeal's recorded effect is not yet law.
    if (state === 'reduced' && appeal.effect?.kind === 'reduced' && appeal.effect.amount !== undefined) reducedTo = appeal.effect.amount;
  }
  return { state, settled, chain: chain.map((a) => a.id), ...(settled === 'reduced' && reducedTo !== undefined ? { reducedTo } : {}) };
}

/** The measures an appeal challenges, directly or through the earlier appeals it challenges. */
export function measuresChallenged(c: Case, appeal: Appeal): string[] {
  const measures = new Set((c.measures ?? []).map((m) => m.id));
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue = [...appeal.against];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (measures.has(id)) found.add(id);
    else queue.push(...((c.appeals ?? []).find((a) => a.id === id)?.against ?? []));
  }
  return [...found];
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

function knownAppeals(c: Case, asOf: string): Appeal[] {
  const firstDay = (text: string | undefined): string | undefined => {
    if (text === undefined) return undefined;
    const parsed = parseDateText(text);
    return 'range' in parsed ? parsed.range.first : undefined;
  };
  const eventDay = (id: string | undefined) => firstDay(c.events.find((e) => e.id === id)?.date);
  const decidedOn = new Map<string, string | undefined>();
  for (const m of c.measures ?? []) decidedOn.set(m.id, eventDay(m.decision));
  for (const a of c.appeals ?? []) decidedOn.set(a.id, eventDay(a.decision));
  const known: Appeal[] = [];
  for (const appeal of c.appeals ?? []) {
    const challengedOn = appeal.against.map((id) => decidedOn.get(id)).find((d) => d !== undefined);
    const filedOn = firstDay(appeal.filed) ?? challengedOn;
    if (filedOn === undefined || filedOn > asOf) continue;
    const judgedOn = decidedOn.get(appeal.id);
    known.push(judgedOn !== undefined && judgedOn > asOf ? { ...appeal, outcome: 'pending' } : appeal);
  }
  return known;
}
