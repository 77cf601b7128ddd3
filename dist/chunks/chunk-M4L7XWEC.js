import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
var ExitCode = {
  /** Success; validation found no errors (warnings allowed). */
  Ok: 0,
  /** Case files have errors, or more warnings than --max-warnings. */
  Invalid: 1,
  /** Usage error (unknown flag, bad argument) or I/O failure (unreadable file, output not written). */
  Failure: 2,
  /** A bug in dossier: please report it. */
  Internal: 3
};
var UserError = class extends Error {
  constructor(message, exitCode = ExitCode.Failure) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
};

export {
  ExitCode,
  UserError
};
