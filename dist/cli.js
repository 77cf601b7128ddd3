import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-BUIXNWGV.js";
import {
  OutputClosedError,
  OutputFailedError,
  WorkingDirectoryError,
  processIo
} from "./chunks/chunk-7X34S772.js";
import {
  ExitCode,
  UserError
} from "./chunks/chunk-M4L7XWEC.js";
import {
  sanitizeForTerminal
} from "./chunks/chunk-ILGGZZFQ.js";
import "./chunks/chunk-BTYQCHNT.js";

// src/cli/main.ts
async function runProcess(argv) {
  let io;
  try {
    io = processIo();
  } catch (error) {
    if (!(error instanceof WorkingDirectoryError)) throw error;
    process.stderr.write(`dossier: ${error.message}
`);
    return ExitCode.Failure;
  }
  return run(argv, io);
}
async function run(argv, io) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    return io.stdout.write(`${VERSION}
`).then(
      () => ExitCode.Ok,
      (error) => report(error, io, false)
    );
  }
  const { buildProgram } = await import("./chunks/program-NT27LHQO.js");
  let exitCode = ExitCode.Ok;
  const commanderWrites = [];
  const program = buildProgram(
    io,
    (code) => {
      exitCode = code;
    },
    commanderWrites
  );
  const debug = argv.includes("--debug") || (io.env["DOSSIER_DEBUG"] ?? "") !== "";
  try {
    await program.parseAsync([...argv], { from: "user" });
    await Promise.all(commanderWrites);
    return exitCode;
  } catch (error) {
    const lost = await Promise.all(commanderWrites).then(
      () => void 0,
      (writeError) => writeError
    );
    return report(lost ?? error, io, debug);
  }
}
async function report(error, io, debug) {
  const { CommanderError } = await import("./chunks/esm-GR2XKBJZ.js");
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Failure;
  }
  if (error instanceof OutputClosedError) return ExitCode.Ok;
  const say = (text) => io.stderr.write(`dossier: ${sanitizeForTerminal(text, { singleLine: true })}
`).catch(() => void 0);
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
    `internal error: ${message}. This is a bug in dossier; please report it with the command you ran${debug ? "" : " (add --debug for details)"}`
  );
  if (debug && error instanceof Error && error.stack) await io.stderr.write(`${error.stack}
`).catch(() => void 0);
  return ExitCode.Internal;
}

// src/cli.ts
process.exitCode = await runProcess(process.argv.slice(2));
