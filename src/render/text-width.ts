// How many terminal columns text takes, and word wrap by that width. The width is string-width's
// (grapheme clusters; zero for combining marks, soft hyphens, zero-width spaces and joiners; two
// for East Asian wide characters and emoji), the measure terminals and table libraries share:
// a hand-written measure that disagreed with it made cells look too wide, and cut them.
import stringWidth from 'string-width';

// Built on first use: constructing a segmenter loads ICU's break data, which most runs never need.
let segmenter: Intl.Segmenter | undefined;
function graphemesOf(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}

/**
 * Characters that take one column and form a grapheme cluster of their own, as string-width counts
 * them (none combines, none is wide, none is invisible): printable ASCII; Latin-1 to the spacing
 * modifier letters without the soft hyphen U+00AD; Greek; Cyrillic without its combining marks;
 * general punctuation without the zero-width characters, the line and paragraph separators, the
 * bidi controls and the invisible operators (U+200B-200F, U+2028-202E, U+2060-206F); the currency
 * signs; arrows and mathematical operators (the "−" and "≤" of the totals); box drawing, block
 * elements and geometric shapes up to U+25FC (U+25FD and U+25FE are wide emoji), which the timeline
 * draws with; the check and cross marks U+2713-2718 of validate's summary. East Asian Ambiguous
 * characters among them (box drawing, many arrows) take one column, as string-width counts them by
 * default. Case and output text is almost always only these, and measuring it by its length keeps
 * rendering cheap: string-width's first call builds a segmenter and Unicode property expressions,
 * tens of milliseconds. A test checks every one of them against string-width.
 */
export const ONE_COLUMN_EACH =
  /^[\x20-\x7E\xA0-\xAC\xAE-\u02FF\u0370-\u03FF\u0400-\u0482\u048A-\u052F\u2000-\u200A\u2010-\u2027\u202F-\u205F\u20A0-\u20C0\u2190-\u22FF\u2500-\u25FC\u2713-\u2718]*$/;

/** Columns a plain string (no escape sequences) occupies in a terminal. */
export function displayWidth(text: string): number {
  return ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text);
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
      for (const { segment } of graphemesOf(word)) {
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
  for (const { segment } of graphemesOf(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    kept += segment;
    used += w;
  }
  return `${kept}…`;
}
