// The scalars and keys of the fast YAML reader (fast-yaml.ts): plain scalars resolved by yaml's
// own core-schema tags, quoted ones on one line with a few escapes, keys of a plain form. Anything
// else declines.
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
const INDICATOR = asciiTable(',[]{}#&*!|>%@`?:\'"');
// Every core-schema test but the string's starts with one of these (null `~`/`null`, booleans,
// numbers, `.inf`, `.nan`); a plain scalar starting otherwise is a string without trying them.
const MAYBE_NOT_STRING = asciiTable('-+.0123456789~nNtTfF');

// Dates and periods, which start with a digit, without trying every tag: no core-schema number
// holds a space, and after its first digits only an exponent (after e or E) holds a `-`.
const DIGITS_THEN_TEXT = /^[0-9]+-| /;

function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i += 1) table[chars.charCodeAt(i)] = 1;
  return table;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/** A one-line quoted scalar starting at `at` (a quote): its value and the offset after the closing quote. */
export function quotedScalar(text: string, at: number, end: number): [string, number] {
  const quote = text.charCodeAt(at);
  const close = text.indexOf(quote === 34 ? '"' : "'", at + 1);
  if (close === -1 || close >= end) decline();
  // The common case: no escape before the closing quote.
  if (quote === 34 ? !hasBackslash(text, at + 1, close) : text.charCodeAt(close + 1) !== 39) return [text.slice(at + 1, close), close + 1];
  let value = '';
  let from = at + 1;
  for (let i = from; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (quote === 39 && c === 39) {
      if (text.charCodeAt(i + 1) !== 39) return [value + text.slice(from, i), i + 1];
      value += text.slice(from, i + 1);
      i += 1;
      from = i + 1;
    } else if (quote === 34 && c === 34) return [value + text.slice(from, i), i + 1];
    else if (quote === 34 && c === 92) {
      const escaped = SIMPLE_ESCAPES[text[i + 1] ?? ''];
      if (escaped === undefined) decline();
      value += text.slice(from, i) + escaped;
      i += 1;
      from = i + 1;
    }
  }
  return decline();
}

/** `at` less the spaces before it: where a plain scalar that stops at `at` ends. */
export function trimmedEnd(text: string, at: number): number {
  let end = at;
  while (text.charCodeAt(end - 1) === 32) end -= 1;
  return end;
}

function hasBackslash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 92) return true;
  return false;
}

/** A plain scalar's value by yaml's core schema, or a decline when yaml would read it otherwise. */
export function plainScalar(raw: string, inFlow: boolean): unknown {
  const first = raw.charCodeAt(0);
  if (raw === '' || INDICATOR[first] === 1 || (first === 45 && (raw.length === 1 || raw.charCodeAt(1) === 32))) decline();
  if (!inFlow && (raw.includes(': ') || raw.endsWith(':'))) decline();
  if (MAYBE_NOT_STRING[first] !== 1 || (first >= 48 && first <= 57 && DIGITS_THEN_TEXT.test(raw))) return raw;
  for (const tag of PLAIN_TAGS) {
    if (!tag.test?.test(raw)) continue;
    const outcome = { failed: false };
    const resolved: unknown = tag.resolve(raw, () => (outcome.failed = true), RESOLVE_OPTIONS);
    if (outcome.failed) decline();
    return isScalar(resolved) ? resolved.value : resolved;
  }
  return raw;
}

/** After `:` in a flow scalar, what makes it a key: a space, a flow indicator, the end of the line. */
export const FLOW_KEY_END = new Uint8Array(128).fill(0);
for (const c of [' ', ',', ']', '}', '\n']) FLOW_KEY_END[c.charCodeAt(0)] = 1;
/** Keys the fast reader reads: plain, of this form, and none that yaml or JavaScript treats specially. */
export const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
export const KEY_LIKE = /[A-Za-z_][A-Za-z0-9_-]*:(?: |$)/y;
export const RESERVED_KEYS = new Set(['__proto__', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

const KEY_START = new Uint8Array(128);
const KEY_PART = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) {
  const char = String.fromCharCode(c);
  KEY_START[c] = /[A-Za-z_]/.test(char) ? 1 : 0;
  KEY_PART[c] = /[A-Za-z0-9_-]/.test(char) ? 1 : 0;
}

/** Where the `:` after a key of KEY's form starting at `at` stands; declines when there is no such key. */
export function keyEnd(text: string, at: number): number {
  if (KEY_START[text.charCodeAt(at)] !== 1) decline();
  let i = at + 1;
  while (KEY_PART[text.charCodeAt(i)] === 1) i += 1;
  if (text.charCodeAt(i) !== 58) decline();
  return i;
}
