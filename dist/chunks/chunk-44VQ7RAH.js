import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  safeLinkTarget
} from "./chunk-H74OB55Y.js";
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import {
  parseDateText
} from "./chunk-ZDNVIE4O.js";
import {
  toDayNumber
} from "./chunk-2C2PYH5G.js";

// src/render/html/style.ts
var PAGE_MONOSPACE = '"DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace';
function timelineRules(mono) {
  return `.timeline .tl-label { font: 11px ${mono}; fill: #1b1f24; }
.timeline .tl-lane-name { font-weight: 600; }
.timeline .tl-asof-label { fill: #b91c1c; font-weight: 600; }
.timeline .lane-even { fill: #ffffff; }
.timeline .lane-odd { fill: #f3f4f6; }
.timeline .tl-baseline { stroke: #9ca3af; stroke-width: 1; }
.timeline .tl-grid { stroke: #d1d5db; stroke-width: 1; }
.timeline .tl-leader { stroke: #9ca3af; stroke-width: 0.75; }
.timeline .tl-asof { stroke: #b91c1c; stroke-width: 1.5; stroke-dasharray: 4 3; }
.m-decision { fill: #1d4ed8; } .c-decision { fill: #1d4ed8 !important; }
.m-appeal { fill: #6d28d9; } .c-appeal { fill: #6d28d9 !important; }
.m-liquidation { fill: #9a3412; } .c-liquidation { fill: #9a3412 !important; }
.m-deadline { fill: #ffffff; stroke: #b91c1c; stroke-width: 1.5; } .c-deadline { fill: #b91c1c !important; }
.m-other { fill: #4b5563; }
`;
}
var STYLE = `
:root { color: #1b1f24; background: #ffffff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #c8ccd2; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.3rem; }
a { color: #1d4ed8; overflow-wrap: anywhere; }
code, .id { color: #3d4451; font-size: 0.9em; overflow-wrap: anywhere; }
p, li, td, th { overflow-wrap: break-word; }
.nowrap { white-space: nowrap; }
.table-wrap { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.4rem 0 1rem; }
th, td { border: 1px solid #c8ccd2; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #eef0f3; }
tbody th { font-weight: 600; }
ul.working, ul.notes, ul.sources, ul.facts { padding-left: 1.2rem; margin: 0.3rem 0; }
nav ol { columns: 2; }
figure { margin: 1rem 0; }
.timeline { display: block; width: 100%; height: auto; }
${timelineRules(PAGE_MONOSPACE)}.penalty-chart svg { display: block; max-width: 100%; height: auto; }
.penalty-chart .pc-axis { stroke: #6b7280; stroke-width: 1; }
.penalty-chart .pc-tick { font: 11px "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; fill: #3d4451; }
.pc-accrued { fill: none; stroke: #1d4ed8; stroke-width: 2; }
.pc-liquidated { fill: none; stroke: #9a3412; stroke-width: 2; }
.pc-payable { fill: none; stroke: #047857; stroke-width: 2; stroke-dasharray: 6 3; }
.pc-cap { fill: none; stroke: #b91c1c; stroke-width: 1.5; stroke-dasharray: 2 3; }
.penalty-chart table { width: auto; }
.penalty-chart tbody th { white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; padding: 0; list-style: none; font-size: 0.9rem; }
.legend svg { vertical-align: middle; margin-right: 0.3rem; }
footer { margin-top: 3rem; color: #3d4451; font-size: 0.85rem; }
@media print {
  :root { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  a[href]::after { content: " <" attr(href) ">"; font-size: 0.85em; }
  nav { display: none; }
  section.case { break-before: page; }
  table, figure, h4 + ul { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .table-wrap { overflow: visible; }
}
`;

// src/render/html/escape.ts
var SPECIAL = /[&<>"']/g;
var REFERENCE = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(s, options = {}) {
  return sanitizeForTerminal(s, { singleLine: options.multiLine !== true }).replace(SPECIAL, (c) => REFERENCE[c] ?? c);
}
function htmlLink(text, url) {
  const shown = escapeHtml(text.trim() === "" ? url : text);
  if (safeLinkTarget(url) === void 0) return `${shown} (${escapeHtml(url)})`;
  return `<a href="${escapeHtml(new URL(url).href)}">${shown}</a>`;
}

// src/render/html/timeline-layout.ts
var LABEL_FONT_PX = 11;
var EM_PER_CHARACTER = 0.62;
var LABEL_GAP_PX = 6;
function labelWidth(text) {
  return Math.ceil(Array.from(text).length * LABEL_FONT_PX * EM_PER_CHARACTER);
}
function placeLabels(requests, right) {
  const order = requests.map((request, index) => ({ request, index })).sort((a, b) => a.request.anchor - b.request.anchor || a.index - b.index);
  const rowEnds = [];
  const placed = [];
  for (const { request, index } of order) {
    const x = Math.min(request.anchor, right - request.width);
    let row = rowEnds.findIndex((end) => end + LABEL_GAP_PX <= x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x + request.width;
    placed.push({ index, label: { ...request, x, row } });
  }
  return { placed: placed.sort((a, b) => a.index - b.index).map((p) => p.label), rows: rowEnds.length };
}

// src/render/html/timeline-svg.ts
var SVG_WIDTH = 960;
var GUTTER = 118;
var RIGHT = SVG_WIDTH - 12;
var AXIS_HEIGHT = 44;
var MARK_OFFSET = 14;
var FIRST_ROW_BASELINE = 34;
var ROW_HEIGHT = 16;
var LANE_PADDING = 8;
var LANE_NAME_CHARACTERS = 15;
function categoryOf(kind) {
  if (kind === "decision" || kind === "judgment") return "decision";
  if (kind === "appeal-filed") return "appeal";
  if (kind === "liquidation" || kind === "collection") return "liquidation";
  return "other";
}
function laneMarks(view, L) {
  const byKey = /* @__PURE__ */ new Map();
  const add = (date, category, item) => {
    const parsed = parseDateText(date);
    if (!("range" in parsed)) return;
    const day = parsed.range.first;
    const key = `${day} ${category}`;
    const mark = byKey.get(key) ?? { day, category, items: [] };
    mark.items.push(`${date} \xB7 ${item}`);
    byKey.set(key, mark);
  };
  for (const e of view.case.events) add(e.date, categoryOf(e.kind), `${L.eventKind[e.kind]}${L.colon}${e.summary}`);
  for (const d of view.deadlines)
    if (d.end !== void 0)
      add(d.end, "deadline", `${L.lastDayKind(L.deadlineStatus[d.status])}${L.colon}${deadlineLabel(d, L.paymentOf)}`);
  const order = ["decision", "appeal", "liquidation", "deadline", "other"];
  return [...byKey.values()].sort(
    (a, b) => a.day < b.day ? -1 : a.day > b.day ? 1 : order.indexOf(a.category) - order.indexOf(b.category)
  );
}
function timelineScale(days) {
  const years = days.map((d) => Number(d.slice(0, 4)));
  const firstYear = Math.min(...years);
  const endYear = Math.max(...years) + 1;
  const start = toDayNumber(`${String(firstYear).padStart(4, "0")}-01-01`);
  const end = toDayNumber(`${String(endYear).padStart(4, "0")}-01-01`);
  const x = (day) => GUTTER + (toDayNumber(day) - start) / (end - start) * (RIGHT - GUTTER);
  return { firstYear, endYear, x };
}
function laneLabels(marks, H, scale) {
  const requests = marks.flatMap((mark) => {
    if (mark.category === "other") return [];
    const text = H.mark[mark.category];
    return [{ mark, text, anchor: scale.x(mark.day), width: labelWidth(text) }];
  });
  return placeLabels(requests, RIGHT);
}
function markShape(category, x, y) {
  const p = (n) => n.toFixed(1);
  switch (category) {
    case "decision":
      return `<circle cx="${p(x)}" cy="${p(y)}" r="5" class="m-decision"/>`;
    case "appeal":
      return `<path d="M${p(x)} ${p(y - 6)}L${p(x + 6)} ${p(y + 5)}L${p(x - 6)} ${p(y + 5)}Z" class="m-appeal"/>`;
    case "liquidation":
      return `<rect x="${p(x - 5)}" y="${p(y - 5)}" width="10" height="10" class="m-liquidation"/>`;
    case "deadline":
      return `<path d="M${p(x)} ${p(y - 6)}L${p(x + 6)} ${p(y)}L${p(x)} ${p(y + 6)}L${p(x - 6)} ${p(y)}Z" class="m-deadline"/>`;
    case "other":
      return `<circle cx="${p(x)}" cy="${p(y)}" r="2.5" class="m-other"/>`;
  }
}
function truncate(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function timelineSvg(view, L, H, options = {}) {
  const lanes = view.cases.map((c) => ({ c, marks: laneMarks(c, L) }));
  const scale = timelineScale([view.asOf, ...lanes.flatMap((l) => l.marks.map((m) => m.day))]);
  const backgrounds = [];
  const body = [];
  let top = AXIS_HEIGHT;
  lanes.forEach(({ c, marks }, index) => {
    const { placed, rows } = laneLabels(marks, H, scale);
    const height = FIRST_ROW_BASELINE + Math.max(rows - 1, 0) * ROW_HEIGHT + LANE_PADDING;
    const name = truncate(`${c.case.authority.short} (${c.case.authority.country})`, LANE_NAME_CHARACTERS);
    const y = top + MARK_OFFSET;
    backgrounds.push(
      `<rect x="0" y="${top}" width="${SVG_WIDTH}" height="${height}" class="${index % 2 === 0 ? "lane-even" : "lane-odd"}"/>`
    );
    body.push(
      `<g class="tl-lane"><title>${escapeHtml(c.case.title)}</title>`,
      `<text x="8" y="${y + 4}" class="tl-label tl-lane-name">${escapeHtml(name)}</text>`,
      `<line x1="${GUTTER}" y1="${y}" x2="${RIGHT}" y2="${y}" class="tl-baseline"/>`
    );
    for (const at of placed) {
      const baseline = top + FIRST_ROW_BASELINE + at.row * ROW_HEIGHT;
      const x = at.anchor;
      body.push(`<line x1="${x.toFixed(1)}" y1="${y + 6}" x2="${x.toFixed(1)}" y2="${baseline - LABEL_FONT_PX}" class="tl-leader"/>`);
      body.push(`<text x="${at.x.toFixed(1)}" y="${baseline}" class="tl-label tl-mark-label c-${at.mark.category}">${escapeHtml(at.text)}</text>`);
    }
    for (const m of marks)
      body.push(
        `<g class="tl-mark"><title>${escapeHtml(m.items.join("\n"), { multiLine: true })}</title>${markShape(m.category, scale.x(m.day), y)}</g>`
      );
    body.push("</g>");
    top += height;
  });
  const axis = [];
  const perYear = (RIGHT - GUTTER) / (scale.endYear - scale.firstYear);
  const step = Math.max(1, Math.ceil(40 / perYear));
  for (let year = scale.firstYear; year <= scale.endYear; year += 1) {
    const x = scale.x(`${String(year).padStart(4, "0")}-01-01`);
    axis.push(`<line x1="${x.toFixed(1)}" y1="${AXIS_HEIGHT - 8}" x2="${x.toFixed(1)}" y2="${top}" class="tl-grid"/>`);
    if (year < scale.endYear && (year - scale.firstYear) % step === 0)
      axis.push(`<text x="${(x + 4).toFixed(1)}" y="${AXIS_HEIGHT - 12}" class="tl-label tl-year">${year}</text>`);
  }
  const asOfX = scale.x(view.asOf);
  const asOfText = H.asOfMark(L.date(view.asOf));
  const flip = asOfX + 4 + labelWidth(asOfText) > RIGHT;
  const asOf = [
    `<line x1="${asOfX.toFixed(1)}" y1="4" x2="${asOfX.toFixed(1)}" y2="${top}" class="tl-asof"/>`,
    `<text x="${(flip ? asOfX - 4 : asOfX + 4).toFixed(1)}" y="13" class="tl-label tl-asof-label"${flip ? ' text-anchor="end"' : ""}>${escapeHtml(asOfText)}</text>`
  ];
  const title = escapeHtml(H.timelineTitle(L.date(view.asOf)));
  return [
    `<svg class="timeline" role="img" aria-labelledby="tl-title tl-desc"${options.lang === void 0 ? "" : ` xml:lang="${escapeHtml(options.lang)}"`} viewBox="0 0 ${SVG_WIDTH} ${top}" width="${SVG_WIDTH}" height="${top}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="tl-title">${title}</title>`,
    `<desc id="tl-desc">${escapeHtml(options.description ?? H.timelineDescription(view.cases.length))}</desc>`,
    ...options.head ?? [],
    ...backgrounds,
    ...axis,
    ...body,
    ...asOf,
    "</svg>"
  ].join("\n");
}

export {
  timelineRules,
  STYLE,
  escapeHtml,
  htmlLink,
  timelineSvg
};
