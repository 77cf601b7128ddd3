// An in-process Io for run(): captures stdout and stderr, with a fixed clock and working directory.
import type { Io, Output } from '../../src/cli/io.js';

export interface FakeIo {
  readonly io: Io;
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIo(options: { cwd?: string; env?: Record<string, string> } = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const capture =
    (into: string[]): Output['write'] =>
    (text) => {
      into.push(text);
      return Promise.resolve();
    };
  const io: Io = {
    stdout: { write: capture(out), isTTY: false, columns: undefined },
    stderr: { write: capture(err), isTTY: false, columns: undefined },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    now: () => new Date(Date.UTC(2023, 1, 9)),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
