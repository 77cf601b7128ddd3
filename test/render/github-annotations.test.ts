// GitHub annotations: hostile text shown visibly, and a notice when GitHub would cut annotations.
import { describe, expect, it } from 'vitest';
import { makeDiagnostic, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatGithub } from '../../src/render/diagnostics/github.js';
import { runInProcess } from '../helpers/run-in-process.js';

const at = { line: 3, column: 5 };
const problem = (message: string, file = 'cases/a.yaml') => makeDiagnostic('schema/unknown-key', file, at, message);
const many = (errors: number, warnings: number): Diagnostic[] => [
  ...Array.from({ length: errors }, (_, i) => makeDiagnostic('schema/unknown-key', 'cases/a.yaml', { line: i + 1, column: 1 }, `e${i}`)),
  ...Array.from({ length: warnings }, (_, i) => makeDiagnostic('source/unused', 'cases/a.yaml', { line: i + 1, column: 1 }, `w${i}`)),
];
const notices = (text: string) => text.split('\n').filter((line) => line.startsWith('::notice'));

describe('formatGithub escaping', () => {
  it.each([
    ['a TAB is shown as \\t', 'unknown key "a\tb"', 'unknown key "a\\tb"'],
    ['an ESC is shown as \\x1B', 'unknown key "a\u001b[2Jb"', 'unknown key "a\\x1B[2Jb"'],
    ['a CR is shown as \\x0D, never a raw CR', 'a\rb', 'a\\x0Db'],
    ['a bidi override is shown as \\u202E', 'a\u202Eb', 'a\\u202Eb'],
    ['% and LF are toolkit-escaped', '100% sure\nnext', '100%25 sure%0Anext'],
    ['plain and non-ASCII text is unchanged', 'clé « ünknown » 😀', 'clé « ünknown » 😀'],
  ])('%s', (_name, message, shown) => {
    expect(formatGithub([problem(message)])).toBe(`::error file=cases/a.yaml,line=3,col=5,title=schema/unknown-key::${shown}\n`);
  });

  it('escapes the file property too (: , TAB, ESC)', () => {
    expect(formatGithub([problem('m', 'c:a,b\t\u001b.yaml')])).toBe(
      '::error file=c%3Aa%2Cb\\t\\x1B.yaml,line=3,col=5,title=schema/unknown-key::m\n',
    );
  });
});

describe('formatGithub: more annotations than GitHub shows', () => {
  it.each([
    [10, 10, []],
    [0, 0, []],
    [
      11,
      0,
      [
        '::notice title=dossier validate::1 more error than GitHub annotates (10 of each per step); see them all in the log or with dossier validate --format compact',
      ],
    ],
    [
      3,
      12,
      [
        '::notice title=dossier validate::2 more warnings than GitHub annotates (10 of each per step); see them all in the log or with dossier validate --format compact',
      ],
    ],
    [
      25,
      11,
      [
        '::notice title=dossier validate::15 more errors and 1 more warning than GitHub annotates (10 of each per step); see them all in the log or with dossier validate --format compact',
      ],
    ],
  ])('%i errors and %i warnings: %j', (errors, warnings, expected) => {
    const text = formatGithub(many(errors, warnings));
    expect(notices(text)).toEqual(expected);
    // Every problem is still printed, and the notice comes last.
    expect(text.split('\n').filter((line) => /^::(error|warning) /.test(line))).toHaveLength(errors + warnings);
    if (expected.length > 0) expect(text.trimEnd().split('\n').at(-1)).toBe(expected[0]);
  });

  it('in Actions, validate of the bad fixtures ends with the notice', async () => {
    const result = await runInProcess(['validate', 'test/fixtures/bad', '--as-of', '2026-01-01'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(result.status).toBe(1);
    expect(notices(result.stdout)).toEqual([
      expect.stringMatching(/^::notice title=dossier validate::\d+ more errors and \d+ more warnings than GitHub annotates/),
    ]);
  });
});
