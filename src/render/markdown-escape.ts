// Escaping for GitHub-flavoured Markdown exports. Case files are written by untrusted
// co-authors and the export is rendered by GitHub, GitLab, IDE previews and markdown-it, some of
// them with raw HTML or linkify enabled. So data must come out as *text* in every renderer:
// never raw HTML, a link, an image, an autolink, emphasis, a block (heading, quote, list, task
// list, code fence, thematic break, setext underline, indented code), an extra table cell, or a
// mention / issue reference that notifies people when the report is pasted into an issue.
//
// How (one pass over the sanitised text, so linear time):
//   1. Terminal sanitising in single-line mode: control, bidi and lone-surrogate code units
//      become visible `\xHH` / `\uHHHH`, `\n` becomes `↵`, `\t` a space. Inline output never
//      contains a line break (`<br>` is no option: `<` is escaped like all HTML).
//   2. The text is split into tokens (maximal runs of non-whitespace, non-`|` characters).
//   3. A token that a renderer could turn into a link or a notification (it contains `@`, an
//      issue reference such as `#12` / `GH-12` / `!12`, a scheme such as `https:` or
//      `javascript:`, `www.`, or something shaped like a domain such as `evil.com`) is wrapped in
//      a code span. That is visible and robust: no renderer autolinks, mentions or references
//      inside code, whereas backslash escapes or zero-width joiners are undone by renderers
//      that linkify the decoded text (GitHub resolves `\@user` to a mention) and are invisible
//      to readers. The detection errs on the side of wrapping: a false positive only changes
//      the font.
//   4. Any other token is escaped character by character: `\` -> `\\` (so a trailing or
//      doubled backslash cannot swallow the next escape), ASCII punctuation with inline meaning
//      (`` ` * _ [ ] ( ) ! # ~ $ ``) gets a backslash, `< > &` become `&lt; &gt; &amp;`.
//      Markers that only matter at the start of a line (`-`, `+`, `=`, `:`, `1.`) are escaped in
//      the first token, because callers put values at the start of a paragraph, list item or
//      quote.
//   5. `|` is always `\|` and never inside a code span (tokens exclude it), so a table cell
//      cannot be split and GitHub and markdown-it agree on the cell text.
//   6. Leading and trailing whitespace becomes numeric references such as `&#32;`: four leading
//      spaces would start an indented code block, two trailing ones a hard break, and table
//      cells would trim them away.
//   7. A final escaped backslash is spelt `&#92;`, so the value never ends in `\` and cannot
//      escape whatever the caller writes next (such as the `|` closing a table cell).

import { sanitizeForTerminal } from './sanitize.js';

const TOKEN_OR_PIPE = /[^\s|]+|\|/g;

// Anything a Markdown renderer, linkify-it, GitHub or GitLab could turn into a link, mention or
// cross-reference. `u` flag so `\p{L}` covers internationalised domains such as `пример.рф`.
const LINK_OR_REFERENCE = new RegExp(
  [
    '@', //                                  @mention, @org/team, user@example.org
    '[#!]\\d', //                            #123, owner/repo#123, GitLab !123
    '\\bGH-\\d', //                          GH-123
    '[a-z]:\\S', //                          https:, javascript:alert(1), mailto:x, host:port
    '//', //                                 //evil: linkify's scheme-less links
    'www\\.', //                             GFM extended www autolink
    '[\\p{L}\\p{N}_-]\\.\\p{L}{2}', //       evil.com, xn--p1ai: linkify fuzzy domains
  ].join('|'),
  'iu',
);

const SIGNIFICANT = /[\\`*_[\]()!#~$|<>&]/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

function escapeChar(c: string): string {
  return ENTITIES[c] ?? `\\${c}`;
}

/**
 * A code span whose content is exactly `text` (which holds no line break and no `|`). The fence
 * is one backtick longer than the longest backtick run inside, and content that starts or ends
 * with a backtick is padded with one space on each side, which CommonMark strips again.
 */
export function codeSpan(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

// At the start of a paragraph, list item or quote these would open a block: `- ` / `+ ` lists,
// `---` / `===` setext underlines and thematic breaks, `:--` table delimiter cells, `1.` ordered
// lists. (`#`, `>`, `*`, `_`, `` ` ``, `~` and `)` are escaped everywhere anyway.)
function escapeLineStart(escaped: string): string {
  if (/^[-+=:]/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d+)\./, '$1\\.');
}

// The punctuation of the sentence after a link-shaped word ("Amazon.com," "see #12!") stays out
// of its code span, as long as what is left is still link-shaped and so still in the span. Not a
// full stop: it often ends an abbreviation that is part of the word ("D.lgs.").
// (A loop, not /[…]+$/, which is quadratic on a long run that is not at the end.)
const TRAILING_PUNCTUATION = new Set(',;:!?');

function trailingPunctuation(text: string): string {
  let start = text.length;
  while (start > 0 && TRAILING_PUNCTUATION.has(text.charAt(start - 1))) start -= 1;
  return text.slice(start);
}

function escapeToken(token: string, atStart: boolean): string {
  if (LINK_OR_REFERENCE.test(token)) {
    const trail = trailingPunctuation(token);
    const core = token.slice(0, token.length - trail.length);
    if (trail === '' || !LINK_OR_REFERENCE.test(core)) return codeSpan(token);
    return `${codeSpan(core)}${escapePlain(trail, false)}`;
  }
  return escapePlain(token, atStart);
}

function escapePlain(text: string, atStart: boolean): string {
  const out = text.replace(SIGNIFICANT, escapeChar);
  return atStart ? escapeLineStart(out) : out;
}

/**
 * Escapes `s` for a GFM inline context (paragraph text, list item, table cell). The result is
 * one line of plain text when rendered, reads the same as the terminal rendering of `s`, and
 * contains no raw HTML, link, image, autolink, emphasis, block marker, unescaped `|`, mention
 * or issue reference.
 */
export function escapeMarkdownInline(s: string): string {
  const text = sanitizeForTerminal(s, { singleLine: true });
  let first = true;
  const escaped = text.replace(TOKEN_OR_PIPE, (token) => {
    const atStart = first;
    first = false;
    return token === '|' ? '\\|' : escapeToken(token, atStart);
  });
  return spellTrailingBackslash(encodeEdgeWhitespace(escaped));
}

// markdown-it splits table rows on a `|` whose previous character is not `\` (no parity count),
// so a cell ending in the escaped backslash `\\` would swallow the pipe a caller writes right
// after it. Spelling that last backslash `&#92;` keeps the text and ends the value with `;`.
// Only an escaped backslash can end the output: code spans end with a backtick, escapes of
// other characters with the character itself.
function spellTrailingBackslash(s: string): string {
  return s.endsWith('\\') ? `${s.slice(0, -2)}&#92;` : s;
}

// Whitespace at either end is spelt as a numeric character reference: four leading spaces
// would start an indented code block, two trailing ones a hard break, and table cells and
// paragraphs are trimmed (markdown-it uses String#trim, so this covers all of JavaScript's `\s`,
// e.g. U+3000, not only ASCII). A loop rather than /^\s+|\s+$/: that regex is quadratic on long
// inner runs of whitespace.
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const reference = (run: string) => run.replace(/[^]/g, (c) => `&#${c.charCodeAt(0)};`);

function encodeEdgeWhitespace(s: string): string {
  let start = 0;
  while (isSpace(s[start])) start++;
  if (start === s.length) return reference(s);
  let end = s.length;
  while (isSpace(s[end - 1])) end--;
  return reference(s.slice(0, start)) + s.slice(start, end) + reference(s.slice(end));
}

/**
 * Escapes `s` for one GFM table cell: no `|` that would split the cell (every `|` is preceded by
 * an odd number of backslashes, which both cmark-gfm and markdown-it treat as escaped), no
 * line break, and no trailing `\` that could escape the pipe written after the cell. Today this
 * is exactly the inline escaping, whose guarantees already include the cell's; the separate
 * name lets call sites say which contract they rely on, and the tests pin the cell guarantees
 * on this function.
 */
export function escapeMarkdownTableCell(s: string): string {
  return escapeMarkdownInline(s);
}

// Characters that are significant inside a `(destination)` or a table row: whitespace would end
// the destination, parentheses and angle brackets unbalance it, `\` starts an escape, a backtick
// could pair with one outside and form a code span (which binds tighter than links), `|` splits
// a table cell, quotes start a link title. `&` is spelt `&amp;` because destinations decode
// entity references, and that keeps `&amp;` inside a query string intact.
const DESTINATION_UNSAFE = /[\s"'()<>\\`|{}^]|&/g;

function encodeDestination(href: string): string {
  return href.replace(DESTINATION_UNSAFE, (c) => (c === '&' ? '&amp;' : `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
}

// Invisible or line-breaking characters in a raw URL: the WHATWG parser silently drops tabs and
// newlines (so `https://ev\nil.example` would link somewhere the reader did not see). Such a URL
// is shown as text instead. A plain space is allowed: the parser trims it at the ends and
// percent-encodes it inside, which hides nothing.
const SUSPICIOUS_IN_URL = /[^\S ]|[\p{Cc}\p{Cf}\p{Cs}]/u;

/** The URL to link to, or undefined when `url` must only be shown as text. */
export function safeLinkTarget(url: string): string | undefined {
  if (SUSPICIOUS_IN_URL.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // `protocol` is already lower-cased by the parser, so `HTTPS:` passes and `JaVaScRiPt:` fails.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // `https://bank.example@evil.example` shows one host and opens another.
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return encodeDestination(parsed.href);
}

/**
 * A Markdown link to `url` labelled `text`, but only for plain http(s) URLs. Anything else
 * (`javascript:`, `data:`, `file:`, relative or unparsable URLs, URLs with credentials or hidden
 * characters) is rendered as the escaped text followed by the escaped URL in parentheses, so the
 * reader still sees it and nothing is clickable. An empty label falls back to the URL so the
 * link is never invisible. Never emits an image.
 */
export function markdownLink(text: string, url: string): string {
  const blank = text.trim() === '';
  const target = safeLinkTarget(url);
  if (target === undefined) {
    const shownUrl = escapeMarkdownInline(url);
    return blank ? shownUrl : `${escapeMarkdownInline(text)} \\(${shownUrl}\\)`;
  }
  return `[${escapeMarkdownInline(blank ? url : text)}](${target})`;
}
