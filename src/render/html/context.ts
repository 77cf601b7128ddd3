// What every part of the HTML export shares: the words of both label sets and a table writer.
import type { Labels } from '../../i18n/catalogue.js';
import type { MarkdownLabels } from '../../i18n/markdown-labels.js';
import type { Working } from '../../i18n/working.js';
import type { HtmlLabels } from '../../i18n/html-labels.js';

export interface HtmlCtx {
  /** The Markdown export's words (statuses, sentences): plain text, escaped by the caller. */
  readonly L: MarkdownLabels;
  readonly H: HtmlLabels;
  readonly T: Labels;
  /** The wording of a deadline's working. */
  readonly W: Working;
}

export const NONE = '—';

/** A table with column headers; every cell is already HTML. An empty cell shows a dash. */
export function htmlTable(header: readonly string[], rows: readonly (readonly string[])[], caption?: string): string[] {
  const head = header.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map(
    (r) => `<tr>${r.map((c, k) => (k === 0 ? `<th scope="row">${c || NONE}</th>` : `<td>${c || NONE}</td>`)).join('')}</tr>`,
  );
  return [
    '<div class="table-wrap"><table>',
    ...(caption === undefined ? [] : [`<caption>${caption}</caption>`]),
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody></table></div>',
  ];
}

/** A list of items, each already HTML. */
export function htmlList(items: readonly string[], className?: string): string[] {
  if (items.length === 0) return [];
  return [`<ul${className === undefined ? '' : ` class="${className}"`}>`, ...items.map((i) => `<li>${i}</li>`), '</ul>'];
}
