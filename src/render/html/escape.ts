// Escaping for the HTML export. Case files are written by untrusted co-authors, so every string
// from them reaches the page as text: sanitised first (no control, bidi or lone-surrogate code
// unit: they become a visible `\xHH` / `\uHHHH`, as in the terminal), then with `& < > " '` spelt
// as character references, which is enough for element content and for quoted attribute values
// alike. Links are made only from http(s) URLs, through the Markdown export's vetted check.
import { safeLinkTarget } from '../markdown-escape.js';
import { sanitizeForTerminal } from '../sanitize.js';

const SPECIAL = /[&<>"']/g;
const REFERENCE: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or a quoted attribute value; line breaks are kept in multi-line mode. */
export function escapeHtml(s: string, options: { multiLine?: boolean } = {}): string {
  return sanitizeForTerminal(s, { singleLine: options.multiLine !== true }).replace(SPECIAL, (c) => REFERENCE[c] ?? c);
}

/** A link to `url` reading `text`, or the text and the URL as plain text when it is not http(s). */
export function htmlLink(text: string, url: string): string {
  const shown = escapeHtml(text.trim() === '' ? url : text);
  // safeLinkTarget spells the URL for a Markdown destination; the page wants the parsed href.
  if (safeLinkTarget(url) === undefined) return `${shown} (${escapeHtml(url)})`;
  return `<a href="${escapeHtml(new URL(url).href)}">${shown}</a>`;
}
