// The label of a deadline as every output prints it: a payment's is the fine's summary after the
// locale's "Payment: ", the others are the case file's label as written.
import type { DeadlineView } from '../analysis/deadlines.js';

export function deadlineLabel(d: Pick<DeadlineView, 'kind' | 'label'>, paymentOf: string): string {
  return d.kind === 'payment' ? `${paymentOf}${d.label}` : d.label;
}
