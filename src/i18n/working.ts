// The shape of a locale's wording of a deadline's working (en/working.ts, fr/working.ts): every
// kind of step, reason, rule, assumption, penalty note, deadline problem, fine note and money problem that the
// engine and the analysis return as data (core/time/working.ts, src/analysis).
import type { AlternativeKind } from '../analysis/deadline-compute.js';
import type { DeadlineProblem, SuspensionCause } from '../analysis/deadline-problem.js';
import type { FineNote } from '../analysis/fines.js';
import type { MoneyProblem, Unconverted } from '../analysis/money-problem.js';
import type { PenaltyNote } from '../analysis/penalties.js';
import type { Assumption, NonWorkingReason, RuleApplied, WorkingStep } from '../core/time/working.js';

export interface Working {
  /** A skipped day's reasons: `Saturday`, `public holiday: Armistice Day`. */
  readonly reasons: (list: readonly NonWorkingReason[]) => string;
  readonly rule: (rule: RuleApplied) => string;
  readonly step: (step: WorkingStep) => string;
  readonly assumption: (assumption: Assumption) => string;
  readonly penaltyNote: (note: PenaltyNote) => string;
  /** The open point another reading of a deadline rests on, as a clause ("if …"). */
  readonly alternativeReading: (kind: AlternativeKind) => string;
  /** Why a deadline cannot be computed. */
  readonly problem: (problem: DeadlineProblem) => string;
  /** Why an order's compliance is suspended. */
  readonly suspension: (cause: SuspensionCause) => string;
  /** What qualifies a fine's enforceability, as one clause. */
  readonly fineNotes: (notes: readonly FineNote[]) => string;
  /** Why an amount has no EUR figure, or a fine no cap check. */
  readonly moneyProblem: (problem: MoneyProblem) => string;
  /** An amount left out of a EUR total, with why: `case/measure: …`. */
  readonly unconverted: (item: Unconverted) => string;
}
