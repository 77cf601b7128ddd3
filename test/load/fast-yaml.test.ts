// The fast YAML reader against the yaml library: whatever the fast reader accepts, yaml must read
// without a problem, to the same data (same values, types, key order, -0 and NaN included), with
// the case id at the same place. Text it declines goes to yaml, so only acceptance is tested.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fastYaml } from '../../src/load/fast-yaml.js';
import { parseWithYaml, parseYaml } from '../../src/load/parse-yaml.js';
import { locateInFastYaml } from '../../src/load/fast-yaml-locate.js';

const root = new URL('../../', import.meta.url).pathname;

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Key order matters too (it is the order reports list things in); Object.is tells -0 and NaN apart. */
function sameData(a: unknown, b: unknown): boolean {
  if (!isDeepStrictEqual(a, b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.every((item, i) => sameData(item, b[i]));
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    const keys = Object.keys(a);
    if (!isDeepStrictEqual(keys, Object.keys(b))) return false;
    return keys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return Object.is(a, b);
}

let placedTotal = 0;

/** Each path into `value`, and for each collection a missing key and index one step further. */
function pathsOf(value: unknown, path: (string | number)[]): (string | number)[][] {
  const paths = [path, [...path, 'missing'], [...path, 0], [...path, 99]];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

/** Fails, with the text, when the fast reader accepts `text` and yaml disagrees. Returns whether it accepted. */
function agrees(text: string): boolean {
  const fast = fastYaml(text);
  if (fast === undefined) return false;
  const slow = parseWithYaml(text);
  if (!slow.ok) throw new Error(`fast reader accepted what yaml rejects (${slow.problems[0]?.code ?? ''}):\n${text}`);
  if (!sameData(fast.data, slow.data)) {
    throw new Error(`different data:\n${text}\nfast: ${JSON.stringify(fast.data)}\nyaml: ${JSON.stringify(slow.data)}`);
  }
  // Every path into the data, and one step past each, placed by both (when the fast reader answers).
  const fastMap = parseYaml(utf8(text));
  if (!fastMap.ok) throw new Error('parseYaml rejected what the fast reader accepts');
  let placed = 0;
  for (const path of pathsOf(fast.data, [])) {
    for (const atKey of [false, true]) {
      if (locateInFastYaml(fast, path, atKey) === undefined) continue;
      placed += 1;
      const mine = fastMap.sourceMap.locate(path, atKey);
      const theirs = slow.sourceMap.locate(path, atKey);
      if (!isDeepStrictEqual(mine, theirs)) {
        throw new Error(
          `different place of ${JSON.stringify(path)} (atKey ${String(atKey)}):\n${text}\nfast: ${JSON.stringify(mine)}\nyaml: ${JSON.stringify(theirs)}`,
        );
      }
    }
  }
  placedTotal += placed;
  return true;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the fast YAML reader', () => {
  const bundled = yamlFilesUnder('cases');
  const others = [...yamlFilesUnder('examples'), ...yamlFilesUnder('test/fixtures')];

  it.each(bundled.map((file) => [file.slice(root.length)]))('reads %s as yaml does, with LF and CRLF line ends', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(agrees(text)).toBe(true);
    expect(agrees(text.replaceAll('\n', '\r\n'))).toBe(true);
  });

  it('agrees with yaml on every example and fixture it accepts, and accepts most of them', () => {
    const accepted = others.filter((file) => agrees(readFileSync(file, 'utf8')));
    expect(accepted.length).toBeGreaterThan(others.length / 2);
  });

  it.each([
    ['a key quoted', '"id": x\n'],
    ['a tab', 'id: x\n\tb: 1\n'],
    ['a lone CR', 'id: x\rb: 1\n'],
    ['an anchor', 'id: &a x\n'],
    ['an alias', 'id: x\nb: *a\n'],
    ['a tag', 'id: !!str x\n'],
    ['a block scalar', 'id: x\nnote: |\n  text\n'],
    ['a folded plain scalar', 'id: x\nnote: one\n  two\n'],
    ['a multi-line quoted scalar', 'id: x\nnote: "one\n  two"\n'],
    ['a multi-line flow sequence', 'id: x\nb: [1,\n  2]\n'],
    ['a glued colon in a flow mapping', 'id: x\nb: {c:1}\n'],
    ['a trailing comma in a flow mapping', 'id: x\nb: {c: 1,}\n'],
    ['a key without a value in a flow mapping', 'id: x\nb: {c}\n'],
    ['a comment inside a flow sequence', 'id: x\nb: [1 #c\n  ]\n'],
    ['a duplicate key', 'id: x\nid: y\n'],
    ['an integer key', '1: x\n'],
    ['a boolean key', 'true: x\n'],
    ['__proto__', '__proto__: x\n'],
    ['a directive', '%YAML 1.2\n---\nid: x\n'],
    ['a second document', 'id: x\n---\nid: y\n'],
    ['a colon and space in a plain value', 'id: a: b\n'],
    ['an empty sequence item', 'a:\n  -\n'],
    ['a scalar root', 'just text\n'],
    ['an unknown escape', 'id: "a\\x41"\n'],
    ['a sequence root', '- a\n'],
    ['a trailing comma in a flow sequence', 'a: [1, 2,]\n'],
    ['text after a quoted scalar', 'a: "b" c\n'],
    ['a comment glued to a quoted scalar', 'a: "b"#c\n'],
    ['a deeper line after a scalar', 'a: b\n   c: d\n'],
    ['a sequence item below a map entry', 'a: 1\n- b\n'],
    ['a key of 1,025 characters', `${'k'.repeat(1025)}: x\n`],
    ['a key of 1,025 characters in a sequence item', `a:\n  - ${'k'.repeat(1025)}: x\n`],
  ])('declines %s', (_name, text) => {
    expect(fastYaml(text)).toBeUndefined();
  });

  // The YAML part of the hostile catalogue (test/load/hostile-yaml.test.ts checks the diagnostics):
  // each is declined or read exactly as yaml reads it.
  const laughs = ['a: &a ["lol","lol"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: [${'*a,'.repeat(8)}*a]`)];
  it.each([
    ['billion laughs', laughs.join('\n')],
    ['an undefined alias', 'dossier: 1\nfine: *typo\n'],
    ['deep flow nesting', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
    ['deep block nesting', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')],
    ['9,000 keys and a duplicate', `${Array.from({ length: 9000 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk7: again\n`],
    ['10,001 keys', Array.from({ length: 10_001 }, (_, i) => `k${i}: ${i}`).join('\n')],
    ['1: and "1":', '1: a\n"1": b\n'],
    ['a merge key', 'a: 1\n<<: {b: 2}\n'],
    ['__proto__ in a flow mapping', 'id: x\nb: {__proto__: {isAdmin: true}}\n'],
    ['constructor and prototype keys', 'constructor: {prototype: {polluted: true}}\n'],
    ['!!binary', 'a: !!binary aGVsbG8=\n'],
    ['!!timestamp', 'a: !!timestamp 2023-02-30\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\ncountry: NO\n'],
    ['YAML 1.1 values', 'country: NO\npaid: yes\nref: 010\nt: 1:20\n'],
    ['an empty file', ''],
    ['a comment-only file', '# nothing\n'],
    ['a bidi override', 'title: "abc\u202Edef"\n'],
    ['a BOM and CRLF', '\uFEFFdossier: 1\r\nstatus: pending\r\n'],
    ['numbers in text fields', 'title: 0x10\nb: 1e309\nc: .nan\nd: 9007199254740993\n'],
  ])('keeps to yaml on the hostile input: %s', (_name, text) => {
    expect(() => agrees(text)).not.toThrow();
  });

  it.each([
    ['nested mappings and sequences', 'id: x\na:\n  b: 1\n  c:\n    - d\n    - e: f\n      g: [1, "two", \'three\']\nh:\n- i\n- j\n'],
    ['core-schema scalars', 'id: x\na: [0x10, 0o17, 1e309, .nan, -.inf, "1,000", ~, null, True, FALSE, 9007199254740993, -0, 1.50, 007]\n'],
    [
      'hashes in values and comments, in turn',
      'id: x\na: https://e.org/#top\nb: c # a comment\nc: d#e # f # g\nl: [h#i, j] # k\nm: n#\no: "#p" # q\nr: s\n# t\nu: v#w\n',
    ],
    [
      'scalars that start with a digit',
      'id: x\na: 2023-02-09\nb: 2 months\nc: 1e-3\nd: 1E-3\ne: 12-\nf: 1.5e-3\ng: 0x1F\nh: 10 working days\ni: 1-2 3\nj: 2023\nk: 0-0\nl: [2023-02, 1e-5, 3 weeks]\n',
    ],
    ['comments and blank lines', "# head\nid: x   # the id\n\n  # indented comment\na: b#c\nd: 'it''s'\ne: \"q\\\"uote\\\\\"\n"],
    ['empty values', 'id: x\na:\nb:\n  - c\n'],
    ['a key of 1,024 characters', `id: x\n${'k'.repeat(1024)}: y\n`],
    ['flow collections', 'id: "x"\nb: {c: 1, d: [e, {f: g}], url: https://x.eu/a#b}\nh: [[1], {}, []]\n'],
  ])('reads %s as yaml does', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  it('places a finding in a file it read through yaml, on demand', () => {
    const text = 'id: x\ntitle: t\nlist:\n  - a\n  - b\n';
    const parsed = parseYaml(utf8(text));
    if (!parsed.ok) throw new Error('expected the text to parse');
    expect(parsed.sourceMap.locate(['id'])).toEqual({ start: { line: 1, column: 5 }, end: { line: 1, column: 6 } });
    expect(parsed.sourceMap.locate(['list', 1])).toEqual({ start: { line: 5, column: 5 }, end: { line: 5, column: 6 } });
    expect(parsed.sourceMap.locate(['title'], true).start).toEqual({ line: 2, column: 1 });
    // A block sequence's extent comes from yaml.
    expect(parsed.sourceMap.locate(['list'])).toEqual({ start: { line: 4, column: 3 }, end: { line: 6, column: 1 } });
  });

  // Documents built from the shapes case files use, with scalars mostly like theirs and some on
  // the edges of the core schema and of plain-scalar syntax.
  const edgeScalar = fc.oneof(
    fc.constantFrom(
      '1',
      '-1',
      '+1',
      '-0',
      '0.0',
      '1.',
      '.5',
      '1e3',
      '1E-3',
      '0x1F',
      '0o17',
      '017',
      '0b1',
      '1_000',
      '1:20',
      '.inf',
      '-.Inf',
      '.NaN',
      '.nan',
      'nan',
      '~',
      'null',
      'Null',
      'NULL',
      'nULL',
      'true',
      'True',
      'tRUE',
      'yes',
      'no',
      'on',
      'NO',
      '2023-02-09',
      '2023-02',
      '2023',
      'a#b',
      'a #b',
      'a: b',
      'a:b',
      'a:',
      '-a',
      '- a',
      '-',
      '?a',
      ':a',
      '%a',
      '@a',
      '`a',
      '!a',
      '&a',
      '*a',
      '|a',
      '>a',
      ',a',
      '[a',
      ']a',
      '{a',
      'a]',
      'a}',
      'a,b',
      'a, b',
      "it's",
      'say "hi"',
      'x  ',
      ' x',
      'é',
      'Ελληνικά',
      '€ 5',
      '…',
      '__proto__',
      '\u00a0x',
      'x\u00a0',
      '"q"',
      "'q'",
      '"a\\"b"',
      "'a''b'",
      '"\\\\"',
      '"\\/"',
      '"\\n"',
      '"\\t"',
      '"\\u0041"',
      '""',
      "''",
      'https://x.eu/a?b=c#d',
      'a:/b',
      'a :b',
      '"a" ',
      "'a'b'",
    ),
    fc.stringMatching(/^[a-z0-9 :#,\-."'[\]{}]{1,12}$/),
  );
  const word = fc.stringMatching(/^[A-Za-z][a-z0-9éü' ().;/-]{0,14}[a-z0-9)]$/);
  const scalarText = fc.oneof(
    { arbitrary: word, weight: 6 },
    { arbitrary: fc.integer({ min: -5000, max: 50_000_000 }).map(String), weight: 2 },
    { arbitrary: word.map((w) => `"${w}"`), weight: 2 },
    { arbitrary: word.map((w) => `'${w.replaceAll("'", "''")}'`), weight: 1 },
    { arbitrary: edgeScalar, weight: 2 },
  );
  const key = fc.constantFrom('id', 'a', 'b', 'c_d', 'e-f', 'G', '_h', 'id2', 'k9', 'sources', 'on', 'effect');
  interface Seq {
    readonly seq: Tree[];
    readonly flow: boolean;
  }
  interface Map {
    readonly map: [string, Tree][];
    readonly flow: boolean;
  }
  type Tree = string | Seq | Map;
  interface Style {
    readonly indent: number;
    readonly seqFlush: boolean;
    readonly comments: boolean;
    readonly blank: boolean;
  }
  const isSeq = (node: Tree): node is Seq => typeof node !== 'string' && 'seq' in node;
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalarText,
      fc.record({ seq: fc.array(tie('node'), { maxLength: 4 }), flow: fc.boolean() }),
      fc.record({
        map: fc.uniqueArray(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }),
        flow: fc.boolean(),
      }),
    ),
  })).node;
  const style = fc.record({ indent: fc.constantFrom(1, 2, 4), seqFlush: fc.boolean(), comments: fc.boolean(), blank: fc.boolean() });

  function render(map: [string, Tree][], s: Style): string {
    const lines: string[] = [];
    const pad = (n: number) => ' '.repeat(n);
    const inline = (node: Tree): string | undefined => {
      if (typeof node === 'string') return node;
      if (typeof node === 'string' || !node.flow) return undefined;
      const parts = isSeq(node)
        ? node.seq.map(inline)
        : node.map.map(([k, v]) => {
            const text = inline(v);
            return text === undefined ? undefined : `${k}: ${text}`;
          });
      if (parts.some((part) => part === undefined)) return undefined;
      return isSeq(node) ? `[${parts.join(', ')}]` : `{ ${parts.join(', ')} }`;
    };
    const emit = (node: Tree, at: number, lead: string): void => {
      const text = inline(node);
      if (text !== undefined) {
        lines.push(`${lead} ${text}${s.comments ? ' # note' : ''}`.replace(/^(\s*)-? ?$/, '$1'));
        return;
      }
      if (typeof node === 'string') return;
      if (isSeq(node)) {
        lines.push(lead);
        const dashAt = s.seqFlush && lead.endsWith(':') ? at : at + s.indent;
        for (const item of node.seq) emitItem(item, dashAt);
        if (node.seq.length === 0) lines.push(`${lines.pop() ?? ''} []`);
        return;
      }
      lines.push(lead);
      for (const [k, v] of node.map) emit(v, at + s.indent, `${pad(at + s.indent)}${k}:`);
    };
    const emitItem = (item: Tree, dashAt: number): void => {
      const text = inline(item);
      if (text !== undefined) lines.push(`${pad(dashAt)}- ${text}`);
      else if (typeof item !== 'string' && !isSeq(item)) {
        const [[firstKey, firstValue] = ['a', 'x'], ...rest] = item.map;
        const mapAt = dashAt + 2;
        const start = lines.length;
        emit(firstValue, mapAt, `${pad(mapAt)}${firstKey}:`);
        lines[start] = `${pad(dashAt)}- ${(lines[start] ?? '').trimStart()}`;
        for (const [k, v] of rest) emit(v, mapAt, `${pad(mapAt)}${k}:`);
      } else lines.push(`${pad(dashAt)}- [${isSeq(item) ? item.seq.length : 0}]`);
      if (s.blank) lines.push('');
    };
    for (const [k, v] of map) emit(v, 0, `${k}:`);
    return `${lines.join('\n')}\n`;
  }

  it('agrees with yaml on generated documents, with LF and CRLF line ends', () => {
    let accepted = 0;
    let acceptedWithCrlf = 0;
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, tree), { minLength: 1, maxLength: 8, selector: ([k]) => k }), style, (map, s) => {
        const text = render(map, s);
        if (agrees(text)) accepted += 1;
        if (agrees(text.replaceAll('\n', '\r\n'))) acceptedWithCrlf += 1;
      }),
      { numRuns: 5000, seed: 20261203 },
    );
    expect(accepted).toBeGreaterThan(1000);
    expect(acceptedWithCrlf).toBe(accepted);
  }, 60_000);

  it('agrees with yaml on the bundled cases, mutated', () => {
    const texts = bundled.map((file) => readFileSync(file, 'utf8'));
    const alphabet = [...' :-#"\'[],{}&*!|>%@`?\n\\.0xé~'];
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(3), fc.constantFrom(...alphabet)), {
          minLength: 1,
          maxLength: 3,
        }),
        (which, edits) => {
          let text = texts[which] ?? '';
          for (const [where, kind, char] of edits) {
            const at = Math.floor(where * text.length);
            if (kind === 0) text = text.slice(0, at) + char + text.slice(at);
            else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1);
            else if (kind === 2) text = text.slice(0, at) + char + text.slice(at + 1);
            else {
              const lineStart = text.lastIndexOf('\n', at) + 1;
              text = `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
            }
          }
          if (agrees(text)) accepted += 1;
        },
      ),
      { numRuns: 1000, seed: 20221017 },
    );
    expect(accepted).toBeGreaterThan(150);
  }, 60_000);

  it('placed values itself in all the documents above (this test runs last)', () => {
    expect(placedTotal).toBeGreaterThan(10_000);
  });
});
