// `dossier export --format md|json|csv|ics|html [--output FILE] [--force]`: stdout by default; a file
// is written atomically and never overwritten without --force.
import { resolve } from 'node:path';
import type { DossierView } from '../../analysis/dossier.js';
import { loadDossierView, type ViewOptions } from '../dossier-view.js';
import { ExitCode, UserError } from '../exit-codes.js';
import type { Io } from '../io.js';

export interface ExportOptions extends ViewOptions {
  readonly format: 'md' | 'json' | 'csv' | 'ics' | 'html';
  readonly output: string | undefined;
  readonly force: boolean;
  /** Allow a target inside the cases directory or named *.yaml / *.yml. */
  readonly forceCaseFile: boolean;
  /** The language of the Markdown and HTML exports (the other formats are data, not prose). */
  readonly locale: 'en' | 'fr';
  /** CSV only: a UTF-8 byte order mark first, without which Excel on Windows reads the file as ANSI. */
  readonly bom?: boolean;
}

const BOM = '\uFEFF';

export async function exportDossier(options: ExportOptions, io: Io): Promise<ExitCode> {
  if (options.bom === true && options.format !== 'csv')
    throw new UserError(`--bom applies to --format csv only, not --format ${options.format}`, ExitCode.Failure);
  const view = await loadDossierView(io, options);
  const rendered = await render(options.format, view, options.locale);
  const content = options.bom === true ? BOM + rendered : rendered;
  if (options.output === undefined) {
    await io.stdout.write(content);
    return ExitCode.Ok;
  }
  const { writeOutputFile } = await import('../write-output.js');
  const { refuseCaseFile } = await import('../output-policy.js');
  // Joined, not resolve()d: resolve() would drop a trailing slash that the writer must refuse.
  const target = options.output.startsWith('/') ? options.output : `${io.cwd}/${options.output}`;
  const guard = { casesDir: resolve(io.cwd, options.casesDir), allowed: options.forceCaseFile };
  try {
    await writeOutputFile(target, content, { force: options.force, check: (finalPath) => refuseCaseFile(target, finalPath, guard) });
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
  await io.stderr.write(`wrote ${options.output} (${Buffer.byteLength(content)} bytes, as of ${view.asOf})\n`);
  return ExitCode.Ok;
}

async function render(format: ExportOptions['format'], view: DossierView, locale: ExportOptions['locale']): Promise<string> {
  switch (format) {
    case 'md':
      return (await import('../../render/export/markdown.js')).renderMarkdownExport(view, { locale });
    case 'json':
      return (await import('../../render/export/json.js')).renderJsonExport(view);
    case 'csv':
      return (await import('../../render/export/csv.js')).renderCsvExport(view);
    case 'ics':
      return (await import('../../render/export/ics.js')).renderIcsExport(view, { stamp: view.asOf });
    case 'html':
      return (await import('../../render/html/page.js')).renderHtmlExport(view, { locale });
  }
}
