import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, visibleEscape } from '../../src/render/sanitize.js';

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

// each payload with its exact rendering in both modes.
const PAYLOADS: readonly (readonly [name: string, input: string, multi: string, single: string])[] = [
  [
    'OSC 8 hyperlink',
    `${ESC}]8;;https://evil${BEL}click${ESC}]8;;${BEL}`,
    '\\x1B]8;;https://evil\\x07click\\x1B]8;;\\x07',
    '\\x1B]8;;https://evil\\x07click\\x1B]8;;\\x07',
  ],
  [
    'OSC 52 clipboard write',
    `${ESC}]52;c;Y3VybCBldmlsIHwgc2g=${ST}`,
    '\\x1B]52;c;Y3VybCBldmlsIHwgc2g=\\x1B\\',
    '\\x1B]52;c;Y3VybCBldmlsIHwgc2g=\\x1B\\',
  ],
  ['OSC 0 window title', `${ESC}]0;pwned${BEL}`, '\\x1B]0;pwned\\x07', '\\x1B]0;pwned\\x07'],
  ['erase line + CR', `OK${ESC}[2K\rPAID`, 'OK\\x1B[2K\\x0DPAID', 'OK\\x1B[2K\\x0DPAID'],
  ['concealed text', `${ESC}[8mhidden${ESC}[0m`, '\\x1B[8mhidden\\x1B[0m', '\\x1B[8mhidden\\x1B[0m'],
  ['C1 CSI', '\x9b31mred', '\\x9B31mred', '\\x9B31mred'],
  ['carriage return overwrite', 'Fine: 10 EUR\rFine: 99999 EUR', 'Fine: 10 EUR\\x0DFine: 99999 EUR', 'Fine: 10 EUR\\x0DFine: 99999 EUR'],
  ['backspace overwrite', 'PAID\b\b\b\bOVERDUE', 'PAID\\x08\\x08\\x08\\x08OVERDUE', 'PAID\\x08\\x08\\x08\\x08OVERDUE'],
  ['BEL', `ding${BEL}`, 'ding\\x07', 'ding\\x07'],
  ['lone ESC', `a${ESC}b`, 'a\\x1Bb', 'a\\x1Bb'],
  ['NUL, VT, FF, DEL', '\0\v\f\x7f', '\\x00\\x0B\\x0C\\x7F', '\\x00\\x0B\\x0C\\x7F'],
  ['NEL (C1 line break)', 'a\x85b', 'a\\x85b', 'a\\x85b'],
  ['RLO (Trojan Source)', 'case-1\u202E5202-ESAC', 'case-1\\u202E5202-ESAC', 'case-1\\u202E5202-ESAC'],
  [
    'bidi isolates and marks',
    '\u2066\u2067\u2068\u2069\u200e\u200f\u061c',
    '\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C',
    '\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C',
  ],
  ['bidi embeddings', '\u202a\u202b\u202c\u202d', '\\u202A\\u202B\\u202C\\u202D', '\\u202A\\u202B\\u202C\\u202D'],
  ['line/paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c', 'a\\u2028b\\u2029c'],
  ['lone high surrogate', 'x\ud800y', 'x\\uD800y', 'x\\uD800y'],
  ['lone low surrogate', 'x\udc00y', 'x\\uDC00y', 'x\\uDC00y'],
  ['reversed pair', '\udc00\ud800', '\\uDC00\\uD800', '\\uDC00\\uD800'],
  ['forged row (item 23)', 'case-41 OPEN\n✔ case-42 PAID', 'case-41 OPEN\n✔ case-42 PAID', 'case-41 OPEN↵✔ case-42 PAID'],
  ['tab', 'a\tb', 'a\tb', 'a b'],
  ['CRLF', 'a\r\nb', 'a\\x0D\nb', 'a\\x0D↵b'],
];

describe('sanitizeForTerminal: hostile payloads', () => {
  it.each(PAYLOADS)('%s', (_name, input, multi, single) => {
    expect(sanitizeForTerminal(input)).toBe(multi);
    expect(sanitizeForTerminal(input, { singleLine: false })).toBe(multi);
    expect(sanitizeForTerminal(input, { singleLine: true })).toBe(single);
    // Idempotence on the concrete payloads, not only on random strings.
    expect(sanitizeForTerminal(multi)).toBe(multi);
    expect(sanitizeForTerminal(single, { singleLine: true })).toBe(single);
  });

  it('leaves ordinary text alone, including non-ASCII, emoji and valid surrogate pairs', () => {
    for (const text of ['Bußgeld 1.000,00 €', 'δ 罚款 غرامة', '👩‍⚖️ 🇪🇺', 'a\\b "quoted" <tag> & `code`', '']) {
      expect(sanitizeForTerminal(text)).toBe(text);
      expect(sanitizeForTerminal(text, { singleLine: true })).toBe(text);
    }
  });

  it('keeps literal escape-looking text unchanged, which is what makes it idempotent', () => {
    // A co-author typing `\x1B` gets the same visible text as a real ESC: both are inert.
    expect(sanitizeForTerminal('\\x1B[31m')).toBe('\\x1B[31m');
    expect(sanitizeForTerminal(`\\${ESC}`)).toBe('\\\\x1B');
    expect(sanitizeForTerminal('↵')).toBe('↵');
  });

  it('spells escapes as canonical upper-case hex', () => {
    expect(visibleEscape('\x1b')).toBe('\\x1B');
    expect(visibleEscape('\x00')).toBe('\\x00');
    expect(visibleEscape('\u202e')).toBe('\\u202E');
    expect(visibleEscape('\ud83d')).toBe('\\uD83D');
  });
});

// Code units the properties must never see in the output.
const FORBIDDEN = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Biased towards hostile input: every dangerous code unit, the characters the escapes are made
// of (so escape-looking text is common), raw UTF-16 code units (lone surrogates) and emoji.
const hostileUnit = fc.oneof(
  fc.constantFrom(
    '\x1b',
    '\x9b',
    '\r',
    '\b',
    '\x07',
    '\x7f',
    '\x85',
    '\0',
    '\n',
    '\t',
    '\u2028',
    '\u2029',
    ...'\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c',
    '\ud800',
    '\udfff',
    '\\',
    'x',
    'u',
    '1',
    'B',
    '↵',
    ' ',
    '😀',
  ),
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const hostileString = fc.string({ unit: hostileUnit, maxLength: 60 });
const SEED = { seed: 20211101, numRuns: 2000 };

describe('sanitizeForTerminal: property P2', () => {
  it('output has no C0 except \\n \\t, no DEL, no C1, no bidi control, no lone surrogate', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = sanitizeForTerminal(s);
        expect(out).not.toMatch(FORBIDDEN);
        expect(out).not.toMatch(LONE_SURROGATE);
      }),
      SEED,
    );
  });

  it('single-line output additionally has no line break or tab', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = sanitizeForTerminal(s, { singleLine: true });
        expect(out).not.toMatch(FORBIDDEN);
        expect(out).not.toMatch(LONE_SURROGATE);
        expect(out).not.toMatch(/[\n\t\u2028\u2029]/);
      }),
      SEED,
    );
  });

  it('is idempotent in both modes', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const once = sanitizeForTerminal(s);
        expect(sanitizeForTerminal(once)).toBe(once);
        const line = sanitizeForTerminal(s, { singleLine: true });
        expect(sanitizeForTerminal(line, { singleLine: true })).toBe(line);
      }),
      SEED,
    );
  });

  it('changes nothing but the dangerous code units', () => {
    // Removing each escape (and the single-line replacements) from the output gives back the
    // input with the dangerous units removed: nothing else was dropped, added or reordered.
    const dangerous = new RegExp(`${FORBIDDEN.source}|${LONE_SURROGATE.source}|[\\u2028\\u2029]`, 'g');
    fc.assert(
      fc.property(fc.string({ unit: hostileUnit, maxLength: 40 }), (s) => {
        const marked = s.replace(/\\/g, '\\\\'); // make literal backslashes distinguishable
        const out = sanitizeForTerminal(marked);
        const stripped = out.replace(/(?<!\\)((?:\\\\)*)\\(?:x[0-9A-F]{2}|u[0-9A-F]{4})/g, '$1');
        expect(stripped).toBe(marked.replace(dangerous, ''));
      }),
      SEED,
    );
  });
});

describe('sanitizeForTerminal: linear time on 1 MB', () => {
  const MB = 1 << 20;
  it.each([
    ['all ESC', ESC.repeat(MB)],
    ['all high surrogates (look-ahead on every unit)', '\ud800'.repeat(MB)],
    ['all low surrogates (look-behind on every unit)', '\udc00'.repeat(MB)],
    ['plain text', 'a'.repeat(MB)],
    ['mixed', `ab\r\n\u202e😀${ESC}[2K`.repeat(MB / 10)],
  ])('%s', (_name, input) => {
    // A quadratic scan of 1 MB would take minutes and hit the suite's timeout; speed itself is
    // measured by the benchmark script, not asserted here.
    const out = sanitizeForTerminal(input, { singleLine: true });
    expect(out.length).toBeGreaterThanOrEqual(input.length);
  });
});
