// Tables and paragraphs that fit the width they are given. cli-table3 only draws: its own word
// wrap splits on any \s (so it would break "20 000 000,00 €" at its non-breaking spaces) and lets
// a long word overflow, so cells are wrapped here, by display width, before they reach it, and
// colour is applied to each wrapped piece so that no escape sequence is ever cut in two.
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Locale } from './locale.js';

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
}

const DEFAULT_MIN = 8;
const PADDING = 2;

// Zero-width: combining marks, ZW(N)J, variation selectors. Wide: East Asian wide and fullwidth
// blocks and pictographic emoji, as terminals (and cli-table3's string-width) draw them.
const ZERO_WIDTH = /^(?:\p{Mn}|\p{Me}|\p{Cf})$/u; // ZW(N)J and U+200B are Cf; variation selectors Mn
const WIDE =
  /^(?:\p{Extended_Pictographic}|[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}])$/u;

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** Columns a plain string occupies in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Greedy word wrap on ASCII spaces only (non-breaking spaces stay unbroken); a word wider than
 * the line is cut by display width. Linear in the text length, whatever the text.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      const wordWidth = displayWidth(word);
      if (lineWidth > 0 && lineWidth + 1 + wordWidth <= limit) {
        line += ` ${word}`;
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (lineWidth > 0) lines.push(line);
      line = '';
      lineWidth = 0;
      for (const char of word) {
        const w = charWidth(char);
        if (lineWidth + w > limit && lineWidth > 0) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += char;
        lineWidth += w;
      }
    }
    lines.push(line);
  }
  return lines;
}

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

function wrapCell(cell: Cell, width: number): string {
  return cellLines(cell)
    .flatMap((span) => wrapText(span.text, width).map((piece) => (span.tone && piece !== '' ? span.tone(piece) : piece)))
    .join('\n');
}

/** A filled cli-table3 table no wider than `spec.width`; call `.toString()` to draw it. */
export function makeTable(spec: TableSpec): Table.Table {
  const count = spec.head.length;
  // Borders: one column per separator, plus one on each side.
  const available = spec.width - (count + 1) - PADDING * count;
  const contentWidths = spec.colWidths
    ? spec.colWidths.map((w) => Math.max(1, w - PADDING))
    : fitColumnWidths(
        spec.head.map((h, i) => Math.max(naturalWidth(h), ...spec.rows.map((row) => naturalWidth(row[i] ?? '')))),
        columnMinimums(spec.head, spec.rows, spec.columns),
        available,
      );
  const headTone = spec.headTone ?? ((s: string) => s);
  const table = new Table({
    head: spec.head.map((h, i) => wrapCell({ text: h, tone: headTone }, contentWidths[i] ?? 1)),
    colWidths: contentWidths.map((w) => w + PADDING),
    colAligns: spec.head.map((_, i) => spec.columns?.[i]?.align ?? 'left'),
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of spec.rows) table.push(spec.head.map((_, i) => wrapCell(row[i] ?? '', contentWidths[i] ?? 1)));
  return table;
}

export function renderTable(spec: TableSpec): string {
  return makeTable(spec).toString();
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
