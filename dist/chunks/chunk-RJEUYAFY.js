import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  escapeMarkdownInline,
  escapeMarkdownTableCell,
  markdownLink,
  timelinePictureLabels
} from "./chunk-H74OB55Y.js";
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";

// src/render/export/markdown-context.ts
var NONE = "\u2014";
function table(header, rows) {
  const line = (cells) => `| ${cells.map((c) => c === "" ? NONE : c).join(" | ")} |`;
  return [
    "<!-- markdownlint-disable MD013 -->",
    "",
    line(header),
    line(header.map(() => "---")),
    ...rows.map(line),
    "",
    "<!-- markdownlint-enable MD013 -->",
    ""
  ];
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
function timelinePicture({ L }, view, imageFile) {
  if (imageFile === void 0) return [timelinePictureLabels(L.locale).noPicture, ""];
  const url = imageFile.split("/").map(encodeURIComponent).join("/");
  return [`![${escapeMarkdownInline(L.chartTitle(L.date(view.asOf)))}](${url})`, ""];
}

export {
  table,
  capSentence,
  notifiedText,
  caseNotes,
  sourceLine,
  combinedTimeline,
  timelinePicture
};
