// What --staged, --stdin and --stdin-filename ask `dossier validate` to read. Kept apart from
// the reading itself, which the program loads only when validate runs.
import { UserError } from './exit-codes.js';

export type ValidateInput =
  | { readonly kind: 'staged'; readonly casesDir: string; readonly paths: readonly string[] }
  | { readonly kind: 'stdin'; readonly casesDir: string; readonly filename: string };

export interface InputFlags {
  readonly staged?: boolean;
  readonly stdin?: boolean;
  readonly stdinFilename?: string;
  readonly cache?: boolean;
  readonly cacheLocation?: string;
}

/** The input the flags ask for (undefined: the paths on disk); a contradiction is a usage error. */
export function chooseValidateInput(paths: readonly string[], flags: InputFlags, casesDir: string): ValidateInput | undefined {
  if (flags.staged === true && flags.stdin === true) throw new UserError('--staged and --stdin cannot be used together');
  // The cache keys the files on disk by their bytes; the index and stdin are read fresh each time.
  const cached = flags.cache === true || flags.cacheLocation !== undefined;
  if (cached && (flags.staged === true || flags.stdin === true))
    throw new UserError('--cache works on the files on disk, not with --staged or --stdin');
  if (flags.stdinFilename !== undefined && flags.stdin !== true) throw new UserError('--stdin-filename needs --stdin');
  if (flags.staged === true) return { kind: 'staged', casesDir, paths };
  if (flags.stdin !== true) return undefined;
  if (paths.length > 0) throw new UserError('--stdin reads one file from stdin; give its name with --stdin-filename, not as a path');
  if (flags.stdinFilename === undefined || flags.stdinFilename === '') {
    throw new UserError('--stdin needs --stdin-filename PATH: the file name the text is checked as (its diagnostics, its id)');
  }
  return { kind: 'stdin', casesDir, filename: flags.stdinFilename };
}
