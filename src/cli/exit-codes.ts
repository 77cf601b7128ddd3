export const ExitCode = {
  /** Success; validation found no errors (warnings allowed). */
  Ok: 0,
  /** Case files have errors, or more warnings than --max-warnings. */
  Invalid: 1,
  /** Usage error (unknown flag, bad argument) or I/O failure (unreadable file, output not written). */
  Failure: 2,
  /** A bug in dossier: please report it. */
  Internal: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A user-facing failure with its exit code; printed as one line, never with a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.Failure,
  ) {
    super(message);
  }
}
