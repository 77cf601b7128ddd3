// The only place where outcomes become exit codes. Commands return codes; user errors are one
// line on stderr; anything else is a bug, reported as such (stack only with --debug).
import { ExitCode, UserError } from './exit-codes.js';
import { OutputClosedError, OutputFailedError, WorkingDirectoryError, processIo, type Io } from './io.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { VERSION } from './version.js';

/** run() on the real process; what even building its Io can fail on is one line and exit 2. */
export async function runProcess(argv: readonly string[]): Promise<ExitCode> {
  let io: Io;
  try {
    io = processIo();
  } catch (error) {
    if (!(error instanceof WorkingDirectoryError)) throw error;
    process.stderr.write(`dossier: ${error.message}\n`);
    return ExitCode.Failure;
  }
  return run(argv, io);
}

export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  // `dossier --version` alone answers without loading commander and the command definitions
  // (what commander would print: the version and a newline).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    return io.stdout.write(`${VERSION}\n`).then(
      () => ExitCode.Ok,
      (error: unknown) => report(error, io, false),
    );
  }
  const { buildProgram } = await import('./program.js');
  let exitCode: ExitCode = ExitCode.Ok;
  const commanderWrites: Promise<void>[] = [];
  const program = buildProgram(
    io,
    (code) => {
      exitCode = code;
    },
    commanderWrites,
  );
  const debug = argv.includes('--debug') || (io.env['DOSSIER_DEBUG'] ?? '') !== '';
  try {
    await program.parseAsync([...argv], { from: 'user' });
    await Promise.all(commanderWrites);
    return exitCode;
  } catch (error) {
    // Help and version end in a CommanderError; their text must have reached stdout first.
    const lost = await Promise.all(commanderWrites).then(
      () => undefined,
      (writeError: unknown) => writeError,
    );
    return report(lost ?? error, io, debug);
  }
}

async function report(error: unknown, io: Io, debug: boolean): Promise<ExitCode> {
  const { CommanderError } = await import('commander');
  if (error instanceof CommanderError) {
    // Commander has already printed its message (through io.stderr).
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Failure;
  }
  if (error instanceof OutputClosedError) return ExitCode.Ok;
  const say = (text: string) => io.stderr.write(`dossier: ${sanitizeForTerminal(text, { singleLine: true })}\n`).catch(() => undefined);
  if (error instanceof OutputFailedError) {
    await say(`could not write the output: ${error.message}`);
    return ExitCode.Failure;
  }
  if (error instanceof UserError) {
    await say(error.message);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  await say(
    `internal error: ${message}. This is a bug in dossier; please report it with the command you ran${debug ? '' : ' (add --debug for details)'}`,
  );
  if (debug && error instanceof Error && error.stack) await io.stderr.write(`${error.stack}\n`).catch(() => undefined);
  return ExitCode.Internal;
}
