// How many terminal columns text takes, and word wrap by that width. The width is string-width's
// (grapheme clusters; zero for combining marks, soft hyphens, zero-width spaces and joiners; two
// for East Asian wide characters and emoji), the measure terminals and table libraries share:
// a hand-written measure that disagreed with it made cells look too wide, and cut them.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Columns a plain string (no escape sequences) occupies in a terminal. */
export function displayWidth(text: string): number {
  // ASCII is one column a character; most text is ASCII, and this keeps wrapping cheap.
  return /^[\x20-\x7E]*$/.test(text) ? text.length : stringWidth(text);
}

/**
 * Greedy word wrap on ASCII spaces only (non-breaking spaces stay unbroken); a word wider than
 * the line is cut between grapheme clusters, never inside one. Linear in the text length.
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
      if (wordWidth <= limit) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      for (const { segment } of graphemes.segment(word)) {
        const w = displayWidth(segment);
        if (lineWidth + w > limit && lineWidth > 0) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += segment;
        lineWidth += w;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** `text` cut to at most `width` columns, ending in "…" when something was cut. Linear. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    kept += segment;
    used += w;
  }
  return `${kept}…`;
}
