// displayWidth measures common text by its length; that shortcut must agree with string-width,
// the measure terminals and table libraries share, on every character it covers.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, ONE_COLUMN_EACH } from '../../src/render/text-width.js';

const covered: string[] = [];
for (let code = 0; code <= 0xffff; code += 1) {
  const character = String.fromCharCode(code);
  if (ONE_COLUMN_EACH.test(character)) covered.push(character);
}

describe('displayWidth', () => {
  it('covers the expected characters (ASCII, Latin, Greek, Cyrillic, punctuation, currency signs, arrows, operators, box drawing)', () => {
    expect(covered.length).toBeGreaterThan(1800);
    for (const character of ['a', 'é', 'ß', 'Ω', 'ж', '’', '—', '…', '€', '\u202F', '\u00A0', '→', '−', '≤', '│', '┼', '●', '✔', '✖'])
      expect(covered).toContain(character);
    for (const invisible of [
      '\u00AD',
      '\u200B',
      '\u200D',
      '\u200E',
      '\u2028',
      '\u202E',
      '\u2060',
      '\u2066',
      '\u0301',
      '\u0483',
      '\t',
      '\n',
    ])
      expect(covered).not.toContain(invisible);
    // Wide as emoji: U+25FD and U+25FE (medium small squares), U+231A (watch), U+2705 (check mark button).
    for (const wide of ['\u25FD', '\u25FE', '\u231A', '\u2705']) expect(covered).not.toContain(wide);
  });

  it('treats no covered character as joining its neighbours into one grapheme cluster', () => {
    // Measuring by length is right only if each covered character is a cluster of its own, between
    // letters and between two of its kind (no extender, spacing mark, prepend or Hangul jamo).
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const joining = covered.filter(
      (character) => [...segmenter.segment(`a${character}a`)].length !== 3 || [...segmenter.segment(character + character)].length !== 2,
    );
    expect(joining.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`)).toEqual([]);
  });

  it('gives each covered character the width string-width gives it', () => {
    const differing = covered.filter((character) => stringWidth(character) !== 1);
    expect(differing.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`)).toEqual([]);
  });

  it('agrees with string-width on strings of covered characters and on any other text', () => {
    const coveredChar = fc.constantFrom(...covered);
    fc.assert(
      fc.property(fc.array(fc.oneof(coveredChar, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
    );
    fc.assert(
      fc.property(fc.array(coveredChar, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
    );
  });
});
