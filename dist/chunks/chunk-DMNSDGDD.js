import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";

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

// src/render/export/markdown-context.ts
var NONE = "\u2014";
function table(header, rows) {
  const line = (cells) => `| ${cells.map((c) => c === "" ? NONE : c).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line), ""];
}

// src/render/export/cap-text.ts
function capSentence(L, cap, quote) {
  const m = (minor) => L.money(minor, cap.currency);
  const turnover = cap.turnoverMinor === void 0 ? L.noTurnover : L.turnover(L.percent(cap.percent), String(cap.turnoverYear ?? "?"), m(cap.turnoverMinor), m(cap.turnoverBasedMinor ?? 0));
  return L.capText({
    cap: m(cap.capMinor),
    citation: quote(cap.citation),
    fixed: m(cap.fixedMinor),
    percent: L.percent(cap.percent),
    turnover,
    basis: cap.basis
  });
}

// src/render/export/markdown-parts.ts
function notifiedText(x, e) {
  const n = e.notified;
  if (n === void 0) return "";
  if (n === "unknown") return x.L.notifiedUnknown;
  if (typeof n === "string") return n;
  return `${x.T.field.notNotifiedAsOf} ${n["as-of"]}`;
}
function caseNotes(L, c) {
  const notes = (c.notes ?? []).map((n) => [n.about ?? L.aboutCase, n.text]);
  const add = (about, note) => {
    if (note !== void 0) notes.push([about, note]);
  };
  for (const e of c.events) add(e.id, e.note);
  for (const m of c.measures ?? []) {
    add(m.id, m.note);
    if (m.kind === "fine") add(L.aboutPayment(m.id), m.payment?.note);
    if (m.kind === "order" || m.kind === "ban") {
      add(L.aboutCompliance(m.id), m.compliance?.note);
      add(m.id, m.penalty?.note);
      for (const l of m.penalty?.liquidations ?? []) add(L.aboutLiquidation(m.id, l.event), l.note);
      for (const l of m.penalty?.collections ?? []) add(L.aboutLiquidation(m.id, l.event), l.note);
    }
  }
  for (const d of c.deadlines ?? []) add(d.id, d.note);
  for (const a of c.appeals ?? []) add(a.id, a.note);
  for (const f of c.findings ?? []) add(f.id, f.note);
  for (const s of c.suspensions ?? []) add(s.id, s.note);
  for (const s of c.sources) add(L.aboutSource(s.id), s.note);
  return notes;
}
function sourceLine(L, s) {
  const details = [s.id, s.publisher, s.published === void 0 ? void 0 : L.date(s.published), s.language].filter(
    (x) => x !== void 0
  );
  return `- ${markdownLink(s.title, s.url)} (${escapeMarkdownInline(details.join(", "))})`;
}
function datedItems(L, cases) {
  const items = [];
  for (const v of cases) {
    for (const e of v.case.events) items.push({ date: e.date, caseView: v, kind: L.eventKind[e.kind], text: e.summary });
    for (const d of v.deadlines) {
      if (d.end !== void 0)
        items.push({ date: d.end, caseView: v, kind: L.lastDayKind(L.deadlineStatus[d.status]), text: deadlineLabel(d, L.paymentOf) });
    }
  }
  return items.sort(
    (a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : a.caseView.case.id < b.caseView.case.id ? -1 : a.caseView.case.id > b.caseView.case.id ? 1 : 0
  );
}
function combinedTimeline({ L }, cases) {
  return table(
    L.combinedHeader,
    datedItems(L, cases).map((i) => [escapeMarkdownTableCell(i.date), escapeMarkdownTableCell(i.caseView.case.authority.short), escapeMarkdownTableCell(i.kind), escapeMarkdownTableCell(i.text)])
  );
}
function mermaidText(s, max = 60) {
  const kept = s.replace(/[^\p{L}\p{N} .,\-()/']/gu, " ").replace(/\s+/g, " ").trim();
  const cut = kept.length > max ? `${kept.slice(0, max - 3).trimEnd()}...` : kept;
  return cut === "" ? "item" : cut;
}
function mermaidChart({ L }, view) {
  const byDate = /* @__PURE__ */ new Map();
  for (const i of datedItems(L, view.cases)) {
    const what = `${i.caseView.case.authority.short} ${i.kind.replace(/’/g, "'")} ${i.text}`;
    byDate.set(i.date, [...byDate.get(i.date) ?? [], mermaidText(what)]);
  }
  const lines = [...byDate].map(([date, items]) => `    ${mermaidText(date)} : ${items.join(" : ")}`);
  return ["```mermaid", "timeline", `    title ${mermaidText(L.chartTitle(L.date(view.asOf)))}`, ...lines, "```", ""];
}

export {
  escapeMarkdownInline,
  escapeMarkdownTableCell,
  safeLinkTarget,
  table,
  capSentence,
  notifiedText,
  caseNotes,
  sourceLine,
  combinedTimeline,
  mermaidText,
  mermaidChart
};
