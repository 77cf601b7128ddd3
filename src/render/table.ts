// Tables and paragraphs that fit the width they are given. Cells are wrapped here, by display
// width, on spaces only (so "20 000 000,00 €" is never broken at its non-breaking spaces), and
// colour is applied to each wrapped piece so that no escape sequence is ever cut in two.
//
// The box is drawn here too, in cli-table3's layout (which the golden files were made with), one
// pass over the wrapped lines. cli-table3 itself re-measured and re-truncated the whole cell for
// every line it drew, which made a 24 KB case file take a minute to render (cubic in the text),
// and its own width measure cut cells holding zero-width characters with "…".
import type { ChalkInstance } from 'chalk';
import type { Locale } from '../i18n/format.js';
import { displayWidth, truncateToWidth, wrapText } from './text-width.js';

export { displayWidth, wrapText } from './text-width.js';

export interface RenderOptions {
  readonly chalk: ChalkInstance;
  /** Terminal columns to fit (60–200 is what the layouts are designed for). */
  readonly width: number;
  readonly locale: Locale;
}

/** Colours with a meaning; nothing else is coloured. */
export interface Tones {
  readonly bad: Tone;
  readonly good: Tone;
  readonly caution: Tone;
}
export type Tone = (text: string) => string;

export function tones(chalk: ChalkInstance): Tones {
  return { bad: (s) => chalk.red(s), good: (s) => chalk.green(s), caution: (s) => chalk.yellow(s) };
}

/** One line of a cell, optionally coloured; the text is plain (already sanitised) text. */
export interface Span {
  readonly text: string;
  readonly tone?: Tone | undefined;
}
export type CellLine = string | Span;
export type Cell = CellLine | readonly CellLine[];

export interface Column {
  /** Content width below which the column is not squeezed while others can give way (at least its longest word, up to 30). */
  readonly min?: number;
  readonly align?: 'left' | 'right';
}

export interface TableSpec {
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly width: number;
  /** Flexible columns sized from their content; or `colWidths` (content + 2 padding) to fix them. */
  readonly columns?: readonly Column[];
  readonly colWidths?: readonly number[];
  readonly headTone?: Tone;
  /** No rule between body rows (the head keeps its own). */
  readonly compact?: boolean;
}

const DEFAULT_MIN = 8;
const PADDING = 2;

/**
 * A paragraph wrapped to `width` with a first-line prefix and a hanging indent for the rest;
 * the tone colours the text, not the prefix.
 */
export function paragraph(text: string, width: number, options: { prefix?: string; indent?: number; tone?: Tone } = {}): string[] {
  const prefix = options.prefix ?? '';
  const indent = ' '.repeat(options.indent ?? displayWidth(prefix));
  const tone = options.tone ?? ((s: string) => s);
  const paint = (line: string) => (line === '' ? '' : tone(line));
  // The first line has the prefix's room, the others the indent's; wrapText keeps the text's own
  // characters, so the first line is a prefix of the text and the rest continues after it.
  const [first = ''] = wrapText(text, Math.max(10, width - displayWidth(prefix)));
  const rest = text.slice(first.length).replace(/^ /, '');
  const others = rest === '' ? [] : wrapText(rest, Math.max(10, width - indent.length));
  return [`${prefix}${paint(first)}`, ...others.map((line) => `${indent}${paint(line)}`)];
}

/**
 * Content widths for columns whose content would like `natural` columns, given `available` in
 * all: everything fits when it can; otherwise each column keeps its minimum (its longest word,
 * so amounts and ids are not cut) and the rest is shared in proportion to what each still lacks.
 * Minimums that do not fit together are shrunk from the widest down, never below one column.
 */
export function fitColumnWidths(natural: readonly number[], minimum: readonly number[], available: number): number[] {
  const wants = natural.map((n) => Math.max(1, n));
  if (wants.reduce((a, b) => a + b, 0) <= available) return wants;
  const widths = wants.map((n, i) => Math.min(n, Math.max(1, minimum[i] ?? DEFAULT_MIN)));
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  while (excess > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 1) <= 1) break;
    widths[widest] = (widths[widest] ?? 1) - 1;
    excess -= 1;
  }
  const spare = available - widths.reduce((a, b) => a + b, 0);
  const lacks = widths.map((w, i) => (wants[i] ?? 0) - w);
  const totalLack = lacks.reduce((a, b) => a + b, 0);
  if (spare <= 0 || totalLack <= 0) return widths;
  const shares = lacks.map((lack) => Math.floor((spare * lack) / totalLack));
  let left = spare - shares.reduce((a, b) => a + b, 0);
  const result = widths.map((w, i) => w + (shares[i] ?? 0));
  // Integer shares leave a few columns over: they go to whoever still lacks the most.
  while (left > 0) {
    const rest = result.map((w, i) => (wants[i] ?? 0) - w);
    const neediest = rest.indexOf(Math.max(...rest));
    if ((rest[neediest] ?? 0) <= 0) break;
    result[neediest] = (result[neediest] ?? 0) + 1;
    left -= 1;
  }
  return result;
}

/** The narrowest a table can be drawn without cutting a word (longest words capped at 30). */
export function minimumTableWidth(head: readonly string[], rows: readonly (readonly Cell[])[]): number {
  const mins = columnMinimums(head, rows, undefined);
  return mins.reduce((a, b) => a + b, 0) + PADDING * head.length + head.length + 1;
}

const MAX_WORD_MINIMUM = 30;

function longestWord(cell: Cell): number {
  return Math.max(0, ...cellLines(cell).flatMap((l) => l.text.split(' ').map(displayWidth)));
}

function columnMinimums(head: readonly string[], rows: readonly (readonly Cell[])[], columns: readonly Column[] | undefined): number[] {
  return head.map((h, i) => {
    const word = Math.max(longestWord(h), ...rows.map((row) => longestWord(row[i] ?? '')));
    return Math.max(columns?.[i]?.min ?? 1, Math.min(word, MAX_WORD_MINIMUM));
  });
}

function cellLines(cell: Cell): Span[] {
  const lines: readonly CellLine[] = typeof cell === 'string' || !Array.isArray(cell) ? [cell as CellLine] : (cell as readonly CellLine[]);
  return lines.flatMap((line) => {
    const span = typeof line === 'string' ? { text: line } : line;
    return span.text.split('\n').map((text) => ({ text, tone: span.tone }));
  });
}

function naturalWidth(cell: Cell): number {
  return Math.max(0, ...cellLines(cell).map((l) => displayWidth(l.text)));
}

/** A wrapped, coloured line of a cell and its width in columns (measured before colouring). */
interface DrawnLine {
  readonly text: string;
  readonly width: number;
}

function wrapCell(cell: Cell, width: number): DrawnLine[] {
  return cellLines(cell).flatMap((span) =>
    wrapText(span.text, width).map((piece) => {
      // A grapheme wider than the whole column (a wide character in a one-column cell) is cut.
      const fitted = truncateToWidth(piece, width);
      return { text: span.tone && fitted !== '' ? span.tone(fitted) : fitted, width: displayWidth(fitted) };
    }),
  );
}

/** The widths of the content of each column, between the padding. */
function contentWidthsFor(spec: TableSpec): number[] {
  const count = spec.head.length;
  // Borders: one column per separator, plus one on each side.
  const available = spec.width - (count + 1) - PADDING * count;
  return spec.colWidths
    ? spec.colWidths.map((w) => Math.max(1, w - PADDING))
    : fitColumnWidths(
        spec.head.map((h, i) => Math.max(naturalWidth(h), ...spec.rows.map((row) => naturalWidth(row[i] ?? '')))),
        columnMinimums(spec.head, spec.rows, spec.columns),
        available,
      );
}

/** A table no wider than `spec.width`, with a rule under the head and between rows (unless compact). */
export function renderTable(spec: TableSpec): string {
  const widths = contentWidthsFor(spec);
  const headTone = spec.headTone ?? ((s: string) => s);
  const aligns = spec.head.map((_, i) => spec.columns?.[i]?.align ?? 'left');
  const rows = [
    spec.head.map((h, i) => wrapCell({ text: h, tone: headTone }, widths[i] ?? 1)),
    ...spec.rows.map((row) => spec.head.map((_, i) => wrapCell(row[i] ?? '', widths[i] ?? 1))),
  ];
  const rule = (left: string, joint: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + PADDING)).join(joint)}${right}`;
  const out = [rule('┌', '┬', '┐')];
  rows.forEach((cells, r) => {
    if (r > 0 && (r === 1 || spec.compact !== true)) out.push(rule('├', '┼', '┤'));
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    for (let n = 0; n < height; n++) {
      const drawn = cells.map((lines, i) => {
        const line = lines[n] ?? { text: '', width: 0 };
        const gap = ' '.repeat(Math.max(0, (widths[i] ?? 1) - line.width));
        return aligns[i] === 'right' ? ` ${gap}${line.text} ` : ` ${line.text}${gap} `;
      });
      out.push(`│${drawn.join('│')}│`);
    }
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** A section heading: the words, underlined with a rule of the same width. */
export function heading(text: string, width: number): string[] {
  const lines = wrapText(text, width);
  return [...lines, '─'.repeat(Math.min(width, Math.max(...lines.map(displayWidth))))];
}

/**
 * A table when every column can hold its longest word at this width; otherwise one two-column
 * table per record (field | value), titled, with the same widths for every record so they line up.
 */
export function renderRecords(spec: TableSpec & { readonly titles: readonly string[]; readonly titleTone?: Tone }): string {
  if (spec.rows.length > 0 && minimumTableWidth(spec.head, spec.rows) <= spec.width) return renderTable(spec);
  const labelWidth = Math.min(Math.max(...spec.head.map(displayWidth)) + PADDING, Math.floor(spec.width / 3));
  const colWidths = [labelWidth, Math.min(spec.width - labelWidth - 3, 72)];
  const titleTone = spec.titleTone ?? ((s: string) => s);
  const blocks = spec.rows.map((row, r) => {
    const [first, ...rest] = spec.head.map((name, i): readonly [string, Cell] => [name, row[i] ?? '']);
    const head = [first?.[0] ?? '', first ? headText(first[1]) : ''];
    const table = renderTable({
      head,
      rows: rest.map(([name, value]) => [name, value]),
      width: spec.width,
      colWidths,
      ...(spec.headTone ? { headTone: spec.headTone } : {}),
    });
    return [...paragraph(spec.titles[r] ?? '', spec.width, { tone: titleTone }), table].join('\n');
  });
  return blocks.join('\n\n');
}

/** A head cell holds plain text; a record's first value becomes its head. */
function headText(cell: Cell): string {
  return cellLines(cell)
    .map((l) => l.text)
    .join(' ');
}

/** Text that must not be broken across lines (a date, a lane strip): its spaces become U+00A0. */
export function unbreakable(text: string): string {
  return text.replaceAll(' ', '\u00a0');
}
