// What every computation needs besides the cases: the date to compute "as of", the
// non-working days of each jurisdiction, and exchange rates. All injected: the analysis is pure.
import type { NonWorkingDays } from '../core/time/deadline.js';
import type { Jurisdiction } from '../core/time/conventions.js';
import type { RateTable } from '../core/money/rates.js';

export interface AnalysisContext {
  /** YYYY-MM-DD: statuses, days left and accruals are worked out for this day. */
  readonly asOf: string;
  readonly calendarFor: (jurisdiction: Jurisdiction) => NonWorkingDays;
  readonly rates: RateTable;
}

export interface Money {
  readonly minor: number;
  readonly currency: string;
}
