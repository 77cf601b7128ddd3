// How a run that failed ends: a closed pipe quietly, a failed write or a user error in one line,
// anything else as a bug (stack only with --debug). Kept apart from commander's errors
// (main.ts) so that the entry point's `--version` answer can use it without loading the program.
import { ExitCode, UserError } from './exit-codes.js';
import { OutputClosedError, OutputFailedError, type Io } from './io.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { VERSION } from './version.js';

export async function reportFailure(error: unknown, io: Io, debug: boolean): Promise<ExitCode> {
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

/** `dossier --version` alone, answered without commander and the command definitions. */
export function isVersionOnly(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
}

/** What commander would print for --version: the version and a newline. */
export function answerVersion(io: Io): Promise<ExitCode> {
  return io.stdout.write(`${VERSION}\n`).then(
    () => ExitCode.Ok,
    (error: unknown) => reportFailure(error, io, false),
  );
}
