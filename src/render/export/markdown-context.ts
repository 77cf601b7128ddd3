// What every part of the Markdown export shares: the rendering context and the table writer.
import type { Labels } from '../../i18n/catalogue.js';
import type { MarkdownLabels } from '../../i18n/markdown-labels.js';
import type { Working } from '../../i18n/working.js';

export const NONE = '—';

/**
 * A table, fenced by a scoped MD013 disable: a row cannot be wrapped without breaking it, so the
 * line-length rule is off for the table only (the prose around it is wrapped: markdown-wrap.ts).
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? NONE : c)).join(' | ')} |`;
  return [
    '<!-- markdownlint-disable MD013 -->',
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
    '<!-- markdownlint-enable MD013 -->',
    '',
  ];
}

/**
 * The rendering context: the labels and the escaped, locale-formatted dates. Case-file strings
 * are printed as written (escaped); the renderer's own words, and the engine's working steps,
 * assumptions and rules (data worded by `W`), are in the locale.
 */
export interface Ctx {
  readonly L: MarkdownLabels;
  /** A date in running text, escaped. */
  readonly d: (iso: string) => string;
  /** A date after "on", escaped. */
  readonly on: (iso: string) => string;
  /** The shared label catalogue, for the words the Markdown labels do not carry. */
  readonly T: Labels;
  /** The wording of a deadline's working. */
  readonly W: Working;
}
