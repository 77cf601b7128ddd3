// What every computation needs besides the cases: the date to compute "as of", the
// non-working days of each jurisdiction, and exchange rates. All injected: the analysis is pure.
import type { NonWorkingDays } from '../core/time/deadline.js';
import type { Jurisdiction } from '../core/time/conventions.js';
import type { RateTable } from '../core/money/rates.js';

export interface AnalysisContext {
  /** YYYY-MM-DD: statuses, days left and accruals are worked out for this day. */
  readonly asOf: string;
  /** The non-working days of a jurisdiction, with the rule options a deadline may set. */
  readonly calendarFor: (jurisdiction: Jurisdiction, options?: CalendarChoice) => NonWorkingDays;
  readonly rates: RateTable;
}

export interface CalendarChoice {
  /** EU: the Member State whose public holidays count. */
  readonly holidayCountry?: string;
  /** IT and GR: Saturday is a working day. */
  readonly saturdayWorking?: boolean;
}

export interface Money {
  readonly minor: number;
  readonly currency: string;
}
