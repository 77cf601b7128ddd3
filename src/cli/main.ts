// Where outcomes become exit codes (with failure-report.ts). Commands return codes; user errors are
// one line on stderr; anything else is a bug, reported as such (stack only with --debug).
import { ExitCode } from './exit-codes.js';
import { answerVersion, isVersionOnly, reportFailure } from './failure-report.js';
import { withProcessIo, type Io } from './io.js';

/** The body of a validate worker thread (dist/validate-worker.cjs), loaded only there. */
export async function serveChecks(): Promise<void> {
  const worker = await import('./validate-worker.js');
  await worker.serveChecks();
}

/** run() on the real process. */
export function runProcess(argv: readonly string[]): Promise<ExitCode> {
  return withProcessIo((io) => run(argv, io));
}

export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  // `dossier --version` alone answers without loading commander and the command definitions
  // (what commander would print: the version and a newline).
  if (isVersionOnly(argv)) return answerVersion(io);
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
  return reportFailure(error, io, debug);
}
