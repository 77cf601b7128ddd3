// SARIF: valid against the OASIS schema, with what the spec's prose and GitHub code scanning
// require beyond it (columnKind, rule help, fingerprints), and URIs that survive odd file names.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { allCodes } from '../../src/diagnostics/codes.js';
import { readmeAnchor } from '../../src/diagnostics/code-help.js';
import { encodePath, ruleName } from '../../src/render/diagnostics/sarif.js';
import { ROOT } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

// The OASIS schema is not redistributable under the project's licence (OASIS IPR policy), so it is
// read from the shared tools folder beside the repository; a clean clone skips this one test.
const SCHEMA_PATH = resolve(ROOT, '../shared/tools/sarif/sarif-schema-2.1.0.json');

interface SarifLog {
  runs: {
    tool: { driver: { rules: Record<string, unknown>[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      partialFingerprints: Record<string, string>;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

async function sarifOf(args: string[], cwd?: string): Promise<SarifLog> {
  const result = await runInProcess(['validate', ...args, '--format', 'sarif', '--as-of', '2026-01-01'], cwd ? { cwd } : {});
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as SarifLog;
}

describe.skipIf(!existsSync(SCHEMA_PATH))(`SARIF against the official schema (${SCHEMA_PATH})`, () => {
  it('the log of the whole fixture directory validates with zero errors', async () => {
    // Both are CommonJS; under NodeNext the class and the plugin are their `default` exports.
    const ajv = new ajvDraft04.default({ strict: false, allErrors: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
    const log = await sarifOf(['test/fixtures']);
    expect(log.runs[0]?.results.length).toBeGreaterThan(40);
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
  });
});

if (!existsSync(SCHEMA_PATH)) {
  // Said once in the test output, so a skipped schema check is never mistaken for a pass.
  it.skip(`the schema check needs ${SCHEMA_PATH} (absent here)`, () => undefined);
}

describe('SARIF structure (always checked)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('has columnKind, a %SRCROOT% base, rules with help, and unique fingerprints', async () => {
    const log = await sarifOf(['test/fixtures']);
    const run = log.runs[0];
    if (!run) throw new Error('no run');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${ROOT.replace(/\/?$/, '/')}` } });
    for (const rule of run.tool.driver.rules) {
      expect(rule).toMatchObject({
        name: expect.stringMatching(/^[A-Z][A-Za-z0-9]+$/),
        shortDescription: { text: expect.any(String) },
        fullDescription: { text: expect.any(String) },
        help: { text: expect.any(String), markdown: expect.any(String) },
        helpUri: expect.stringMatching(/^https:\/\/.+#code-[a-z]+-[a-z-]+$/),
      });
    }
    const fingerprints = run.results.map((r) => r.partialFingerprints['dossierProblem/v1']);
    expect(new Set(fingerprints).size).toBe(run.results.length);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]?.['id']).toBe(r.ruleId);
      expect(r.locations[0]?.physicalLocation.artifactLocation).toMatchObject({
        uri: expect.stringMatching(/^test\/fixtures\//),
        uriBaseId: '%SRCROOT%',
      });
    }
  });

  it('every code has a README anchor that its helpUri names', () => {
    expect(allCodes.filter((code) => !readme.includes(`<a id="${readmeAnchor(code)}"></a>`))).toEqual([]);
    expect(ruleName('money/cap-needs-turnover')).toBe('MoneyCapNeedsTurnover');
  });

  it('percent-encodes space, non-ASCII, # and % (RFC 3986), and a lone surrogate cannot make it throw', () => {
    expect(encodePath('dir x/é#1%.yaml')).toBe('dir%20x/%C3%A9%231%25.yaml');
    expect(encodePath('a\uD800b')).toBe('a%EF%BF%BDb');
  });

  it('a file named with a space, an accent and # round-trips to the file itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-sarif-'));
    const name = 'dé pôt #1.yaml';
    writeFileSync(join(dir, name), readFileSync(join(ROOT, 'test/fixtures/bad/code-country.yaml')));
    const log = await sarifOf([name], dir);
    const run = log.runs[0];
    const location = run?.results.find((r) => r.ruleId === 'code/country')?.locations[0]?.physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: 'd%C3%A9%20p%C3%B4t%20%231.yaml', uriBaseId: '%SRCROOT%' });
    const base = run?.originalUriBaseIds['%SRCROOT%']?.uri ?? '';
    const url = new URL(location?.uri ?? '', base);
    expect(url.hash).toBe('');
    expect(fileURLToPath(url)).toBe(join(dir, name));
  });

  it('a file outside the working directory gets an absolute file: URI and no base', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-sarif-'));
    writeFileSync(join(dir, 'code-country.yaml'), readFileSync(join(ROOT, 'test/fixtures/bad/code-country.yaml')));
    const log = await sarifOf([join(dir, 'code-country.yaml')]);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: `file://${dir}/code-country.yaml`,
    });
  });

  it('columns are UTF-16 code units: an emoji before the value moves it two columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-sarif-'));
    const original = readFileSync(join(ROOT, 'test/fixtures/bad/code-country.yaml'), 'utf8');
    writeFileSync(join(dir, 'code-country.yaml'), original.replace('Example B.V.', 'Example 😀 B.V.'));
    const region = (log: SarifLog) => log.runs[0]?.results.find((r) => r.ruleId === 'code/country')?.locations[0]?.physicalLocation.region;
    const before = region(await sarifOf([join(ROOT, 'test/fixtures/bad/code-country.yaml')]));
    const after = region(await sarifOf(['code-country.yaml'], dir));
    const line = readFileSync(join(dir, 'code-country.yaml'), 'utf8').split('\n')[(after?.['startLine'] ?? 0) - 1] ?? '';
    expect(after?.['startColumn']).toBe((before?.['startColumn'] ?? 0) + '😀 '.length);
    expect(line.slice((after?.['startColumn'] ?? 0) - 1)).toMatch(/^UK/);
  });

  it('fingerprints stay the same when the problem moves down the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-sarif-'));
    const original = readFileSync(join(ROOT, 'test/fixtures/bad/yaml-duplicate-key.yaml'), 'utf8');
    const file = join(dir, 'yaml-duplicate-key.yaml');
    writeFileSync(file, original);
    const first = (await sarifOf(['yaml-duplicate-key.yaml'], dir)).runs[0]?.results ?? [];
    writeFileSync(file, original.replace(/\n/, '\n# a comment\n\n'));
    const moved = (await sarifOf(['yaml-duplicate-key.yaml'], dir)).runs[0]?.results ?? [];
    expect(moved.map((r) => r.partialFingerprints)).toEqual(first.map((r) => r.partialFingerprints));
    expect(moved.map((r) => r.locations[0]?.physicalLocation.region['startLine'])).not.toEqual(
      first.map((r) => r.locations[0]?.physicalLocation.region['startLine']),
    );
  });
});
