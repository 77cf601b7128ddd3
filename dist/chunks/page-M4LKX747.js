import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  capSentence,
  caseNotes,
  safeLinkTarget
} from "./chunk-DMNSDGDD.js";
import {
  jurisdictionText
} from "./chunk-DAGRCYMT.js";
import {
  penaltyRate
} from "./chunk-GZMT4OTO.js";
import "./chunk-H43Y5X4F.js";
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";
import "./chunk-Z4JXY32G.js";
import "./chunk-54JEHQQ3.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import "./chunk-6DNOKIJJ.js";
import {
  parseDateText
} from "./chunk-2C3KGN4C.js";
import "./chunk-DZU3AKI3.js";
import {
  catalogue,
  htmlLabels,
  labels,
  markdownLabels
} from "./chunk-7ZUH23BG.js";
import "./chunk-BSZHNATA.js";
import "./chunk-6VQSKIXT.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-KYC6NPH2.js";
import {
  toDayNumber
} from "./chunk-ZDDSTFLK.js";
import "./chunk-BTYQCHNT.js";

// src/render/html/context.ts
var NONE = "\u2014";
function htmlTable(header, rows, caption) {
  const head = header.map((h) => `<th scope="col">${h}</th>`).join("");
  const body = rows.map(
    (r) => `<tr>${r.map((c, k) => k === 0 ? `<th scope="row">${c || NONE}</th>` : `<td>${c || NONE}</td>`).join("")}</tr>`
  );
  return [
    '<div class="table-wrap"><table>',
    ...caption === void 0 ? [] : [`<caption>${caption}</caption>`],
    `<thead><tr>${head}</tr></thead>`,
    "<tbody>",
    ...body,
    "</tbody></table></div>"
  ];
}
function htmlList(items, className) {
  if (items.length === 0) return [];
  return [`<ul${className === void 0 ? "" : ` class="${className}"`}>`, ...items.map((i) => `<li>${i}</li>`), "</ul>"];
}

// src/render/html/deadline-text.ts
function deadlineStatusText({ L }, d) {
  const status = L.deadlineStatus[d.status];
  if (d.daysLeft !== void 0) return `${status}, ${L.daysLeft(d.daysLeft)}`;
  if (d.daysLate !== void 0) return `${status}, ${L.daysLate(d.daysLate)}`;
  return status;
}
function deadlineWorking(x, d) {
  const { L, T, W } = x;
  const w = d.computation;
  const out = [];
  if (d.anchor) out.push(L.start(L.date(d.anchor.date), d.anchor.eventId, d.anchor.basis === "notified"));
  if (w) {
    out.push(L.periodLine(L.period(w.period), w.jurisdiction, L.date(w.rawEnd)));
    if (w.skipped.length > 0) out.push(L.skipped(w.skipped.map((s) => L.skippedDay(L.date(s.date), W.reasons(s.reasons))).join(", ")));
    out.push(L.ruleLine(W.rule(w.rule), L.time(w.closingTime)));
    out.push(...w.steps.map((s) => `${L.working}${L.colon}${W.step(s)}`));
  }
  if (d.fixedDate !== void 0) {
    const before = d.fixedBefore === void 0 ? "" : ` (${L.fixedBefore} ${L.date(d.fixedBefore)})`;
    out.push(`${L.fixedDate}${L.colon}${L.date(d.fixedDate)}${before}`);
  }
  if (d.basis !== void 0) out.push(`${L.basis}${L.colon}${d.basis}`);
  if (d.metOn !== void 0) out.push(L.metOn(L.onDate(d.metOn)));
  if (d.problem !== void 0) out.push(`${L.notComputable}${L.colon}${W.problem(d.problem)}`);
  out.push(...d.assumptions.map((a) => `${L.assumption}${L.colon}${W.assumption(a)}`));
  if (d.alternative)
    out.push(`${T.field.alternative}${L.colon}${L.date(d.alternative.end)} (${T.field.alternativeReading[d.alternative.kind]})`);
  const p = d.penalty;
  if (p) {
    const m = (minor) => L.money(minor, p.currency);
    const notPayable = p.payableBy === "forfeiture" ? T.field.notPayableForfeiture : T.field.notPayableLiquidation;
    out.push(
      L.penalty({
        rate: penaltyRate(p, T, L.locale),
        payableBy: p.payableBy === void 0 ? void 0 : T.field.payableBy[p.payableBy],
        days: p.lastDay === void 0 ? "0" : `${L.count(p.daysLate)} (${L.date(p.firstDay)} \u2013 ${L.date(p.lastDay)})`,
        payable: m(p.payableMinor),
        notPayable: `${notPayable}${L.colon}${p.notPayableMinor === void 0 ? T.field.accrualUnknown : m(p.notPayableMinor)}`
      }),
      ...p.liquidations.map(
        (l) => L.liquidation({
          eventId: l.eventId,
          decidedOn: l.decidedOn ? L.date(l.decidedOn) : void 0,
          from: L.date(l.from),
          to: L.date(l.to),
          days: l.days,
          amount: m(l.amountMinor),
          compared: l.comparedWithRate === void 0 ? void 0 : `${l.comparedWithRate === "equal" ? T.field.equalsRate : l.comparedWithRate === "below" ? T.field.belowRate : T.field.aboveRate}${l.rateTimesDaysMinor === void 0 ? "" : ` (${m(l.rateTimesDaysMinor)})`}`
        })
      ),
      ...p.collections.map((l) => `${T.field.collected} (${l.eventId})${L.colon}${m(l.amountMinor)}`),
      ...p.notes.map((n) => `${L.assumption}${L.colon}${W.penaltyNote(n)}`)
    );
  }
  return out;
}
function fineWorking(x, f) {
  const { L, T } = x;
  const out = [L.decided(L.date(f.decisionDate), f.tier)];
  out.push(`${L.inEur}${L.colon}${f.eur.ok ? conversionText(x, f.eur.conversion) : L.notConverted(f.eur.reason)}`);
  if (f.cap.ok) {
    const threshold = f.cap.status === "needs-turnover" && f.cap.lawfulIfTurnoverAboveMinor !== void 0 ? ` (${T.cap.needsTurnover} ${L.money(f.cap.lawfulIfTurnoverAboveMinor, f.cap.cap.currency)})` : "";
    out.push(`${L.cap}${L.colon}${capSentence(L, f.cap.cap, (text) => text)}${L.semicolon}${L.fineIs(f.cap.status)}${threshold}`);
  } else out.push(`${L.cap}${L.colon}${L.capNotChecked(f.cap.reason)}`);
  if (f.proposed) out.push(L.proposed(f.proposed.approximate, L.money(f.proposed.minor, f.proposed.currency)));
  out.push(
    `${L.appeals}${L.colon}${L.appealState[f.appeal.state]}${f.appeal.appeals.length > 0 ? ` (${f.appeal.appeals.join(", ")})` : ""}`
  );
  out.push(
    `${L.enforceableNow}${L.colon}${L.money(f.enforceable.minor, f.enforceable.currency)} (${T.enforceability[f.enforceability]})${f.enforceableNotes ? `, ${x.W.fineNotes(f.enforceableNotes)}` : ""}`
  );
  out.push(`${L.paid}${L.colon}${L.money(f.paid.minor, f.paid.currency)} (${L.payment[f.paymentStatus]})`);
  return out;
}
function conversionText({ L }, c) {
  const eur = L.money(c.eurMinor, "EUR");
  if (c.sourceCurrency === "EUR") return L.noConversion(eur);
  const rate = /^\d+(?:\.\d+)?$/.test(c.rate) ? L.decimal(c.rate) : c.rate;
  return L.conversion(
    L.money(c.sourceMinor, c.sourceCurrency),
    rate,
    c.rateDate === void 0 ? void 0 : L.date(c.rateDate),
    eur,
    c.exact
  );
}

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

// src/render/html/penalty-chart.ts
var WIDTH = 640;
var HEIGHT = 200;
var LEFT = 16;
var RIGHT = WIDTH - 16;
var TOP = 14;
var BOTTOM = HEIGHT - 26;
function liquidationDay(l) {
  return l.decidedOn ?? l.to;
}
function penaltyChart(x, d, figureId) {
  const { L, H } = x;
  const p = d.penalty;
  const C = H.penaltyChart;
  const money = (minor) => minor === void 0 ? C.notComputed : L.money(minor, p.currency);
  const days = [p.firstDay, ...p.lastDay === void 0 ? [] : [p.lastDay], ...p.liquidations.map(liquidationDay)];
  const first = Math.min(...days.map(toDayNumber));
  const last = Math.max(first + 30, ...days.map(toDayNumber));
  const span = last - first;
  const xOf = (day) => LEFT + (toDayNumber(day) - first) / span * (RIGHT - LEFT) * 0.92;
  const liquidatedTotal = p.liquidations.reduce((sum, l) => sum + l.amountMinor, 0);
  const top = Math.max(1, p.accruedMinor ?? 0, p.maximumMinor ?? 0, p.payableMinor, liquidatedTotal);
  const yOf = (minor) => BOTTOM - minor / top * (BOTTOM - TOP);
  const f = (n) => n.toFixed(1);
  const shapes = [
    `<line x1="${LEFT}" y1="${BOTTOM}" x2="${RIGHT}" y2="${BOTTOM}" class="pc-axis"/>`,
    `<text x="${LEFT}" y="${HEIGHT - 8}" class="pc-tick">${escapeHtml(L.date(p.firstDay))}</text>`
  ];
  if (p.lastDay !== void 0 && xOf(p.lastDay) - LEFT > 130)
    shapes.push(`<text x="${f(xOf(p.lastDay))}" y="${HEIGHT - 8}" class="pc-tick" text-anchor="middle">${escapeHtml(L.date(p.lastDay))}</text>`);
  if (p.maximumMinor !== void 0)
    shapes.push(`<line x1="${LEFT}" y1="${f(yOf(p.maximumMinor))}" x2="${RIGHT}" y2="${f(yOf(p.maximumMinor))}" class="pc-cap"/>`);
  shapes.push(`<line x1="${LEFT}" y1="${f(yOf(p.payableMinor))}" x2="${RIGHT}" y2="${f(yOf(p.payableMinor))}" class="pc-payable"/>`);
  if (p.accruedMinor !== void 0 && p.lastDay !== void 0)
    shapes.push(
      `<polyline points="${f(xOf(p.firstDay))},${BOTTOM} ${f(xOf(p.lastDay))},${f(yOf(p.accruedMinor))} ${RIGHT},${f(yOf(p.accruedMinor))}" class="pc-accrued"/>`
    );
  if (p.liquidations.length > 0) {
    let sum = 0;
    const points = [`${LEFT},${BOTTOM}`];
    for (const l of [...p.liquidations].sort((a, b) => liquidationDay(a) < liquidationDay(b) ? -1 : 1)) {
      const at = f(xOf(liquidationDay(l)));
      points.push(`${at},${f(yOf(sum))}`);
      sum += l.amountMinor;
      points.push(`${at},${f(yOf(sum))}`);
    }
    points.push(`${RIGHT},${f(yOf(sum))}`);
    shapes.push(`<polyline points="${points.join(" ")}" class="pc-liquidated"/>`);
  }
  const rows = [
    ["accrued", money(p.accruedMinor)],
    ["liquidated", money(liquidatedTotal)],
    ["payable", money(p.payableMinor)],
    ["cap", money(p.maximumMinor)]
  ];
  const key = (s) => `<svg width="18" height="8" viewBox="0 0 18 8" aria-hidden="true"><line x1="0" y1="4" x2="18" y2="4" class="pc-${s}"/></svg> ${escapeHtml(C[s])}`;
  const title = escapeHtml(C.title(deadlineLabel(d, L.paymentOf)));
  return [
    `<h4>${escapeHtml(deadlineLabel(d, L.paymentOf))} <span class="id">(${escapeHtml(d.id)})</span></h4>`,
    '<figure class="penalty-chart">',
    `<svg role="img" aria-labelledby="${figureId}-t" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${figureId}-t">${title}</title>`,
    ...shapes,
    "</svg>",
    "<figcaption>",
    ...htmlTable(
      C.seriesHeader.map((h) => escapeHtml(h)),
      rows.map(([s, amount]) => [key(s), escapeHtml(amount)])
    ),
    ...p.suspendedDays > 0 ? [`<p>${escapeHtml(C.straightAccrual(p.suspendedDays))}</p>`] : [],
    "</figcaption>",
    "</figure>"
  ];
}

// src/render/html/case-section.ts
function caseAnchor(c) {
  return `case-${escapeHtml(c.id)}`;
}
function notifiedText(x, e) {
  const n = e.notified;
  if (n === void 0) return "";
  if (n === "unknown") return x.L.notifiedUnknown;
  if (typeof n === "string") return n;
  return `${x.T.field.notNotifiedAsOf} ${n["as-of"]}`;
}
function heading(text, lang) {
  const first = text.codePointAt(0);
  if (first === void 0) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(lang) + text.slice(head.length);
}
function dateCell(date) {
  return `<span class="nowrap">${escapeHtml(date)}</span>`;
}
function caseSection(x, view) {
  const { L, H } = x;
  const c = view.case;
  const h = L.subheading;
  const facts = [
    `${escapeHtml(L.caseFile)}${escapeHtml(L.colon)}<code>${escapeHtml(c.id)}</code>`,
    `${escapeHtml(L.authority)}${escapeHtml(L.colon)}${escapeHtml(`${c.authority.short}, ${c.authority.name} (${c.authority.country})`)}`,
    ...c.respondents.map((r) => `${escapeHtml(L.respondent)}${escapeHtml(L.colon)}${escapeHtml(`${r.name} (${r.country}${r.role ? `, ${r.role}` : ""})`)}`),
    escapeHtml(L.lawLine(L.law[c.law], jurisdictionText(c, x.T.field.ruleNotStated), L.caseStatus[c.status])),
    ...(c.acts ?? []).map((act) => `${escapeHtml(L.act)}${escapeHtml(L.colon)}${escapeHtml(act)}`)
  ];
  const out = [
    `<section class="case" id="${caseAnchor(c)}" aria-labelledby="${caseAnchor(c)}-h">`,
    `<h2 id="${caseAnchor(c)}-h">${escapeHtml(c.title)}</h2>`
  ];
  out.push(...htmlList(facts, "facts"));
  out.push(
    `<h3>${escapeHtml(heading(h.timeline, H.lang))}</h3>`,
    ...htmlTable(
      L.timelineHeader.map((t) => escapeHtml(t)),
      c.events.map((e) => [
        dateCell(e.date),
        escapeHtml(L.eventKind[e.kind]),
        escapeHtml(e.ref ?? ""),
        escapeHtml(e.summary),
        escapeHtml(notifiedText(x, e)),
        escapeHtml((e.sources ?? []).join(", "))
      ])
    )
  );
  if ((c.measures ?? []).length > 0)
    out.push(
      `<h3>${escapeHtml(heading(h.measures, H.lang))}</h3>`,
      ...htmlTable(
        L.measuresHeader.map((t) => escapeHtml(t)),
        (c.measures ?? []).map((m) => [
          escapeHtml(m.id),
          escapeHtml(L.measureKind[m.kind]),
          escapeHtml(m.decision),
          escapeHtml(m.summary),
          escapeHtml(
            m.kind === "fine" ? L.payment[m.payment?.status ?? "unknown"] : m.kind === "order" || m.kind === "ban" ? L.compliance[m.compliance?.status ?? "unknown"] : ""
          )
        ])
      )
    );
  out.push(`<h3>${escapeHtml(heading(h.deadlines, H.lang))}</h3>`);
  if (view.deadlines.length === 0) out.push(`<p>${escapeHtml(H.noDeadlines)}</p>`);
  else {
    out.push(
      ...htmlTable(
        H.deadlinesHeader.map((t) => escapeHtml(t)),
        view.deadlines.map((d) => [
          escapeHtml(deadlineLabel(d, L.paymentOf)),
          escapeHtml(L.deadlineKind[d.kind]),
          d.end === void 0 ? "" : dateCell(L.date(d.end)),
          escapeHtml(deadlineStatusText(x, d))
        ])
      )
    );
    for (const d of view.deadlines) {
      const working = deadlineWorking(x, d);
      if (working.length === 0) continue;
      out.push(
        `<h4>${escapeHtml(H.working)}${escapeHtml(L.colon)}${escapeHtml(deadlineLabel(d, L.paymentOf))} <span class="id">(${escapeHtml(d.id)})</span></h4>`,
        ...htmlList(
          working.map((w) => escapeHtml(w)),
          "working"
        )
      );
    }
  }
  const penalties = view.deadlines.filter((d) => d.penalty !== void 0);
  if (penalties.length > 0) {
    out.push(`<h3>${escapeHtml(H.penaltyCharts)}</h3>`);
    for (const d of penalties) out.push(...penaltyChart(x, d, `${caseAnchor(c)}-pc-${escapeHtml(d.id)}`));
  }
  if (view.fines.length > 0) {
    out.push(`<h3>${escapeHtml(heading(h.money, H.lang))}</h3>`);
    for (const f of view.fines)
      out.push(
        `<h4>${escapeHtml(f.measureId)}${escapeHtml(L.colon)}${escapeHtml(L.money(f.imposed.minor, f.imposed.currency))}</h4>`,
        ...htmlList(
          fineWorking(x, f).map((w) => escapeHtml(w)),
          "working"
        )
      );
  }
  if ((c.appeals ?? []).length > 0)
    out.push(
      `<h3>${escapeHtml(heading(h.appeals, H.lang))}</h3>`,
      ...htmlTable(
        L.appealsHeader.map((t) => escapeHtml(t)),
        (c.appeals ?? []).map((a) => [
          escapeHtml(a.id),
          escapeHtml(a.court),
          escapeHtml(a.appellant),
          escapeHtml(a.against.join(", ")),
          a.filed === void 0 ? "" : dateCell(a.filed),
          escapeHtml(L.appealOutcome[a.outcome]),
          escapeHtml((a.effects ?? []).map((e) => `${e.on}: ${L.appealEffect(L.effectKind[e.effect], e.amount)}`).join(L.semicolon))
        ])
      )
    );
  const notes = caseNotes(L, c);
  if (notes.length > 0)
    out.push(
      `<h3>${escapeHtml(heading(h.notes, H.lang))}</h3>`,
      ...htmlList(
        notes.map(([about, text]) => `<strong>${escapeHtml(about)}</strong>${escapeHtml(L.colon)}${escapeHtml(text)}`),
        "notes"
      )
    );
  if (c.sources.length > 0) {
    const line = (s) => {
      const details = [s.id, s.publisher, s.published === void 0 ? void 0 : L.date(s.published), s.language].filter(
        (d) => d !== void 0
      );
      return `${htmlLink(s.title, s.url)} <span class="id">(${escapeHtml(details.join(", "))})</span>`;
    };
    out.push(`<h3>${escapeHtml(heading(h.sources, H.lang))}</h3>`, ...htmlList(c.sources.map(line), "sources"));
  }
  out.push("</section>");
  return out;
}

// src/render/html/style.ts
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
.timeline .tl-label { font: 11px "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; fill: #1b1f24; }
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
.penalty-chart svg { display: block; max-width: 100%; height: auto; }
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
var RIGHT2 = SVG_WIDTH - 12;
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
  const x = (day) => GUTTER + (toDayNumber(day) - start) / (end - start) * (RIGHT2 - GUTTER);
  return { firstYear, endYear, x };
}
function laneLabels(marks, H, scale) {
  const requests = marks.flatMap((mark) => {
    if (mark.category === "other") return [];
    const text = H.mark[mark.category];
    return [{ mark, text, anchor: scale.x(mark.day), width: labelWidth(text) }];
  });
  return placeLabels(requests, RIGHT2);
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
function timelineSvg(view, L, H) {
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
      `<line x1="${GUTTER}" y1="${y}" x2="${RIGHT2}" y2="${y}" class="tl-baseline"/>`
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
  const perYear = (RIGHT2 - GUTTER) / (scale.endYear - scale.firstYear);
  const step = Math.max(1, Math.ceil(40 / perYear));
  for (let year = scale.firstYear; year <= scale.endYear; year += 1) {
    const x = scale.x(`${String(year).padStart(4, "0")}-01-01`);
    axis.push(`<line x1="${x.toFixed(1)}" y1="${AXIS_HEIGHT - 8}" x2="${x.toFixed(1)}" y2="${top}" class="tl-grid"/>`);
    if (year < scale.endYear && (year - scale.firstYear) % step === 0)
      axis.push(`<text x="${(x + 4).toFixed(1)}" y="${AXIS_HEIGHT - 12}" class="tl-label tl-year">${year}</text>`);
  }
  const asOfX = scale.x(view.asOf);
  const asOfText = H.asOfMark(L.date(view.asOf));
  const flip = asOfX + 4 + labelWidth(asOfText) > RIGHT2;
  const asOf = [
    `<line x1="${asOfX.toFixed(1)}" y1="4" x2="${asOfX.toFixed(1)}" y2="${top}" class="tl-asof"/>`,
    `<text x="${(flip ? asOfX - 4 : asOfX + 4).toFixed(1)}" y="13" class="tl-label tl-asof-label"${flip ? ' text-anchor="end"' : ""}>${escapeHtml(asOfText)}</text>`
  ];
  const title = escapeHtml(H.timelineTitle(L.date(view.asOf)));
  return [
    `<svg class="timeline" role="img" aria-labelledby="tl-title tl-desc" viewBox="0 0 ${SVG_WIDTH} ${top}" width="${SVG_WIDTH}" height="${top}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="tl-title">${title}</title>`,
    `<desc id="tl-desc">${escapeHtml(H.timelineDescription(view.cases.length))}</desc>`,
    ...backgrounds,
    ...axis,
    ...body,
    ...asOf,
    "</svg>"
  ].join("\n");
}

// src/render/html/page.ts
var CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function renderHtmlExport(view, options = {}) {
  const locale = options.locale ?? "en";
  const x = { L: markdownLabels(locale), H: htmlLabels(locale), T: labels(locale), W: catalogue(locale).working };
  const { L, H } = x;
  const asOf = L.date(view.asOf);
  const title = escapeHtml(L.title(asOf));
  const out = [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(H.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${title}</h1>`,
    `<p>${escapeHtml(L.intro(view.cases.length, asOf))}</p>`,
    "</header>",
    `<nav aria-label="${escapeHtml(H.contents)}"><h2>${escapeHtml(H.contents)}</h2><ol>`,
    `<li><a href="#timeline">${escapeHtml(H.timeline)}</a></li>`,
    `<li><a href="#summary">${escapeHtml(L.summary)}</a></li>`,
    `<li><a href="#totals">${escapeHtml(L.totals)}</a></li>`,
    ...view.cases.map((c) => `<li><a href="#${caseAnchor(c.case)}">${escapeHtml(c.case.title)}</a></li>`),
    "</ol></nav>",
    "<main>",
    `<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">${escapeHtml(H.timeline)}</h2>`,
    "<figure>",
    timelineSvg(view, L, H),
    `<figcaption>${legend(x)}</figcaption>`,
    "</figure></section>",
    `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${escapeHtml(L.summary)}</h2>`,
    ...summaryTable(x, view.cases),
    "</section>",
    `<section id="totals" aria-labelledby="totals-h"><h2 id="totals-h">${escapeHtml(L.totals)}</h2>`,
    ...totalsTable(x, view),
    "</section>",
    ...view.cases.flatMap((c) => caseSection(x, c)),
    "</main>",
    `<footer><p>${escapeHtml(H.footer(asOf))}</p></footer>`,
    "</body>",
    "</html>"
  ];
  return `${out.join("\n")}
`;
}
var LEGEND_SHAPES = {
  decision: '<circle cx="7" cy="7" r="5" class="m-decision"/>',
  appeal: '<path d="M7 1L13 12L1 12Z" class="m-appeal"/>',
  liquidation: '<rect x="2" y="2" width="10" height="10" class="m-liquidation"/>',
  deadline: '<path d="M7 1L13 7L7 13L1 7Z" class="m-deadline"/>',
  other: '<circle cx="7" cy="7" r="2.5" class="m-other"/>'
};
function legend({ H }) {
  const items = Object.keys(LEGEND_SHAPES).map(
    (k) => `<li><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">${LEGEND_SHAPES[k]}</svg>${escapeHtml(H.category[k])}</li>`
  );
  return `<span class="legend-title">${escapeHtml(H.legend)}</span><ul class="legend">${items.join("")}</ul>`;
}
function summaryTable({ L }, cases) {
  const rows = cases.map((c) => {
    const join = (pick) => escapeHtml(c.fines.map(pick).join(L.semicolon));
    const counts = /* @__PURE__ */ new Map();
    for (const d of c.deadlines) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    const deadlines = [...counts].map(([status, n]) => L.deadlineCount(n, status)).join(", ");
    return [
      `<a href="#${caseAnchor(c.case)}">${escapeHtml(c.case.title)}</a>`,
      escapeHtml(c.case.authority.short),
      escapeHtml(L.caseStatus[c.case.status]),
      join((f) => L.money(f.imposed.minor, f.imposed.currency)),
      join((f) => f.eur.ok ? L.money(f.eur.conversion.eurMinor, "EUR") : L.noRate),
      join((f) => L.money(f.enforceable.minor, f.enforceable.currency)),
      join((f) => `${L.money(f.paid.minor, f.paid.currency)} (${L.payment[f.paymentStatus]})`),
      escapeHtml(deadlines)
    ];
  });
  return htmlTable(
    L.summaryHeader.map((h) => escapeHtml(h)),
    rows
  );
}
function totalsTable(x, view) {
  const { L } = x;
  const t = view.totals;
  const r = L.totalsRows;
  const row = (label, total) => [escapeHtml(label), escapeHtml(L.money(total.minor, "EUR")), escapeHtml(total.unconverted.join(L.semicolon))];
  return htmlTable(
    L.totalsHeader.map((h) => escapeHtml(h)),
    [
      row(r.imposed, t.imposed),
      row(r.enforceable, t.enforceable),
      row(x.T.totals.ifNotified.trim(), t.enforceableIfNotified),
      row(r.payable, t.penaltiesPayable),
      row(r.notPayable, t.penaltiesNotPayable),
      row(r.collected, t.collected),
      row(r.owed, t.owed)
    ]
  );
}
export {
  CONTENT_SECURITY_POLICY,
  renderHtmlExport
};
