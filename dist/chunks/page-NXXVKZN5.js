import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  STYLE,
  escapeHtml,
  htmlLink,
  timelineSvg
} from "./chunk-44VQ7RAH.js";
import {
  capSentence,
  caseNotes
} from "./chunk-RJEUYAFY.js";
import "./chunk-H74OB55Y.js";
import {
  jurisdictionText
} from "./chunk-DAGRCYMT.js";
import {
  penaltyRate
} from "./chunk-DJKGAWI5.js";
import "./chunk-RGO3AURG.js";
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";
import "./chunk-2X6I4QED.js";
import "./chunk-MB2GBVIY.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-6D76KXNS.js";
import "./chunk-ZDNVIE4O.js";
import "./chunk-DZU3AKI3.js";
import {
  catalogue,
  htmlLabels,
  labels,
  markdownLabels
} from "./chunk-7JT4PE2B.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-2RE557MS.js";
import "./chunk-ITDLV7NW.js";
import {
  toDayNumber
} from "./chunk-2C2PYH5G.js";
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
