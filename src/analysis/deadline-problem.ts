// Why a deadline cannot be computed, as data: each renderer words it in its locale (src/i18n).
// `message` kinds carry the text of an error from the engine or the calendar as it was raised.
import type { CalendarProblem } from '../core/time/computation.js';

export type DeadlineProblem =
  | { readonly kind: 'no-event'; readonly eventId: string }
  | { readonly kind: 'not-notified'; readonly eventId: string; readonly asOf: string }
  | { readonly kind: 'dated-imprecisely'; readonly eventId: string; readonly precision: string; readonly date: string }
  | { readonly kind: 'no-compliance-deadline' }
  | { readonly kind: 'not-a-period'; readonly text: string }
  | { readonly kind: 'not-a-date'; readonly text: string; readonly error: string }
  | { readonly kind: 'nothing-before'; readonly text: string }
  | { readonly kind: 'custom-jurisdiction'; readonly rule?: string }
  | { readonly kind: 'penalty-too-large'; readonly message: string }
  /** `calendar`: what the error is about, when the calendar said (its message is the English). */
  | { readonly kind: 'engine'; readonly message: string; readonly calendar?: CalendarProblem };

/** Why an order's compliance is suspended: a suspension on record, or a pending appeal under the case's law. */
export type SuspensionCause =
  | { readonly kind: 'recorded'; readonly from: string; readonly by: string; readonly body?: string }
  | { readonly kind: 'pending-appeal'; readonly citation: string; readonly confirmed: boolean };
