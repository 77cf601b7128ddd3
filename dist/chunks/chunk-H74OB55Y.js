import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";

// src/render/export/markdown-timeline-labels.ts
var EN = {
  noPicture: "No timeline picture on standard output: `--output FILE.md` writes and links it.",
  description: (cases) => `One lane per proceeding (${cases}): decisions, appeals, liquidations and the last days of deadlines as marks; the dashed line is the as-of day; nothing after it is shown. Every event is also listed in the Markdown export's combined timeline.`
};
var FR = {
  noPicture: "Sur la sortie standard, pas d\u2019image\xA0: `--output FICHIER.md` l\u2019\xE9crit et la lie.",
  description: (cases) => `Une ligne par proc\xE9dure (${cases})\xA0: d\xE9cisions, recours, liquidations et derniers jours des d\xE9lais\u202F; la ligne pointill\xE9e marque la date de r\xE9f\xE9rence, rien apr\xE8s elle n\u2019est montr\xE9. Chaque \xE9v\xE9nement figure aussi dans la chronologie d\u2019ensemble de l\u2019export Markdown.`
};
function timelinePictureLabels(locale) {
  return locale === "fr" ? FR : EN;
}

// src/render/markdown-escape.ts
var TOKEN_OR_PIPE = /[^\s|]+|\|/g;
var LINK_OR_REFERENCE = new RegExp(
  [
    "@",
    //                                  @mention, @org/team, user@example.org
    "[#!]\\d",
    //                            #123, owner/repo#123, GitLab !123
    "\\bGH-\\d",
    //                          GH-123
    "[a-z]:\\S",
    //                          https:, javascript:alert(1), mailto:x, host:port
    "//",
    //                                 //evil: linkify's scheme-less links
    "www\\.",
    //                             GFM extended www autolink
    "[\\p{L}\\p{N}_-]\\.\\p{L}{2}"
    //       evil.com, xn--p1ai: linkify fuzzy domains
  ].join("|"),
  "iu"
);
var SIGNIFICANT = /[\\`*_[\]()!#~$|<>&]/g;
var ENTITIES = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
function escapeChar(c) {
  return ENTITIES[c] ?? `\\${c}`;
}
function codeSpan(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function escapeLineStart(escaped) {
  if (/^[-+=:]/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d+)\./, "$1\\.");
}
var TRAILING_PUNCTUATION = new Set(",;:!?");
function trailingPunctuation(text) {
  let start = text.length;
  while (start > 0 && TRAILING_PUNCTUATION.has(text.charAt(start - 1))) start -= 1;
  return text.slice(start);
}
function escapeToken(token, atStart) {
  if (LINK_OR_REFERENCE.test(token)) {
    const trail = trailingPunctuation(token);
    const core = token.slice(0, token.length - trail.length);
    if (trail === "" || !LINK_OR_REFERENCE.test(core)) return codeSpan(token);
    return `${codeSpan(core)}${escapePlain(trail, false)}`;
  }
  return escapePlain(token, atStart);
}
function escapePlain(text, atStart) {
  const out = text.replace(SIGNIFICANT, escapeChar);
  return atStart ? escapeLineStart(out) : out;
}
function escapeMarkdownInline(s) {
  const text = sanitizeForTerminal(s, { singleLine: true });
  let first = true;
  const escaped = text.replace(TOKEN_OR_PIPE, (token) => {
    const atStart = first;
    first = false;
    return token === "|" ? "\\|" : escapeToken(token, atStart);
  });
  return spellTrailingBackslash(encodeEdgeWhitespace(escaped));
}
function spellTrailingBackslash(s) {
  return s.endsWith("\\") ? `${s.slice(0, -2)}&#92;` : s;
}
var isSpace = (c) => c !== void 0 && /\s/.test(c);
var reference = (run) => run.replace(/[^]/g, (c) => `&#${c.charCodeAt(0)};`);
function encodeEdgeWhitespace(s) {
  let start = 0;
  while (isSpace(s[start])) start++;
  if (start === s.length) return reference(s);
  let end = s.length;
  while (isSpace(s[end - 1])) end--;
  return reference(s.slice(0, start)) + s.slice(start, end) + reference(s.slice(end));
}
function escapeMarkdownTableCell(s) {
  return escapeMarkdownInline(s);
}
var DESTINATION_UNSAFE = /[\s"'()<>\\`|{}^]|&/g;
function encodeDestination(href) {
  return href.replace(DESTINATION_UNSAFE, (c) => c === "&" ? "&amp;" : `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
var SUSPICIOUS_IN_URL = /[^\S ]|[\p{Cc}\p{Cf}\p{Cs}]/u;
function safeLinkTarget(url) {
  if (SUSPICIOUS_IN_URL.test(url)) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return void 0;
  if (parsed.username !== "" || parsed.password !== "") return void 0;
  return encodeDestination(parsed.href);
}
function markdownLink(text, url) {
  const blank = text.trim() === "";
  const target = safeLinkTarget(url);
  if (target === void 0) {
    const shownUrl = escapeMarkdownInline(url);
    return blank ? shownUrl : `${escapeMarkdownInline(text)} \\(${shownUrl}\\)`;
  }
  return `[${escapeMarkdownInline(blank ? url : text)}](${target})`;
}

export {
  timelinePictureLabels,
  escapeMarkdownInline,
  escapeMarkdownTableCell,
  safeLinkTarget,
  markdownLink
};
