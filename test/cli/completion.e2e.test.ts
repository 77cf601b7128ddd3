// `dossier completion bash|zsh|fish` through the built binary, loaded into the real shells: bash
// (compgen through the completion function, complete -p), fish (complete -C) and zsh (syntax,
// registration with compinit, and the matches offered after a TAB in a pseudo-terminal). A shell that is not installed is skipped with the reason
// printed; CI installs zsh and fish (.ci/run). The scripts are made from the program itself, so
// a test also checks that every command and option is offered.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-completion-'));

function script(shell: string): string {
  const result = runCli(['completion', shell]);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  const file = join(dir, `dossier.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

function shellAt(name: string): string | undefined {
  const path = `/usr/bin/${name}`;
  if (existsSync(path)) return path;
  console.warn(`completion.e2e: ${name} skipped, not installed (apt-get install ${name})`);
  return undefined;
}

const bash = shellAt('bash');
const zsh = shellAt('zsh');
const fish = shellAt('fish');

const run = (shell: string, args: readonly string[]) => {
  const result = spawnSync(shell, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env['PATH'] ?? '', HOME: dir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('dossier completion', () => {
  it('refuses a shell it does not know (exit 2, the choices named)', () => {
    const result = runCli(['completion', 'tcsh']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Allowed choices are bash, zsh, fish');
  });

  it('offers every command and every option of the program, so the scripts stay in step', () => {
    const program = buildProgram(fakeIo().io, () => undefined);
    const scripts = ['bash', 'zsh', 'fish'].map((shell) => runCli(['completion', shell]).stdout);
    for (const command of program.commands)
      for (const text of scripts) {
        expect(text).toContain(command.name());
        for (const option of command.options) expect(text).toContain((option.long ?? '').replace(/^--/, ''));
      }
  });

  describe.skipIf(bash === undefined)('in bash', () => {
    /** What the completion function offers for the words typed (the last one is being completed). */
    const complete = (words: readonly string[]) => {
      const file = script('bash');
      const quoted = words.map((w) => `'${w}'`).join(' ');
      const result = run(bash!, [
        '-c',
        `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _dossier_completion; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ]);
      expect(result.stderr).toBe('');
      return result.stdout.split('\n').filter((l) => l !== '');
    };

    it('registers the function for dossier', () => {
      const result = run(bash!, ['-c', `source '${script('bash')}'; complete -p dossier`]);
      expect(result.stdout).toBe('complete -F _dossier_completion dossier\n');
    });

    it.each([
      [['dossier', 'de'], ['deadlines']],
      [
        ['dossier', 'export', '--format', ''],
        ['md', 'json', 'csv', 'ics', 'html'],
      ],
      [
        ['dossier', '--cases', 'cases', 'validate', '-f', 's'],
        ['stylish', 'sarif'],
      ],
      [
        ['dossier', 'fines', '--by', ''],
        ['authority', 'country', 'year', 'respondent'],
      ],
      [
        ['dossier', 'completion', ''],
        ['bash', 'zsh', 'fish'],
      ],
      [
        ['dossier', 'export', '--fo'],
        ['--format', '--force', '--force-case-file'],
      ],
      [['dossier', 'report', '--no'], ['--no-color']],
    ])('completes %j with %j', (words, expected) => {
      expect(complete(words)).toEqual(expected);
    });

    it('completes a directory after --cases and a file after --output', () => {
      expect(complete(['dossier', '--cases', 'cas'])).toEqual(['cases']);
      expect(complete(['dossier', 'export', '--output', 'READ'])).toEqual(['README.md']);
    });
  });

  describe.skipIf(fish === undefined)('in fish', () => {
    const complete = (line: string) => {
      const result = run(fish!, ['-c', `source '${script('fish')}'; complete -C '${line}'`]);
      expect(result.stderr).toBe('');
      return result.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.split('\t')[0]);
    };

    it.each([
      ['dossier ex', ['export']],
      ['dossier export --format ', ['csv', 'html', 'ics', 'json', 'md']],
      ['dossier completion ', ['bash', 'fish', 'zsh']],
      ['dossier fines --by ', ['authority', 'country', 'respondent', 'year']],
    ])('completes %j with %j', (line, expected) => {
      expect(complete(line)).toEqual(expected);
    });
  });

  describe.skipIf(zsh === undefined)('in zsh', () => {
    it('is valid zsh and registers _dossier with compinit', () => {
      const file = script('zsh');
      expect(run(zsh!, ['-n', file]).status).toBe(0);
      const result = run(zsh!, [
        '-f',
        '-c',
        `autoload -Uz compinit; compinit -u -D; source '${file}'; print -r -- \${_comps[dossier]}; whence -w _dossier`,
      ]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('_dossier\n_dossier: function\n');
    });

    /** The matches zsh offers after a TAB at the end of `line`, in an interactive zsh (zpty). */
    const complete = (line: string) => {
      const file = script('zsh');
      const result = spawnSync(zsh!, ['-f', join(ROOT, 'test/helpers/zsh-complete.zsh')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
        env: { PATH: process.env['PATH'] ?? '', HOME: dir, SCRIPT: file, LINE: line, TERM: 'dumb' },
      });
      const matches = new Set<string>();
      for (const [, group = ''] of result.stdout.matchAll(/\x02([^\x03]*)\x03/g))
        for (const m of group.split('\x01')) if (m !== '') matches.add(m);
      return [...matches].sort();
    };

    it.each([
      ['dossier ex', ['export']],
      ['dossier export --format ', ['csv', 'html', 'ics', 'json', 'md']],
      ['dossier validate -f ', ['auto', 'compact', 'github', 'json', 'sarif', 'stylish']],
      ['dossier completion ', ['bash', 'fish', 'zsh']],
      ['dossier --cases cas', ['cases']],
    ])('completes %j with %j', (line, expected) => {
      expect(complete(line)).toEqual(expected);
    });
  });
});
