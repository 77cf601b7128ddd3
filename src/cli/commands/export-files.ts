// Writing an export's files: the document and, for Markdown, the timeline picture beside it.
// Each file goes through the atomic writer (write-output.ts). Two files cannot be replaced in one
// atomic step, so every target is checked first (what the writer would refuse, the case-file
// guard, and without --force that none exists yet), the picture is written before the document
// that links it, and a picture this run created is removed again when the document then fails.
import { promises as fsPromises } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UserError } from '../exit-codes.js';
import type { Io } from '../io.js';

export interface ExportFile {
  /** The path as the user gave it, or derived from it (for messages). */
  readonly shown: string;
  readonly content: string;
}

export interface WriteExportOptions {
  readonly force: boolean;
  readonly casesDir: string;
  readonly forceCaseFile: boolean;
}

/** `FILE.md` → `FILE.timeline.svg` (a name without .md or .markdown keeps its whole name). */
export function timelineFileFor(output: string): string {
  return `${output.replace(/\.(?:md|markdown)$/i, '')}.timeline.svg`;
}

/** The picture's link from the document: both are in the same directory. */
export function relativeLink(picture: string): string {
  return basename(picture);
}

/**
 * Writes the document and the files it links (written first); throws a UserError naming the
 * file that failed. Every file is checked before any is written, the document first.
 */
export async function writeExportFiles(
  io: Io,
  document: ExportFile,
  linked: readonly ExportFile[],
  options: WriteExportOptions,
): Promise<void> {
  const { checkOutputTarget, writeOutputFile } = await import('../write-output.js');
  const { refuseCaseFile } = await import('../output-policy.js');
  // Joined, not resolve()d: resolve() would drop a trailing slash that the writer must refuse.
  const absolute = (shown: string) => (shown.startsWith('/') ? shown : `${io.cwd}/${shown}`);
  const guard = { casesDir: resolve(io.cwd, options.casesDir), allowed: options.forceCaseFile };
  const writeOptions = (target: string) => ({
    force: options.force,
    check: (finalPath: string) => refuseCaseFile(target, finalPath, guard),
  });
  const created: string[] = [];
  try {
    const isNew = new Map<ExportFile, boolean>();
    for (const file of [document, ...linked]) {
      const target = absolute(file.shown);
      isNew.set(file, (await checkOutputTarget(target, writeOptions(target))).existing === undefined);
    }
    for (const file of [...linked, document]) {
      const target = absolute(file.shown);
      await writeOutputFile(target, file.content, writeOptions(target));
      if (file !== document && isNew.get(file) === true) created.push(target);
    }
  } catch (error) {
    // The document failed after a file it links was created: that file goes too.
    for (const path of created) await fsPromises.unlink(path).catch(() => undefined);
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
}
