// `dossier validate`, `schema`, --help and --version through the built binary: the exit status
// the shell sees, and colour decided by the real process. validate.test.ts covers the rest
// in-process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
