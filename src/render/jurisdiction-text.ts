// How a case's jurisdiction is named in every output.
import type { Case } from '../model/case-schema.js';

/**
 * A custom jurisdiction is printed with the rule the case states, never with a borrowed one;
 * `notStated` is the locale's words for a rule the case does not state.
 */
export function jurisdictionText(c: Case, notStated: string): string {
  return c.jurisdiction === 'custom' ? `custom (${c['custom-rule'] ?? notStated})` : c.jurisdiction;
}
