// Every string that comes from a case file (titles, notes, file paths, YAML excerpts) passes
// through here before it reaches a terminal. Co-authors are untrusted, so a value must not be
// able to move the cursor, rewrite an earlier line (`\r`, `\b`, `ESC[2K`), hide text (`ESC[8m`),
// set the window title or clipboard (OSC 0/52), plant hyperlinks (OSC 8) or reorder what the
// reader sees (Trojan Source bidi controls). Stripping is not enough: strip-ansi and
// util.stripVTControlCharacters leave `\r`, `\b`, BEL, a lone ESC and U+202E in place, and
// silently dropping bytes would also hide that the data was hostile. So dangerous code units
// are *escaped*: replaced by visible, printable ASCII.
//
// Representation:
//   - code units up to U+00FF (C0, DEL, C1) become `\xHH`   e.g. ESC -> `\x1B`, CR -> `\x0D`
//   - everything else                          becomes `\uHHHH` e.g. RLO -> `\u202E`
//   - lone surrogates                           become `\uHHHH` e.g. `\uD800`
// Hex digits are upper case so the output is canonical.
//
// Why backslashes in the input are NOT escaped: sanitize must be idempotent (property P2), so
// its output must be a fixed point. The escapes above consist only of printable ASCII that the
// second pass leaves alone; if we also doubled `\`, every pass would double them again. The
// price is that the mapping is not reversible (a literal `\x1B` typed by a co-author looks like
// an escaped ESC). That is harmless: both are inert text, and reversibility is impossible anyway
// for a non-identity function that is idempotent.

export interface SanitizeOptions {
  /**
   * For one-line contexts (table cells, diagnostics, list rows): a newline could forge a fake
   * row such as "\n✔ case-42 PAID", so `\n` is shown as `↵` and `\t` as a single space.
   */
  readonly singleLine?: boolean;
}

// Escaped in every mode:
//   \x00-\x08 \x0B-\x1F   C0 except \t (\x09) and \n (\x0A); this includes CR, BS, BEL, ESC
//   \x7F-\x9F             DEL and C1 (\x9B is a one-byte CSI on some terminals)
//   \u061C                Arabic letter mark
//   \u200E \u200F         LRM, RLM
//   \u2028 \u2029         line/paragraph separators: some viewers break lines on them, which
//                         would defeat single-line mode; invisible otherwise
//   \u202A-\u202E         LRE, RLE, PDF, LRO, RLO
//   \u2066-\u2069         LRI, RLI, FSI, PDI
//   lone surrogates       a high surrogate not followed by a low one, or a low one not preceded
//                         by a high one; terminals render them unpredictably and they are not
//                         valid UTF-8 when written out
// The regex has no `u` flag on purpose: it must see UTF-16 code units to spot lone surrogates.
// Every alternative matches exactly one code unit with at most one unit of look-around, so the
// scan is linear in the input length.
const CONTROL_CLASS = '\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

const MULTI_LINE = new RegExp(`[${CONTROL_CLASS}]|${LONE_SURROGATE}`, 'g');
const SINGLE_LINE = new RegExp(`[\\t\\n${CONTROL_CLASS}]|${LONE_SURROGATE}`, 'g');

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/** The visible, printable-ASCII spelling of one code unit. */
export function visibleEscape(unit: string): string {
  const code = unit.charCodeAt(0);
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

function escapeSingleLine(unit: string): string {
  if (unit === '\n') return '↵';
  if (unit === '\t') return ' ';
  return visibleEscape(unit);
}

/**
 * Makes `s` safe to write to a terminal: no C0 control except `\n` and `\t` (neither of them in
 * single-line mode), no DEL, no C1, no bidi control, no lone surrogate. Everything else, including
 * ordinary non-ASCII text and emoji, is returned unchanged. Idempotent and linear-time.
 */
export function sanitizeForTerminal(s: string, options: SanitizeOptions = {}): string {
  // `replace` with a global regex resets lastIndex itself, so sharing the compiled patterns
  // across calls is safe.
  return options.singleLine === true ? s.replace(SINGLE_LINE, escapeSingleLine) : s.replace(MULTI_LINE, visibleEscape);
}
