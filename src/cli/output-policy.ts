// Which files an export may replace. `--force` is typed from habit; a case file replaced by
// Markdown is data silently lost (git may not have it yet), so a target inside the cases
// directory, or named like a case file (*.yaml, *.yml), needs its own explicit flag.
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { OutputWriteError } from './write-output.js';

const CASE_FILE_NAME = /\.ya?ml$/i;

export interface CaseFileGuard {
  /** The --cases directory, absolute. */
  readonly casesDir: string;
  /** --force-case-file: the user really means to write there. */
  readonly allowed: boolean;
}

/** Refuses (throws OutputWriteError) a target that is, or could become, a case file. */
export async function refuseCaseFile(given: string, finalPath: string, guard: CaseFileGuard): Promise<void> {
  if (guard.allowed) return;
  for (const path of new Set([resolve(given), finalPath])) {
    if (CASE_FILE_NAME.test(path))
      throw new OutputWriteError(
        given,
        'ECASEFILE',
        'the name ends in .yaml or .yml, like a case file; use --force-case-file if you mean it',
      );
    if (await isInside(path, guard.casesDir))
      throw new OutputWriteError(given, 'ECASEFILE', 'it is inside the cases directory; use --force-case-file if you mean it');
  }
}

/** Compared both as written and with links resolved, so neither `cases/../cases/x` nor a linked directory slips through. */
async function isInside(path: string, directory: string): Promise<boolean> {
  const candidates = [[path, directory]];
  const realDirectory = await realpath(directory).catch(() => undefined);
  const realParent = await realpath(dirname(path)).catch(() => undefined);
  if (realDirectory !== undefined && realParent !== undefined) candidates.push([join(realParent, basename(path)), realDirectory]);
  return candidates.some(([p = '', d = '']) => {
    const inside = relative(d, p);
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  });
}
