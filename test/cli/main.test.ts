// run() in-process with a fake Io: how outcomes become exit codes and messages.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { OutputClosedError, type Io, type Output } from '../../src/cli/io.js';

function fakeIo(write: (text: string) => Promise<void> = () => Promise.resolve()) {
  const err: string[] = [];
  const stdout: Output = { write, isTTY: false, columns: undefined };
  const stderr: Output = {
    write: (text) => {
      err.push(text);
      return Promise.resolve();
    },
    isTTY: false,
    columns: undefined,
  };
  const io: Io = { stdout, stderr, cwd: process.cwd(), env: {}, now: () => new Date(Date.UTC(2023, 1, 9)) };
  return { io, err };
}

describe('run', () => {
  it('an unexpected error is an internal error: exit 3, one line, no stack unless --debug', async () => {
    const boom = () => Promise.reject(new TypeError('boom'));
    const quiet = fakeIo(boom);
    expect(await run(['schema'], quiet.io)).toBe(3);
    expect(quiet.err.join('')).toBe(
      'dossier: internal error: boom. This is a bug in dossier; please report it with the command you ran (add --debug for details)\n',
    );
    const loud = fakeIo(boom);
    expect(await run(['schema', '--debug'], loud.io)).toBe(3);
    expect(loud.err.join('')).toMatch(/TypeError: boom\n\s+at /);
  });

  it('a reader that went away ends the run quietly with 0', async () => {
    const closed = fakeIo(() => Promise.reject(new OutputClosedError('closed')));
    expect(await run(['schema'], closed.io)).toBe(0);
    expect(closed.err).toEqual([]);
  });
});
