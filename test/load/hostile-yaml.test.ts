// Hostile inputs from the hardening catalogue (section A and B): each gets a diagnostic with a
// position, quickly, and nothing throws.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/load/load-case.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const codesOf = (text: string | Uint8Array) =>
  loadCase('x.yaml', typeof text === 'string' ? utf8(text) : text).diagnostics.map((d) => d.code);

describe('hostile YAML', () => {
  it('rejects a billion-laughs document before expanding it', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(new Set(codesOf(lines.join('\n')))).toEqual(new Set(['yaml/alias']));
  });

  it('rejects an undefined alias with a position instead of throwing', () => {
    const [diagnostic] = loadCase('x.yaml', utf8('dossier: 1\nfine: *typo\n')).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'yaml/alias', start: { line: 2, column: 7 } });
  });

  it('survives two deeply nested files in one process (the second used to abort Node)', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(codesOf(deep)).toEqual(['yaml/too-deep']);
    expect(codesOf(deep)).toEqual(['yaml/too-deep']);
    const block = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- `).join('\n');
    expect(codesOf(block)).toEqual(['yaml/too-deep']);
  });

  // yaml's own check is quadratic (40,000 keys took 10 s); ours is linear, and the suite's timeout guards it.
  it('finds a duplicate among 9,000 keys', () => {
    const text = Array.from({ length: 9_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    expect(codesOf(`${text}\nk7: again\n`)).toEqual(['yaml/duplicate-key']);
  });

  it('refuses more nodes than a case file needs, before composing them', () => {
    const text = Array.from({ length: 10_001 }, (_, i) => `k${i}: ${i}`).join('\n');
    expect(codesOf(text)).toEqual(['yaml/too-many-nodes']);
  });

  it('treats 1: and "1": as the same key', () => {
    expect(codesOf('1: a\n"1": b\n')).toEqual(['yaml/duplicate-key']);
  });

  it.each([
    ['merge key', 'a: 1\n<<: {b: 2}\n', 'schema/unknown-key'],
    ['__proto__ key', '__proto__: {isAdmin: true}\n', 'schema/unknown-key'],
    ['known tag !!binary', 'a: !!binary aGVsbG8=\n', 'yaml/tag'],
    ['timestamp tag', 'a: !!timestamp 2023-02-30\n', 'yaml/tag'],
    ['YAML 1.1 directive', '%YAML 1.1\n---\ncountry: NO\n', 'yaml/directive'],
    ['empty file', '', 'schema/not-a-mapping'],
    ['comment-only file', '# nothing\n', 'schema/not-a-mapping'],
    ['scalar root', 'just text\n', 'schema/not-a-mapping'],
    ['bidi override', 'title: "abc\u202Edef"\n', 'yaml/control-character'],
    ['lone carriage return', 'a: 1\rb: 2\r', 'yaml/control-character'],
    ['tab indentation', 'a:\n\t- b\n', 'yaml/syntax'],
  ])('%s is refused', (_name, text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it('never pollutes Object.prototype', () => {
    codesOf('__proto__: {isAdmin: true}\nconstructor: {prototype: {polluted: true}}\n');
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts a UTF-8 byte-order mark and CRLF line endings with correct positions', () => {
    const [diagnostic] = loadCase('x.yaml', utf8('\uFEFFdossier: 1\r\nstatus: pending\r\n')).diagnostics.filter(
      (d) => d.code === 'schema/invalid-value',
    );
    expect(diagnostic?.start).toEqual({ line: 2, column: 9 });
  });

  it('refuses UTF-16 with the offset of the first bad byte', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
    const [diagnostic] = loadCase('x.yaml', bytes).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'file/encoding', start: { line: 1, column: 1 } });
    expect(diagnostic?.message).toContain('byte 0');
  });

  it.each([
    ['0x10', 'schema/type'],
    ['1e309', 'schema/type'],
    ['.nan', 'schema/type'],
    ['9007199254740993', 'schema/type'],
  ])('reads the number %s in a text field as a type error, not a value', (value, code) => {
    expect(codesOf(`title: ${value}\n`)).toContain(code);
  });
});
