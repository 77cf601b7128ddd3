// How a case's jurisdiction is named in every output.
import type { Case } from '../model/case-schema.js';

/** A custom jurisdiction is printed with the rule the case states, never with a borrowed one. */
export function jurisdictionText(c: Case): string {
  return c.jurisdiction === 'custom' ? `custom (${c['custom-rule'] ?? 'rule not stated'})` : c.jurisdiction;
}
