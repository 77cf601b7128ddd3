// The only place where outcomes become exit codes. Commands return codes; user errors are one
// line on stderr; anything else is a bug, reported as such (stack only with --debug).
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { ExitCode, UserError } from './exit-codes.js';
import { OutputClosedError, OutputFailedError, type Io } from './io.js';
import { sanitizeForTerminal } from '../render/sanitize.js';

export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug') || (io.env['DOSSIER_DEBUG'] ?? '') !== '';
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return report(error, io, debug);
  }
}

async function report(error: unknown, io: Io, debug: boolean): Promise<ExitCode> {
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
