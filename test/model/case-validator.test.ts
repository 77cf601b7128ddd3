// The compiled case-file schema (src/model/generated/case-validator.js) against zod, the
// definition: on every case file, fixture and example, on values at the edges of each rule, and on
// thousands of mutated cases, the two must admit exactly the same data. A file the compiled schema
// admits is used as it was read, so zod must also give back that very data.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseValidatorSource } from '../../scripts/case-validator-source.js';
import { caseSchema } from '../../src/model/case-schema.js';
import { validate } from '../../src/model/generated/case-validator.js';

const root = new URL('../../', import.meta.url).pathname;

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The data of a file as dossier reads it (YAML 1.2 core), or undefined when it does not parse.
 * logLevel 'error' still throws on errors, but keeps yaml from printing its warnings (a fixture's
 * unknown tag) on the test run's stderr: the tagged value is compared as the string it becomes.
 */
function dataOf(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core', uniqueKeys: true, logLevel: 'error' });
  } catch {
    return undefined;
  }
}

let compared = 0;
let admitted = 0;

/** Fails, with the data, when the compiled schema and zod disagree on `data`. */
function agree(data: unknown): void {
  const zod = caseSchema.safeParse(data);
  const compiled = validate(data);
  compared += 1;
  if (compiled !== zod.success) {
    const issue = zod.success ? 'zod admits it' : `zod says ${JSON.stringify(zod.error.issues[0])}`;
    throw new Error(`the compiled schema says ${String(compiled)}, ${issue}:\n${JSON.stringify(data)}`);
  }
  if (zod.success) {
    admitted += 1;
    // zod's copy lists keys in the schema's order; the values are the same.
    if (!isDeepStrictEqual(zod.data, data)) throw new Error(`zod gives other data at ${firstDifference(zod.data, data, '')}`);
  }
}

/** Where two values first differ, for the message. */
function firstDifference(a: unknown, b: unknown, at: string): string {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return `${at}: ${String(a)} against ${String(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}/${key}`);
  }
  return `${at} (the prototypes)`;
}

const bundledCases = yamlFilesUnder('cases').map((file) => [file.slice(root.length), dataOf(file)] as const);

describe('the compiled case-file schema', () => {
  it('is the one the code generates (run `npm run schema`)', () => {
    expect(readFileSync(join(root, 'src/model/generated/case-validator.js'), 'utf8')).toBe(caseValidatorSource());
  });

  it('admits the bundled cases', () => {
    for (const [file, data] of bundledCases) expect(validate(data), file).toBe(true);
  });

  const files = [...yamlFilesUnder('examples'), ...yamlFilesUnder('test/fixtures')];
  it(`agrees with zod on the ${String(files.length)} example and fixture files`, () => {
    let parsed = 0;
    for (const file of files) {
      const data = dataOf(file);
      if (data === undefined) continue;
      parsed += 1;
      agree(data);
    }
    expect(parsed).toBeGreaterThan(40);
  });

  const first = bundledCases[0]?.[1] as Record<string, unknown>;
  const withSource = (source: Record<string, unknown>) => ({ ...first, sources: [source] });
  const source = (first['sources'] as Record<string, unknown>[])[0] ?? {};
  const respondent = (first['respondents'] as Record<string, unknown>[])[0] ?? {};
  const withTurnover = (turnover: Record<string, unknown>) => ({
    ...first,
    respondents: [{ ...respondent, turnover: [{ year: 2021, amount: '1000', currency: 'EUR', ...turnover }] }],
  });
  const astral = '\u{1F600}';
  it.each([
    ['a title of 2,000 UTF-16 units', withSource({ ...source, title: 'x'.repeat(2000) })],
    ['a title of 2,001 UTF-16 units', withSource({ ...source, title: 'x'.repeat(2001) })],
    ['a title of 1,000 astral characters (2,000 units)', withSource({ ...source, title: astral.repeat(1000) })],
    ['a title of 1,001 astral characters (2,002 units, 1,001 code points)', withSource({ ...source, title: astral.repeat(1001) })],
    ['a title of 2,000 astral characters (4,000 units)', withSource({ ...source, title: astral.repeat(2000) })],
    ['a title of 2,001 astral characters (4,002 units)', withSource({ ...source, title: astral.repeat(2001) })],
    ['a title of 1,999 astral characters and 2 letters', withSource({ ...source, title: `${astral.repeat(1999)}ab` })],
    ['an id of 64 astral characters', { ...first, id: astral.repeat(64) }],
    ['an empty title', withSource({ ...source, title: '' })],
    ['a title of one lone surrogate', withSource({ ...source, title: '\uDC00' })],
    ['a lone surrogate in a title', withSource({ ...source, title: '\uD800' })],
    ['a url with an astral character', withSource({ ...source, url: `https://example.org/${astral}` })],
    ['a url with a space', withSource({ ...source, url: 'https://example.org/a b' })],
    ['a url ending in a newline', withSource({ ...source, url: 'https://example.org/\n' })],
    ['an id ending in a newline', { ...first, id: `${String(first['id'])}\n` }],
    ['an id of 64 characters', { ...first, id: 'a'.repeat(64) }],
    ['an id of 65 characters', { ...first, id: 'a'.repeat(65) }],
    ['a turnover year 1900', withTurnover({ year: 1900 })],
    ['a turnover year 1899', withTurnover({ year: 1899 })],
    ['a turnover year 2999', withTurnover({ year: 2999 })],
    ['a turnover year 3000', withTurnover({ year: 3000 })],
    ['a turnover year 2021.5', withTurnover({ year: 2021.5 })],
    ['a turnover year -0', withTurnover({ year: -0 })],
    ['a turnover year NaN', withTurnover({ year: Number.NaN })],
    ['a turnover year Infinity', withTurnover({ year: Number.POSITIVE_INFINITY })],
    ['a turnover year as text', withTurnover({ year: '2021' })],
    ['an amount as a number', withTurnover({ amount: 1000 })],
    ['an amount with five decimals', withTurnover({ amount: '1.00001' })],
    ['approximate as text', withTurnover({ approximate: 'true' })],
    ['format version 2.0', { ...first, dossier: 2.0 }],
    ['format version "2"', { ...first, dossier: '2' }],
    ['format version 1', { ...first, dossier: 1 }],
    ['an unknown key', { ...first, extra: 1 }],
    ['a missing key', Object.fromEntries(Object.entries(first).filter(([key]) => key !== 'events'))],
    ['null', null],
    ['an array', [first]],
    ['a string', 'dossier: 2'],
  ])('agrees with zod on %s', (_name, data) => {
    agree(data);
  });

  // Mutations of the bundled cases: a value anywhere replaced, a key removed or added.
  const leaf = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.string({ unit: 'binary', minLength: 998, maxLength: 1003 }),
    fc.string({ unit: 'binary', minLength: 1999, maxLength: 2001 }),
    fc.constantFrom(
      '2023-02-09',
      '2023-02',
      '2023',
      '20000000',
      '1500.50',
      'EUR',
      'FR',
      'fine',
      'order',
      '83(5)',
      '2 months',
      'x'.repeat(2001),
    ),
    fc.integer({ min: -3, max: 3100 }),
    fc.constantFrom(0, -0, 1.5, 2, 1e21, Number.NaN, Number.POSITIVE_INFINITY, 9007199254740991, 9007199254740992),
    fc.boolean(),
    fc.constant(null),
  );
  const value = fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(leaf, { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), leaf, { maxKeys: 3 }),
  );

  /** Every path to a value inside `data`. */
  function pathsIn(data: unknown, path: (string | number)[] = []): (string | number)[][] {
    const here = [path];
    if (Array.isArray(data)) return [...here, ...data.flatMap((item, i) => pathsIn(item, [...path, i]))];
    if (data !== null && typeof data === 'object') {
      return [...here, ...Object.entries(data).flatMap(([key, item]) => pathsIn(item, [...path, key]))];
    }
    return here;
  }

  /** `data` with the value at `path` replaced (or removed, for `undefined`), copied along the path. */
  function changed(data: unknown, path: readonly (string | number)[], to: unknown): unknown {
    const [step, ...rest] = path;
    if (step === undefined) return to;
    if (Array.isArray(data)) {
      const copy = [...(data as unknown[])];
      if (rest.length === 0 && to === undefined) copy.splice(Number(step), 1);
      else copy[Number(step)] = changed(copy[Number(step)], rest, to);
      return copy;
    }
    const entries = Object.entries(data as Record<string, unknown>);
    if (rest.length === 0 && to === undefined) return Object.fromEntries(entries.filter(([key]) => key !== step));
    const copy = Object.fromEntries(entries);
    copy[step] = changed(copy[step], rest, to);
    return copy;
  }

  const valueAt = (data: unknown, path: readonly (string | number)[]): unknown =>
    path.reduce<unknown>((at, step) => (at as Record<string | number, unknown> | undefined)?.[step], data);
  const isMapping = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

  it('agrees with zod on 4,000 mutated cases', () => {
    const cases = bundledCases.map(([, data]) => data);
    const paths = cases.map((data) => pathsIn(data));
    fc.assert(
      fc.property(
        fc.nat({ max: cases.length - 1 }),
        fc.nat(),
        fc.oneof(value, fc.constant(undefined)),
        fc.option(fc.tuple(fc.constantFrom('note', 'notes', 'extra', 'kind', 'id'), leaf), { nil: undefined }),
        (which, where, to, added) => {
          const options = paths[which] ?? [];
          const path = options[where % options.length] ?? [];
          let data = changed(cases[which], path, to);
          const parent = path.slice(0, -1);
          if (added !== undefined && path.length > 0 && isMapping(valueAt(data, parent)))
            data = changed(data, [...parent, added[0]], added[1]);
          agree(data);
        },
      ),
      { numRuns: Number(process.env['CASE_VALIDATOR_RUNS'] ?? 4000), seed: Number(process.env['CASE_VALIDATOR_SEED'] ?? 20261203) },
    );
    // Most mutations are refused; enough must be admitted for the "same data" half to count.
    expect(admitted).toBeGreaterThan(400);
    expect(compared).toBeGreaterThan(4000);
  });
});
