// `dossier validate`, `schema`, --help and --version through the built binary: the exit status
// the shell sees, and colour decided by the real process. validate.test.ts covers the rest
// in-process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli } from '../helpers/run-cli.js';

const fixture = (name: string) => `test/fixtures/bad/${name}.yaml`;

describe('dossier validate through the binary', () => {
  it('exits 0 on the seven bundled cases, the one warning on stdout (the AP fine needs a turnover) and the summary on stderr', () => {
    const result = runCli(['validate']);
    expect(result).toMatchObject({
      status: 0,
      stdout:
        'cases/ap-clearview-ai.yaml:108:13: warning the fine of EUR 30500000.00 is above the fixed maximum of EUR 20000000.00 (GDPR Art. 83(5)): lawful only if the 2023 worldwide turnover was at least EUR 762500000.00; record it under respondents[].turnover when it is known [money/cap-needs-turnover]\n',
    });
    expect(result.stderr).toBe('7 file(s) checked: 0 error(s), 1 warning(s)\n');
  });

  it('exits 1 on a bad fixture and prints file:line:col: severity message [code]', () => {
    const result = runCli(['validate', fixture('date-invalid')]);
    expect(result.status).toBe(1);
    // The fixture is an open case whose sources were never checked: source/stale warns too.
    expect(result.stdout).toBe(
      'test/fixtures/bad/date-invalid.yaml:4:9: warning the case is open but its newest source was never checked; check the sources and record "checked: <date>" on each [source/stale]\n' +
        'test/fixtures/bad/date-invalid.yaml:15:11: error date is "2023-02-29", which is not a calendar date: February 2023 has 28 days [date/invalid]\n',
    );
  });

  it('exits 2 on a missing path', () => {
    const result = runCli(['validate', 'no/such/file.yaml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('no/such/file.yaml:1:1: error no such file or directory [file/not-found]\n');
  });

  it('stylish is coloured only when forced, and never with NO_COLOR or --no-color', () => {
    const args = ['validate', fixture('gdpr-article'), '-f', 'stylish'];
    expect(runCli(args).stdout).not.toContain('\u001b[');
    expect(runCli(args, { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(runCli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('validate --cache through the binary', () => {
  // A set with every kind of finding: copies of the bundled cases under their own ids and under
  // other names, the bad, warning and good fixtures, an id used twice, a file that is not YAML,
  // and files that cannot be read. A cold run checks them in worker threads (--threads 2).
  const cwd = mkdtempSync(join(tmpdir(), 'dossier-cache-e2e-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const cases = join(cwd, 'cases');
  mkdirSync(cases);
  for (const name of readdirSync(join(ROOT, 'cases')).filter((file) => file.endsWith('.yaml'))) {
    const text = readFileSync(join(ROOT, 'cases', name), 'utf8');
    for (let copy = 0; copy < 3; copy += 1) {
      const id = `${name.replace(/\.yaml$/, '')}-${String(copy)}`;
      writeFileSync(join(cases, `${id}.yaml`), text.replace(/^id: .*$/m, `id: ${id}`));
    }
    copyFileSync(join(ROOT, 'cases', name), join(cases, `zz-${name}`));
  }
  for (const fixture of ['bad', 'warn', 'good']) {
    for (const name of readdirSync(join(ROOT, 'test/fixtures', fixture))) {
      copyFileSync(join(ROOT, 'test/fixtures', fixture, name), join(cases, `${fixture}-${name}`));
    }
  }
  copyFileSync(join(cases, 'ap-clearview-ai-0.yaml'), join(cases, 'again-ap-clearview-ai-0.yaml'));
  writeFileSync(join(cases, 'broken.yaml'), 'dossier: 2\nid: [unclosed\n');
  expect(spawnSync('mkfifo', [join(cases, 'fifo.yaml')]).status).toBe(0);
  writeFileSync(join(cases, 'huge.yaml'), '');
  truncateSync(join(cases, 'huge.yaml'), 2 * 1024 * 1024);
  symlinkSync('/etc/hostname', join(cases, 'outside.yaml'));
  symlinkSync(join(cwd, 'nowhere.yaml'), join(cases, 'dangling.yaml'));

  const cache = join(cwd, 'cache');
  const validate = (format: string, ...more: string[]) =>
    runCli(['validate', 'cases', 'missing.yaml', '--format', format, '--as-of', '2026-12-03', '--threads', '2', ...more], { cwd });
  /** Makes every entry settled, as if the cache had been written a minute from now. */
  const settle = () => {
    const ahead = BigInt(Date.now() + 60_000) * 1_000_000n;
    writeFileSync(cache, readFileSync(cache, 'utf8').replace(/"runStarted":"\d+"/, `"runStarted":"${String(ahead)}"`));
    const seconds = `@${String(ahead / 1_000_000_000n)}`;
    expect(spawnSync('touch', ['-m', '-d', seconds, cache]).status).toBe(0);
  };

  it.each(['compact', 'json', 'stylish', 'sarif', 'github'])(
    '%s: byte-identical output without the cache, cold, warm (files hashed) and warm (files unread)',
    (format) => {
      rmSync(cache, { force: true });
      const uncached = validate(format);
      expect(uncached.status).toBe(2);
      for (const code of [
        'id/duplicate',
        'yaml/syntax',
        'schema/',
        'source/stale',
        'file/not-regular',
        'file/too-large',
        'file/not-found',
      ]) {
        expect(uncached.stdout).toContain(code);
      }
      const cold = validate(format, '--cache-location', cache);
      const hashed = validate(format, '--cache-location', cache);
      settle();
      const unread = validate(format, '--cache-location', cache);
      expect(cold).toEqual(uncached);
      expect(hashed).toEqual(uncached);
      expect(unread).toEqual(uncached);
    },
    60_000,
  );

  // zod sets a global as it initialises; it, the case schema, the YAML parser and the rules are
  // loaded together, with the first file to check, and zod is initialised to say why a file fails
  // the schema.
  it('a run the cache answers for in full does not initialise zod (nor load the parser and the rules)', () => {
    const probe = fileURLToPath(new URL('../helpers/report-zod.mjs', import.meta.url));
    mkdirSync(join(cwd, 'failing'));
    const file = join(cwd, 'failing', 'unknown-key.yaml');
    writeFileSync(
      file,
      readFileSync(join(cwd, 'cases', 'ap-clearview-ai-0.yaml'), 'utf8').replace(/^id: .*$/m, 'id: unknown-key\nextra: 1'),
    );
    const run = () => {
      const args = ['validate', 'failing/unknown-key.yaml', '--as-of', '2026-12-03', '--cache-location', join(cwd, 'small')];
      const result = runCli(args, { cwd, env: { NODE_OPTIONS: `--import ${probe}` } });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('schema/unknown-key');
      return /^zod-initialised (\w+)$/m.exec(result.stderr)?.[1];
    };
    expect(run()).toBe('true');
    expect(run()).toBe('false');
  });
});

describe('usage, help and version through the binary', () => {
  it('an unknown command exits 2 with a one-line message', () => {
    const result = runCli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('--help and --version exit 0', () => {
    expect(runCli(['--help'])).toMatchObject({ status: 0 });
    expect(runCli(['validate', '--help']).stdout).toContain('Examples:');
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('schema prints the schema committed in cases/', () => {
    const result = runCli(['schema']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(ROOT, 'cases/dossier.schema.json'), 'utf8'));
  });
});
