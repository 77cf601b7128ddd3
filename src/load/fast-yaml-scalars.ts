// The scalars of the fast YAML reader (fast-yaml.ts): plain ones resolved by yaml's own
// core-schema tags, quoted ones on one line with a few escapes. Anything else declines.
import { Schema, isScalar } from 'yaml';

/** Thrown to give up; caught once in fastYaml. */
export const DECLINE = new Error('declined');

export function decline(): never {
  throw DECLINE;
}

// The tags yaml's composer tries on a plain scalar, in its order (compose-scalar.js findScalarTagByTest).
const PLAIN_TAGS = new Schema({ schema: 'core', merge: false, resolveKnownTags: false }).tags.filter(
  (tag) => tag.default === true && tag.test !== undefined && !tag.collection,
);
const RESOLVE_OPTIONS = { intAsBigInt: false } as const;

/** Characters that cannot start a plain scalar here: the YAML 1.2 c-indicators but `-` (which starts `-1`; plainScalar decides). */
const INDICATORS = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`', '?', ':', "'", '"']);
const MAYBE_NOT_STRING = new Set(['-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '~', 'n', 'N', 't', 'T', 'f', 'F']);
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/** A one-line quoted scalar starting at `at` (a quote): its value and the offset after the closing quote. */
export function quotedScalar(text: string, at: number, end: number): [string, number] {
  const quote = text[at];
  let value = '';
  let from = at + 1;
  for (let i = from; i < end; i += 1) {
    const c = text[i];
    if (quote === "'" && c === "'") {
      if (text[i + 1] !== "'") return [value + text.slice(from, i), i + 1];
      value += text.slice(from, i + 1);
      i += 1;
      from = i + 1;
    } else if (quote === '"' && c === '"') return [value + text.slice(from, i), i + 1];
    else if (quote === '"' && c === '\\') {
      const escaped = SIMPLE_ESCAPES[text[i + 1] ?? ''];
      if (escaped === undefined) decline();
      value += text.slice(from, i) + escaped;
      i += 1;
      from = i + 1;
    }
  }
  return decline();
}

/** A plain scalar's value by yaml's core schema, or a decline when yaml would read it otherwise. */
export function plainScalar(raw: string, inFlow: boolean): unknown {
  const first = raw[0] ?? '';
  if (raw === '' || INDICATORS.has(first) || (first === '-' && (raw.length === 1 || raw[1] === ' '))) decline();
  if (!inFlow && (raw.includes(': ') || raw.endsWith(':'))) decline();
  // Every core-schema test but the string's starts with one of these (null `~`/`null`, booleans,
  // numbers, `.inf`, `.nan`); anything else is a string without trying them.
  if (!MAYBE_NOT_STRING.has(first)) return raw;
  for (const tag of PLAIN_TAGS) {
    if (!tag.test?.test(raw)) continue;
    const outcome = { failed: false };
    const resolved: unknown = tag.resolve(raw, () => (outcome.failed = true), RESOLVE_OPTIONS);
    if (outcome.failed) decline();
    return isScalar(resolved) ? resolved.value : resolved;
  }
  return raw;
}
