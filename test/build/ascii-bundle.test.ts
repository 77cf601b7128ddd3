// The step that makes the program bundle ASCII (scripts/ascii-bundle.mjs): each regular
// expression literal must match what it matched before, and non-ASCII text outside one fails.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/ascii-bundle.mjs';

/** The regular expression a one-literal program `r = /…/` evaluates to. */
const regExpOf = (program: string) => runInNewContext(`${program}; r`) as RegExp;

describe('asciiOnly', () => {
  it.each([
    ['a word with accents', 'r = /^(janv|févr|août)$/i', ['févr', 'AOÛT', 'fevr', 'aout']],
    ['an identity escape of an accented letter', 'r = /^\\é$/', ['é', '\\é', 'e']],
    ['an escaped backslash before an accented letter', 'r = /^\\\\é$/', ['\\é', 'é']],
    ['a range in a class', 'r = /^[é-ë]+$/', ['éêë', 'e', 'ì']],
    ['an astral character with the u flag', 'r = /^😀+$/u', ['😀😀', '\uD83D', '😀\uDE00']],
    ['an astral character in a class without the u flag', 'r = /^[😀]$/', ['\uD83D', '\uDE00', '😀']],
    ['a regular expression after a division', 'const b = 6, c = 3; const a = b / c; r = /é/g', ['é', 'e']],
  ])('keeps the meaning of %s', (_what, program, samples) => {
    const converted = asciiOnly(program);
    expect(/[^\x00-\x7f]/.test(converted)).toBe(false);
    const before = regExpOf(program);
    const after = regExpOf(converted);
    expect(after.flags).toBe(before.flags);
    for (const sample of samples) expect([sample, after.test(sample)]).toEqual([sample, before.test(sample)]);
  });

  it('leaves ASCII text as it is', () => {
    const program = 'const a = "x", b = /y/g; // z';
    expect(asciiOnly(program)).toBe(program);
  });

  it.each([
    ['a string', 'const s = "é"', 'a string token'],
    ['a template', 'const s = `é`', 'a template token'],
    ['a name', 'const é = 1', 'a name token'],
    ['a comment', '// é\nconst a = 1', 'a comment'],
  ])('refuses non-ASCII text in %s', (_what, program, where) => {
    expect(() => asciiOnly(program)).toThrow(where);
  });
});
