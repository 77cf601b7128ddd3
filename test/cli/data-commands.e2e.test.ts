// The computing commands through the built binary, for what only a real process shows: the exit
// status the shell sees, a closed pipe, a full disk, an internal error. time-zones.e2e.test.ts
// varies the process's time zone; everything else is tested in-process in data-commands.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, hasStackTrace, ROOT, runCli } from '../helpers/run-cli.js';

describe('each command through the binary', () => {
  it('due prints the end of the period and its working, exit 0', () => {
    const result = runCli(['due', '2022-10-18', '2 months', '--jurisdiction', 'FR']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2022-12-19');
    expect(result.stdout).toContain('Code de procédure civile');
    expect(result.stderr).toBe('');
  });

  it('deadlines prints the table, exit 0', () => {
    const result = runCli(['deadlines', '--as-of', '2023-02-09']);
    expect(result.status).toBe(0);
    // As of 9 Feb 2023 the CNIL's compliance is not yet on record; the Conseil d'État period is open.
    const out = result.stdout.replaceAll('\u00a0', ' ');
    expect(out).toContain('past the deadline, compliance not on record');
    expect(out).toContain('open, 11 days left');
    expect(result.stderr).toBe('');
  });

  it('fines --json prints the fines document, exit 0', () => {
    const result = runCli(['fines', '--json', '--as-of', '2026-11-23']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).format).toBe('dossier-fines/1');
    expect(result.stderr).toBe('');
  });

  it('report prints the overview without ANSI when piped, exit 0', () => {
    const result = runCli(['report', '--as-of', '2023-02-09']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('CNIL');
    expect(result.stdout).toBe(stripVTControlCharacters(result.stdout));
    expect(result.stderr).toBe('');
  });

  it('timeline --json lists the events, exit 0', () => {
    const result = runCli(['timeline', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).events.length).toBe(46); // the events of the seven bundled cases
    expect(result.stderr).toBe('');
  });
});

describe('exit statuses through the binary', () => {
  it('1 when the case files have errors, with the errors on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cases-'));
    cpSync(join(ROOT, 'cases'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'hdpa-clearview-ai.yaml'),
      readFileSync(join(dir, 'hdpa-clearview-ai.yaml'), 'utf8').replace('date: 2022-07-13', 'date: 2022-02-30'),
    );
    const result = runCli(['deadlines', '--cases', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('[date/invalid]');
  });

  it('2 on a usage error, one line and no stack', () => {
    const result = runCli(['due', '2022-10-18', '2 months', '-j', 'XX']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("argument 'XX' is invalid");
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('3 on an internal error, one line and no stack unless --debug', () => {
    // A preloaded module makes every write to stdout throw, as a bug would.
    const hook = 'data:text/javascript,process.stdout.write=()=>{throw new TypeError("boom")}';
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', hook, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
    const quiet = run(['schema']);
    expect(quiet.status).toBe(3);
    expect(quiet.stderr).toBe(
      'dossier: internal error: boom. This is a bug in dossier; please report it with the command you ran (add --debug for details)\n',
    );
    expect(hasStackTrace(quiet.stderr)).toBe(false);
    const loud = run(['schema', '--debug']);
    expect(loud.status).toBe(3);
    expect(hasStackTrace(loud.stderr)).toBe(true);
  });
});

describe('pipes', () => {
  it('a closed pipe ends the run quietly', () => {
    const result = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(join(ROOT, 'bin/dossier.js'))} export --format json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      { encoding: 'utf8', cwd: ROOT },
    );
    expect(result.stdout.trim()).toBe('0');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('output that cannot be written', () => {
  it.each(['report --as-of 2023-02-09', 'export --format json --as-of 2023-02-09', 'validate --format json'])(
    'dossier %s > /dev/full exits 2, saying why',
    (args) => {
      const result = spawnSync('bash', ['-c', `node ${JSON.stringify(join(ROOT, 'bin/dossier.js'))} ${args} > /dev/full`], {
        encoding: 'utf8',
        cwd: ROOT,
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('could not write the output: ENOSPC');
    },
  );
});
