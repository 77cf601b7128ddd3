// Runs the CLI's run() inside the test process with a fake Io: the same arguments, defaults and
// result as runCli (which spawns the built binary), without the cost of starting Node each time.
// Output is never a terminal (as when piped), so colour and width follow the same rules as for
// the spawned binary; the code reads io.env, io.cwd and io.now() only, never process.*.
import { resolve } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { Io, Output } from '../../src/cli/io.js';
import { ROOT, type CliResult } from './run-cli.js';

export interface InProcessOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** The clock; the real current time by default, as for the binary. */
  readonly now?: () => Date;
}

function collect(): { output: Output; text: () => string } {
  const chunks: string[] = [];
  return {
    output: {
      write: (text) => {
        chunks.push(text);
        return Promise.resolve();
      },
      isTTY: false,
      columns: undefined,
    },
    text: () => chunks.join(''),
  };
}

export async function runInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<CliResult> {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '', FORCE_COLOR: '0', ...options.env };
  const stdout = collect();
  const stderr = collect();
  const io: Io = {
    stdout: stdout.output,
    stderr: stderr.output,
    cwd: options.cwd ?? resolve(ROOT),
    env,
    now: options.now ?? (() => new Date()),
  };
  const status = await run(args, io);
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
