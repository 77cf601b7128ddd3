// Everything a command may touch of the outside world, passed in so that commands stay testable
// and the core never reaches for process, the clock or the terminal itself.
import { isatty } from 'node:tty';
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import { ExitCode } from './exit-codes.js';

export interface Output {
  /** Writes text; resolves once it is handed to the OS. Writes after a closed pipe are dropped. */
  write(text: string): Promise<void>;
  readonly isTTY: boolean;
  readonly columns: number | undefined;
}

/** What `validate --stdin` reads; the stream is opened only when chunks() is first called. */
export interface Input {
  readonly isTTY: boolean;
  chunks(): AsyncIterable<Uint8Array>;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  /** Absent where nothing can be read (in-process tests): `--stdin` then says so. */
  readonly stdin?: Input;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current instant; only used to work out "today" when --as-of is not given. */
  now(): Date;
}

/** Raised when stdout's reader went away (`| head`): the run ends quietly. */
export class OutputClosedError extends Error {}

/** Raised when output could not be written (disk full, EIO): the run fails with exit 2. */
export class OutputFailedError extends Error {}

export function streamOutput(stream: NodeJS.WriteStream): Output {
  let closed = false;
  let failure: Error | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else failure = error;
  });
  return {
    isTTY: stream.isTTY,
    columns: stream.isTTY ? stream.columns : undefined,
    write: (text) =>
      new Promise((resolve, reject) => {
        if (closed) {
          reject(new OutputClosedError('output closed'));
          return;
        }
        if (failure) {
          reject(new OutputFailedError(failure.message));
          return;
        }
        stream.write(text, (error?: NodeJS.ErrnoException | null) => {
          if (!error) {
            resolve();
            return;
          }
          if (error.code === 'EPIPE') {
            closed = true;
            reject(new OutputClosedError('output closed'));
          } else reject(new OutputFailedError(error.message));
        });
      }),
  };
}

/** Raised when the working directory cannot be known (it was deleted under the shell). */
export class WorkingDirectoryError extends Error {}

export function processIo(): Io {
  return {
    stdout: streamOutput(process.stdout),
    stderr: streamOutput(process.stderr),
    // isatty(0) rather than process.stdin.isTTY: reading that property would open the stream.
    stdin: { isTTY: isatty(0), chunks: () => process.stdin },
    cwd: workingDirectory(),
    env: process.env,
    now: () => new Date(),
  };
}

/** `use` given the real process's Io; what even building it can fail on is one line and exit 2. */
export async function withProcessIo(use: (io: Io) => Promise<ExitCode>): Promise<ExitCode> {
  let io: Io;
  try {
    io = processIo();
  } catch (error) {
    if (!(error instanceof WorkingDirectoryError)) throw error;
    process.stderr.write(`dossier: ${error.message}\n`);
    return ExitCode.Failure;
  }
  return use(io);
}

function workingDirectory(): string {
  try {
    return process.cwd();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new WorkingDirectoryError(`the working directory cannot be read (${code}: deleted or moved?); cd to a directory that exists`);
  }
}

/**
 * Colour only on a terminal, and never with NO_COLOR (non-empty), TERM=dumb or --no-color.
 * chalk itself ignores NO_COLOR, hence this decision is made here.
 */
export function chalkFor(io: Io, output: Output, colorFlag: boolean | undefined): ChalkInstance {
  const env = io.env;
  const forced = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  const off = colorFlag === false || (env['NO_COLOR'] ?? '') !== '' || env['TERM'] === 'dumb';
  if (off) return new Chalk({ level: 0 });
  if (colorFlag === true || forced) return new Chalk({ level: supportsColor ? supportsColor.level || 1 : 1 });
  return new Chalk({ level: output.isTTY && supportsColor ? supportsColor.level : 0 });
}
