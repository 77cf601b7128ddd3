// `dossier validate`, run in-process through run() with a fake Io: exit codes, formats, I/O
// failures, usage errors. validate.e2e.test.ts runs a few of them through the built binary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const fixture = (name: string) => `test/fixtures/bad/${name}.yaml`;

describe('dossier validate', () => {
  it('exits 0 on the seven bundled cases, the one warning on stdout (the AP fine needs a turnover) and the summary on stderr', async () => {
    const result = await runInProcess(['validate']);
    expect(result).toMatchObject({
      status: 0,
      stdout:
        'cases/ap-clearview-ai.yaml:108:13: warning the fine of EUR 30500000.00 is above the fixed maximum of EUR 20000000.00 (GDPR Art. 83(5)): lawful only if the 2023 worldwide turnover was at least EUR 762500000.00; record it under respondents[].turnover when it is known [money/cap-needs-turnover]\n',
    });
    expect(result.stderr).toBe('7 file(s) checked: 0 error(s), 1 warning(s)\n');
  });

  it('exits 1 on a bad fixture and prints file:line:col: severity message [code]', async () => {
    const result = await runInProcess(['validate', fixture('date-invalid')]);
    expect(result.status).toBe(1);
    // The fixture is an open case whose sources were never checked: source/stale warns too.
    expect(result.stdout).toBe(
      'test/fixtures/bad/date-invalid.yaml:4:9: warning the case is open but its newest source was never checked; check the sources and record "checked: <date>" on each [source/stale]\n' +
        'test/fixtures/bad/date-invalid.yaml:15:11: error date is "2023-02-29", which is not a calendar date: February 2023 has 28 days [date/invalid]\n',
    );
  });

  it('checks every file of a directory in a deterministic order and never prints a stack', async () => {
    const result = await runInProcess(['validate', 'test/fixtures/bad', 'test/fixtures/good']);
    expect(result.status).toBe(1);
    const files = result.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(':')[0]);
    expect(files).toEqual([...files].sort());
    // Every bad fixture, and the good ones for their source/stale warning only (no error).
    const bad = readdirSync(join(ROOT, 'test/fixtures/bad')).map((f) => `test/fixtures/bad/${f}`);
    const good = readdirSync(join(ROOT, 'test/fixtures/good')).map((f) => `test/fixtures/good/${f}`);
    expect(new Set(files)).toEqual(new Set([...bad, ...good]));
    for (const line of result.stdout
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('test/fixtures/good/')))
      expect(line).toMatch(/: warning .* \[source\/stale\]$/);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });

  it('names the same files in the same order whatever order they are given in', async () => {
    const a = await runInProcess(['validate', fixture('ref-event'), fixture('code-country')]);
    const b = await runInProcess(['validate', fixture('code-country'), fixture('ref-event'), fixture('code-country')]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('json: ESLint shape with a format version', async () => {
    const result = await runInProcess(['validate', fixture('money-negative'), '--format', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      format: 'dossier-diagnostics/1',
      filesChecked: 1,
      errorCount: 1,
      warningCount: 0,
      results: [
        {
          filePath: 'test/fixtures/bad/money-negative.yaml',
          errorCount: 1,
          warningCount: 0,
          messages: [
            {
              ruleId: 'money/negative',
              severity: 'error',
              message: 'amount is "-1000.50"; amounts are never negative',
              line: 24,
              column: 13,
              endLine: 24,
              endColumn: 23,
            },
          ],
        },
      ],
    });
  });

  it('github: workflow annotations, chosen automatically in GitHub Actions', async () => {
    const result = await runInProcess(['validate', fixture('code-country')], { env: { GITHUB_ACTIONS: 'true' } });
    // Format 2: the country sits in the `respondents` list, two columns further right.
    expect(result.stdout).toBe(
      '::warning file=test/fixtures/bad/code-country.yaml,line=4,col=9,endLine=4,endColumn=13,title=source/stale::the case is open but its newest source was never checked; check the sources and record "checked: <date>" on each\n' +
        '::error file=test/fixtures/bad/code-country.yaml,line=8,col=46,endLine=8,endColumn=48,title=code/country::"UK" is not an ISO 3166-1 alpha-2 country code; use "GB"\n',
    );
  });

  it('sarif: SARIF 2.1.0 with stable rule ids and relative URIs', async () => {
    const log = JSON.parse((await runInProcess(['validate', fixture('ref-source'), '-f', 'sarif'])).stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['ref/source', 'source/stale']);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'source/stale',
      level: 'warning',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'test/fixtures/bad/ref-source.yaml' }, region: { startLine: 4, startColumn: 9 } } },
      ],
    });
    expect(log.runs[0].results[1]).toMatchObject({
      ruleId: 'ref/source',
      level: 'error',
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'test/fixtures/bad/ref-source.yaml' }, region: { startLine: 18, startColumn: 15 } },
        },
      ],
    });
  });

  it('stylish: grouped by file with a summary, no colour when piped', async () => {
    const result = await runInProcess(['validate', fixture('gdpr-article'), '-f', 'stylish']);
    expect(result.stdout).toBe(
      '\ntest/fixtures/bad/gdpr-article.yaml\n' +
        '  4:9    warning  the case is open but its newest source was never checked; check the sources and record "checked: <date>" on each  source/stale\n' +
        '  26:19  error    Article 100 does not exist; the GDPR has Articles 1 to 99  gdpr/article\n\n✖ 2 problems (1 error, 1 warning) in 1 file\n',
    );
  });

  it('stylish is coloured only when forced, and never with NO_COLOR or --no-color', async () => {
    const args = ['validate', fixture('gdpr-article'), '-f', 'stylish'];
    expect((await runInProcess(args, { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await runInProcess(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runInProcess([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('warnings alone exit 0, unless --max-warnings is exceeded', async () => {
    expect((await runInProcess(['validate', 'test/fixtures/warn'])).status).toBe(0);
    // Nine warnings: the four the fixtures are about, and source/stale on each of the five open cases.
    expect((await runInProcess(['validate', 'test/fixtures/warn', '--max-warnings', '9'])).status).toBe(0);
    const over = await runInProcess(['validate', 'test/fixtures/warn', '--max-warnings', '8']);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('9 warning(s) found; --max-warnings allows 8');
    const strict = await runInProcess(['validate', 'test/fixtures/warn', '--max-warnings', '0']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('9 warning(s) found; --max-warnings allows 0');
    expect((await runInProcess(['validate', 'test/fixtures/warn', '--quiet'])).stdout).toBe('');
  });

  it('escapes control characters of file names and messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
    const name = 'evil\u001b]0;pwned\u0007.yaml';
    writeFileSync(join(dir, name), 'title: x\n');
    const result = await runInProcess(['validate', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u001b\u007f]/u);
  });
});

describe('dossier validate: I/O failures exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-io-'));

  it('a missing path', async () => {
    const result = await runInProcess(['validate', 'no/such/file.yaml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('no/such/file.yaml:1:1: error no such file or directory [file/not-found]\n');
  });

  it('a FIFO is refused without blocking', async () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const result = await runInProcess(['validate', fifo]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('[file/not-regular]');
  });

  it('a file over 1 MiB is refused before it is read', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `title: "${'x'.repeat(1024 * 1024)}"\n`);
    const result = await runInProcess(['validate', big]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('[file/too-large]');
  });

  it('a symbolic link leading outside the working directory is refused', async () => {
    const inside = mkdtempSync(join(tmpdir(), 'dossier-cwd-'));
    copyFileSync(join(ROOT, 'test/fixtures/good/minimal.yaml'), join(dir, 'minimal.yaml'));
    symlinkSync(join(dir, 'minimal.yaml'), join(inside, 'minimal.yaml'));
    const result = await runInProcess(['validate', 'minimal.yaml'], { cwd: inside });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('[file/not-regular]');
  });

  it('a symbolic link loop is reported as unreadable', async () => {
    const loops = join(dir, 'loops');
    mkdirSync(loops);
    symlinkSync(join(loops, 'a.yaml'), join(loops, 'a.yaml'));
    const result = await runInProcess(['validate', join(loops, 'a.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('[file/unreadable]');
  });

  it('other files are still checked when one fails', async () => {
    const result = await runInProcess(['validate', 'no/such/file.yaml', fixture('ref-event')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('[ref/event]');
  });
});

describe('usage errors exit 2 with a one-line message', () => {
  it.each([
    [['validate', '--format', 'xml'], "argument 'xml' is invalid"],
    [['validate', '--max-warnings', 'many'], 'expected a whole number of 0 or more, got "many"'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['validate', '--bogus'], "unknown option '--bogus'"],
  ])('dossier %j', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('--help and --version exit 0', async () => {
    expect(await runInProcess(['--help'])).toMatchObject({ status: 0 });
    expect((await runInProcess(['validate', '--help'])).stdout).toContain('Examples:');
    expect((await runInProcess(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('dossier schema', () => {
  it('prints the schema committed in cases/', async () => {
    const { readFileSync } = await import('node:fs');
    expect((await runInProcess(['schema'])).stdout).toBe(readFileSync(join(ROOT, 'cases/dossier.schema.json'), 'utf8'));
  });
});
