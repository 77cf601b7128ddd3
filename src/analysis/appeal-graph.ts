// Appeals form a graph: an appeal challenges measures, findings, a decision as a whole (every
// measure it imposed, or every measure a binding decision instructed) or earlier judgments.
// Parallel challenges of the same thing are siblings; an onward appeal can set a judgment aside
// and send the case back to be heard again. This module answers, per measure, what stands now.
import type { Appeal, AppealEffect, Case, Fine, Measure } from '../model/case-schema.js';

export type AppealState = 'none' | 'pending' | 'upheld' | 'annulled' | 'reduced' | 'remitted';

export interface MeasureAppeals {
  /** Where the appeals leave the measure. `pending` when a challenge awaits a decision. */
  readonly state: AppealState;
  /** What stands while anything is pending: the measure as imposed, or the last decided effect. */
  readonly standing: 'imposed' | 'annulled' | 'reduced' | 'remitted';
  /** The amount that stands after a decided reduction, as decimal text. */
  readonly reducedTo?: string;
  /** True when a challenge (first or onward) of the measure awaits a decision. */
  readonly pending: boolean;
  /** Every appeal that bears on the measure, in the order they were lodged. */
  readonly appeals: readonly string[];
}

/** What one appeal did, as far as the record goes: decided and standing, set aside, or pending. */
export interface AppealStep {
  readonly appeal: Appeal;
  readonly status: 'pending' | 'decided' | 'set-aside' | 'reheard';
  /** The onward appeal that set this one aside or sent it back. */
  readonly by?: string;
}

/** The ids an appeal's `against` entry stands for: measure ids, directly or through their decision. */
export function measuresTargeted(c: Case, targetId: string): Measure[] {
  const measures = c.measures ?? [];
  const direct = measures.filter((m) => m.id === targetId);
  if (direct.length > 0) return direct;
  const instructed = new Set(c.events.filter((e) => e['instructed-by'] === targetId).map((e) => e.id));
  return measures.filter((m) => m.decision === targetId || instructed.has(m.decision));
}

/** The fines an effect on `targetId` changes: the fine itself, a decision's fines, or those of an earlier appeal. */
export function finesAffected(c: Case, targetId: string, seen: ReadonlySet<string> = new Set()): Fine[] {
  if (seen.has(targetId)) return [];
  const appeal = (c.appeals ?? []).find((a) => a.id === targetId);
  const measures = appeal
    ? appeal.against.flatMap((id) => finesAffected(c, id, new Set([...seen, targetId])))
    : measuresTargeted(c, targetId);
  return [...new Set(measures.filter((m): m is Fine => m.kind === 'fine'))];
}

function challenges(c: Case, appeal: Appeal, measure: Measure): boolean {
  return appeal.against.some((id) => measuresTargeted(c, id).includes(measure));
}

function onwardAppeals(c: Case, appeal: Appeal): Appeal[] {
  return (c.appeals ?? []).filter((a) => a.against.includes(appeal.id));
}

function effectOn(appeal: Appeal, ids: readonly string[]): AppealEffect | undefined {
  return (appeal.effects ?? []).find((e) => ids.includes(e.on));
}

type Resolved =
  { readonly pending: true; readonly further: boolean } | { readonly pending: false; readonly effect: Effect; readonly further: boolean };
type Effect = { readonly kind: 'upheld' | 'annulled' | 'remitted' } | { readonly kind: 'reduced'; readonly amount?: string };

/** An appeal's own result for the measure, before onward appeals. */
function ownResult(appeal: Appeal, ids: readonly string[]): Resolved {
  switch (appeal.outcome) {
    case 'pending':
    case 'unknown':
      return { pending: true, further: false };
    case 'dismissed':
    case 'withdrawn':
      return { pending: false, effect: { kind: 'upheld' }, further: false };
    case 'allowed':
    case 'partly-allowed':
    case 'remitted': {
      const effect = effectOn(appeal, ids);
      if (effect === undefined || effect.effect === 'set-aside') {
        // A decided appeal that names no effect on this measure leaves it as it was.
        return { pending: false, effect: { kind: appeal.outcome === 'remitted' ? 'remitted' : 'upheld' }, further: false };
      }
      return {
        pending: false,
        effect:
          effect.effect === 'reduced' ? { kind: 'reduced', ...(effect.amount ? { amount: effect.amount } : {}) } : { kind: effect.effect },
        further: false,
      };
    }
  }
}

function resolve(c: Case, appeal: Appeal, ids: readonly string[], depth: number): Resolved {
  let result = ownResult(appeal, ids);
  if (depth > (c.appeals ?? []).length) return result; // a cycle in a broken file: stop, never loop
  for (const onward of onwardAppeals(c, appeal)) {
    const next = resolve(c, onward, [...ids, appeal.id], depth + 1);
    if (next.pending) {
      result = { ...result, further: true };
      continue;
    }
    const onThis = effectOn(onward, [appeal.id]);
    const onMeasure = effectOn(onward, ids);
    if (onward['remitted-to'] === appeal.id) result = { pending: true, further: false };
    else if (onMeasure && onMeasure.effect !== 'set-aside') result = { ...next, further: result.further || next.further };
    else if (onThis?.effect === 'set-aside') result = { pending: false, effect: { kind: 'upheld' }, further: next.further };
    if (next.further) result = { ...result, further: true };
  }
  return result;
}

export function measureAppeals(c: Case, measure: Measure): MeasureAppeals {
  const direct = (c.appeals ?? []).filter((a) => challenges(c, a, measure));
  const involved = new Set<string>();
  const visit = (a: Appeal) => {
    if (involved.has(a.id)) return;
    involved.add(a.id);
    onwardAppeals(c, a).forEach(visit);
  };
  direct.forEach(visit);
  const ids = [measure.id, measure.decision];
  const results = direct.map((a) => resolve(c, a, ids, 0));
  const decided = results.flatMap((r) => (r.pending ? [] : [r.effect]));
  const pending = results.some((r) => r.pending || r.further);
  // Parallel challenges: an annulment by any of them stands; otherwise the lowest reduction.
  const standing: Effect = decided.find((e) => e.kind === 'annulled') ??
    decided.find((e) => e.kind === 'remitted') ??
    decided.filter((e) => e.kind === 'reduced').sort((a, b) => Number(a.amount ?? Infinity) - Number(b.amount ?? Infinity))[0] ??
    decided.find((e) => e.kind === 'upheld') ?? { kind: 'upheld' };
  const standingKind = standing.kind === 'upheld' ? 'imposed' : standing.kind;
  const state: AppealState = direct.length === 0 ? 'none' : pending ? 'pending' : standing.kind;
  const order = (c.appeals ?? []).filter((a) => involved.has(a.id)).map((a) => a.id);
  return {
    state,
    standing: standingKind,
    ...(standing.kind === 'reduced' && standing.amount !== undefined ? { reducedTo: standing.amount } : {}),
    pending,
    appeals: order,
  };
}

/** Each appeal with what became of it: decided, pending, set aside by an onward appeal, or sent back. */
export function appealSteps(c: Case): AppealStep[] {
  return (c.appeals ?? []).map((appeal): AppealStep => {
    const onward = onwardAppeals(c, appeal).filter((a) => a.outcome !== 'pending' && a.outcome !== 'unknown');
    const reheard = onward.find((a) => a['remitted-to'] === appeal.id);
    if (reheard) return { appeal, status: 'reheard', by: reheard.id };
    const setAside = onward.find((a) => effectOn(a, [appeal.id])?.effect === 'set-aside');
    if (setAside) return { appeal, status: 'set-aside', by: setAside.id };
    return { appeal, status: appeal.outcome === 'pending' || appeal.outcome === 'unknown' ? 'pending' : 'decided' };
  });
}
