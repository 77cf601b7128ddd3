// `dossier export --format md|json|csv|ics|html [--output FILE] [--force]`: stdout by default; a file
// is written atomically and never overwritten without --force. The Markdown export written to a
// file also writes its timeline picture beside it (export-files.ts).
import type { DossierView } from '../../analysis/dossier.js';
import { loadDossierView, type ViewOptions } from '../dossier-view.js';
import { ExitCode, UserError } from '../exit-codes.js';
import type { Io } from '../io.js';
import { relativeLink, timelineFileFor, writeExportFiles, type ExportFile } from './export-files.js';

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
  const { output } = options;
  // With --output, the Markdown export writes its timeline picture beside itself and links it.
  const picture = options.format === 'md' && output !== undefined ? timelineFileFor(output) : undefined;
  const rendered = await render(options.format, view, options.locale, picture === undefined ? undefined : relativeLink(picture));
  const content = options.bom === true ? BOM + rendered : rendered;
  if (output === undefined) {
    await io.stdout.write(content);
    return ExitCode.Ok;
  }
  const document: ExportFile = { shown: output, content };
  const linked: ExportFile[] = [];
  if (picture !== undefined) {
    const { renderTimelineSvgFile } = await import('../../render/html/timeline-file.js');
    linked.push({ shown: picture, content: renderTimelineSvgFile(view, { locale: options.locale }) });
  }
  await writeExportFiles(io, document, linked, options);
  for (const file of [document, ...linked])
    await io.stderr.write(`wrote ${file.shown} (${Buffer.byteLength(file.content)} bytes, as of ${view.asOf})\n`);
  return ExitCode.Ok;
}

async function render(
  format: ExportOptions['format'],
  view: DossierView,
  locale: ExportOptions['locale'],
  timelineImage: string | undefined,
): Promise<string> {
  switch (format) {
    case 'md':
      return (await import('../../render/export/markdown.js')).renderMarkdownExport(view, {
        locale,
        ...(timelineImage === undefined ? {} : { timelineImage }),
      });
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
