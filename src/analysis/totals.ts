// Totals in EUR across the dossier, kept apart as a reader needs them: imposed, enforceable now,
// penalty payments payable (liquidated, or forfeited and collected by a decision), penalty
// payments accrued but not payable (at most what could still be liquidated or collected; never
// part of what is owed), and collected. Penalties are converted at the rate of the day they are
// counted to (the payable decision, or the as-of day).
import { convertToEurOn } from '../core/money/convert.js';
import { addWithinSafeRange } from '../core/money/totals.js';
import type { AnalysisContext } from './context.js';
import type { CaseView } from './dossier.js';
import { failureOf, type Unconverted } from './money-problem.js';

export interface EurTotal {
  /** Sum in euro cents of every amount that could be converted. */
  readonly minor: number;
  /** Amounts left out because no rate was available, or the total would pass exact arithmetic, and why. */
  readonly unconverted: readonly Unconverted[];
}

export interface DossierTotals {
  readonly imposed: EurTotal;
  readonly enforceable: EurTotal;
  /** The part of `enforceable` that rests on a notification the record does not date. */
  readonly enforceableIfNotified: EurTotal;
  readonly penaltiesPayable: EurTotal;
  readonly penaltiesNotPayable: EurTotal;
  readonly collected: EurTotal;
  /** enforceable + penalties payable − collected: what is due today on the record. */
  readonly owed: EurTotal;
}

class Accumulator {
  private minor = 0;
  private readonly missing: Unconverted[] = [];
  constructor(private readonly context: AnalysisContext) {}

  add(minor: number, currency: string, date: string, what: string): void {
    if (minor === 0) return;
    const converted = currency === 'EUR' ? undefined : convertToEurOn(this.context.rates, minor, currency, date);
    if (converted?.ok === false) {
      this.missing.push({ item: what, problem: { kind: 'conversion', failure: failureOf(converted) } });
      return;
    }
    const next = addWithinSafeRange(this.minor, converted?.conversion.eurMinor ?? minor);
    // Left out rather than rounded: a total past 2^53 minor units cannot be held exactly.
    if (next === undefined) this.missing.push({ item: what, problem: { kind: 'total-too-large' } });
    else this.minor = next;
  }

  total(): EurTotal {
    return { minor: this.minor, unconverted: [...this.missing] };
  }
}

export function dossierTotals(cases: readonly CaseView[], context: AnalysisContext): DossierTotals {
  const imposed = new Accumulator(context);
  const enforceable = new Accumulator(context);
  const ifNotified = new Accumulator(context);
  const collected = new Accumulator(context);
  const payable = new Accumulator(context);
  const notPayable = new Accumulator(context);
  for (const view of cases) {
    for (const fine of view.fines) {
      const label = `${view.case.id}/${fine.measureId}`;
      imposed.add(fine.imposed.minor, fine.imposed.currency, fine.decisionDate, label);
      enforceable.add(fine.enforceable.minor, fine.enforceable.currency, fine.decisionDate, label);
      if (fine.enforceability === 'enforceable-if-notified')
        ifNotified.add(fine.enforceable.minor, fine.enforceable.currency, fine.decisionDate, label);
      collected.add(fine.paid.minor, fine.paid.currency, fine.decisionDate, label);
    }
    for (const deadline of view.deadlines) {
      const penalty = deadline.penalty;
      if (!penalty) continue;
      const label = `${view.case.id}/${deadline.id}`;
      for (const l of penalty.liquidations) if (l.payable) payable.add(l.amountMinor, penalty.currency, l.decidedOn ?? context.asOf, label);
      for (const l of penalty.collections) if (l.payable) payable.add(l.amountMinor, penalty.currency, context.asOf, label);
      notPayable.add(penalty.notPayableMinor ?? 0, penalty.currency, context.asOf, label);
    }
  }
  const e = enforceable.total();
  const p = payable.total();
  const c = collected.total();
  return {
    imposed: imposed.total(),
    enforceable: e,
    enforceableIfNotified: ifNotified.total(),
    penaltiesPayable: p,
    penaltiesNotPayable: notPayable.total(),
    collected: c,
    owed: owed(e, p, c),
  };
}

/** enforceable + liquidated − collected, never below zero; the liquidated part is left out when the sum is too large. */
function owed(e: EurTotal, l: EurTotal, c: EurTotal): EurTotal {
  const unconverted = [...e.unconverted, ...l.unconverted, ...c.unconverted];
  const withLiquidated = addWithinSafeRange(e.minor, l.minor);
  if (withLiquidated === undefined)
    return { minor: Math.max(0, e.minor - c.minor), unconverted: [...unconverted, { problem: { kind: 'payable-too-large' } }] };
  return { minor: Math.max(0, withLiquidated - c.minor), unconverted };
}
