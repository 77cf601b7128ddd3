// Prose of the Markdown export wrapped at 80 columns, the default of markdownlint's MD013, so the
// document passes markdownlint with its default configuration. Only paragraphs and list items
// are wrapped; headings, table rows (fenced by a scoped MD013 disable, markdown-context.ts) and
// comments are left as they are.
//
// A line is broken only at a plain space (U+0020; the no-break spaces of French typography stay),
// never inside a code span nor after a word ending in a backslash (a hard break). A word that
// would start a block at the beginning of a line (`-`, `1.`, `#`…) gets a backslash there. A break inside a link's text is a
// soft line break, which CommonMark allows; a destination holds no space, so it is never split.
// A word longer than the line stays whole on a line of its own: MD013 (not strict) accepts a
// line that has no whitespace past the limit.

export const LINE_LENGTH = 80;

const LIST_ITEM = /^( *)([-*+] )/;

/** The words of a line: its runs between plain spaces, with a code span kept in one word. */
function words(text: string): string[] {
  const found: string[] = [];
  let current = '';
  for (let at = 0; at < text.length;) {
    const ticks = /^`+/.exec(text.slice(at))?.[0];
    if (text[at] === '\\') {
      // An escaped character (such as \` ) is literal, never the start of a code span.
      current += text.slice(at, at + 2);
      at += 2;
    } else if (ticks !== undefined) {
      // A code span runs to the next backtick run of the same length; an unmatched run is literal.
      const close = text.indexOf(ticks, at + ticks.length);
      const end = close < 0 ? at + ticks.length : close + ticks.length;
      current += text.slice(at, end);
      at = end;
    } else if (text[at] === ' ') {
      if (current !== '') found.push(current);
      current = '';
      at += 1;
    } else {
      current += text.charAt(at);
      at += 1;
    }
  }
  if (current !== '') found.push(current);
  return found;
}

/**
 * A word as it may begin a continuation line: a character that would start a block there (a list
 * marker, a heading, a quote, a setext underline or thematic break, an ordered-list number such
 * as `1.`) gets a backslash, which renders the same character.
 */
function atLineStart(word: string): string {
  const number = /^(\d{1,9})([.)])/.exec(word);
  if (number !== null) return `${number[1] ?? ''}\\${word.slice(number[1]?.length ?? 0)}`;
  return /^[-+*=_>#~]/.test(word) ? `\\${word}` : word;
}

// A line may not end in an odd run of backslashes (a hard break), nor start a code fence.
const breakableAfter = (word: string) => (/\\+$/.exec(word)?.[0].length ?? 0) % 2 === 0;
const breakableBefore = (word: string) => !word.startsWith('```');

/**
 * The words joined into the runs no line may break inside: a word that may not start a line, or
 * that follows one that may not end it, goes with the word before. Wrapping then fills lines with
 * whole runs, so a run never overflows for want of a break before it that an earlier word took.
 */
function unbreakableRuns(all: readonly string[]): string[] {
  const runs: string[] = [];
  for (const [k, word] of all.entries()) {
    const previous = all[k - 1];
    const run = runs.pop();
    if (run === undefined || previous === undefined) runs.push(word);
    else if (breakableBefore(word) && breakableAfter(previous)) runs.push(run, word);
    else runs.push(`${run} ${word}`);
  }
  return runs;
}

/** One paragraph or list-item line, wrapped: `first` starts the first line, `indent` the others. */
function wrapLine(first: string, indent: string, text: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const run of unbreakableRuns(words(text))) {
    if (!empty && line.length + 1 + run.length > LINE_LENGTH) {
      lines.push(line);
      line = indent + atLineStart(run);
    } else {
      line += (empty ? '' : ' ') + run;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** The document with every paragraph and list item wrapped; other lines unchanged. */
export function wrapProse(document: string): string {
  return document
    .split('\n')
    .flatMap((line) => {
      if (line.length <= LINE_LENGTH || /^(?:#|\||<!--| {4})/.test(line) || line.trim() === '') return [line];
      const item = LIST_ITEM.exec(line);
      if (item !== null) {
        const marker = `${item[1] ?? ''}${item[2] ?? ''}`;
        return wrapLine(marker, ' '.repeat(marker.length), line.slice(marker.length));
      }
      return wrapLine('', '', line);
    })
    .join('\n');
}
