import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  capSentence,
  caseNotes,
  combinedTimeline,
  notifiedText,
  sourceLine,
  table,
  timelinePicture
} from "./chunk-RJEUYAFY.js";
import {
  escapeMarkdownInline,
  escapeMarkdownTableCell
} from "./chunk-H74OB55Y.js";
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
  amountText,
  catalogue,
  labels,
  markdownLabels
} from "./chunk-7JT4PE2B.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-2RE557MS.js";
import "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/render/export/markdown-wrap.ts
var LINE_LENGTH = 80;
var LIST_ITEM = /^( *)([-*+] )/;
function words(text) {
  const found = [];
  let current = "";
  for (let at = 0; at < text.length; ) {
    const ticks = /^`+/.exec(text.slice(at))?.[0];
    if (text[at] === "\\") {
      current += text.slice(at, at + 2);
      at += 2;
    } else if (ticks !== void 0) {
      const close = text.indexOf(ticks, at + ticks.length);
      const end = close < 0 ? at + ticks.length : close + ticks.length;
      current += text.slice(at, end);
      at = end;
    } else if (text[at] === " ") {
      if (current !== "") found.push(current);
      current = "";
      at += 1;
    } else {
      current += text.charAt(at);
      at += 1;
    }
  }
  if (current !== "") found.push(current);
  return found;
}
function atLineStart(word) {
  const number = /^(\d{1,9})([.)])/.exec(word);
  if (number !== null) return `${number[1] ?? ""}\\${word.slice(number[1]?.length ?? 0)}`;
  return /^[-+*=_>#~]/.test(word) ? `\\${word}` : word;
}
var breakableAfter = (word) => (/\\+$/.exec(word)?.[0].length ?? 0) % 2 === 0;
var breakableBefore = (word) => !word.startsWith("```");
function wrapLine(first, indent, text) {
  const all = words(text);
  const lines = [];
  let line = first;
  let empty = true;
  for (const [k, word] of all.entries()) {
    const previous = all[k - 1];
    const mayBreak = !empty && breakableBefore(word) && previous !== void 0 && breakableAfter(previous);
    if (mayBreak && line.length + 1 + word.length > LINE_LENGTH) {
      lines.push(line);
      line = indent + atLineStart(word);
    } else {
      line += (empty ? "" : " ") + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
function wrapProse(document) {
  return document.split("\n").flatMap((line) => {
    if (line.length <= LINE_LENGTH || /^(?:#|\||<!--| {4})/.test(line) || line.trim() === "") return [line];
    const item = LIST_ITEM.exec(line);
    if (item !== null) {
      const marker = `${item[1] ?? ""}${item[2] ?? ""}`;
      return wrapLine(marker, " ".repeat(marker.length), line.slice(marker.length));
    }
    return wrapLine("", "", line);
  }).join("\n");
}

// src/render/export/markdown.ts
var TRAILING_PUNCTUATION = /(\\*)([.,;:!\u3002\uff0c\uff1b\uff1a\uff01])$/u;
function headingText(text) {
  const escaped = escapeMarkdownInline(text);
  if (/&#?[0-9a-z]+;$/i.test(escaped)) return escaped;
  return escaped.replace(TRAILING_PUNCTUATION, (_match, slashes, mark) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}&#${String(mark.codePointAt(0))};`;
  });
}
function renderMarkdownExport(view, options = {}) {
  const L = markdownLabels(options.locale ?? "en");
  const x = { L, d: (iso) => escapeMarkdownInline(L.date(iso)), on: (iso) => escapeMarkdownInline(L.onDate(iso)), T: labels(L.locale), W: catalogue(L.locale).working };
  const out = [`# ${L.title(x.d(view.asOf))}`, ""];
  out.push(L.intro(view.cases.length, x.d(view.asOf)), "");
  out.push(`## ${L.summary}`, "", ...summaryTable(x, view.cases));
  out.push(`## ${L.totals}`, "", ...totalsTable(x, view), "");
  for (const c of view.cases) out.push(...caseSection(x, c));
  out.push(`## ${L.combinedTimeline}`, "", ...combinedTimeline(x, view.cases));
  out.push(`## ${L.chart}`, "", ...timelinePicture(x, view, options.timelineImage));
  while (out[out.length - 1] === "") out.pop();
  return `${wrapProse(out.join("\n"))}
`;
}
function summaryTable({ L }, cases) {
  const rows = cases.map((c) => {
    const join = (pick) => c.fines.map(pick).join(L.semicolon);
    const counts = /* @__PURE__ */ new Map();
    for (const d of c.deadlines) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    const deadlines = [...counts].map(([status, n]) => L.deadlineCount(n, status)).join(", ");
    return [
      escapeMarkdownTableCell(c.case.title),
      escapeMarkdownTableCell(c.case.authority.short),
      escapeMarkdownTableCell(L.caseStatus[c.case.status]),
      join((f) => L.money(f.imposed.minor, f.imposed.currency)),
      join((f) => f.eur.ok ? L.money(f.eur.conversion.eurMinor, "EUR") : L.noRate),
      join((f) => L.money(f.enforceable.minor, f.enforceable.currency)),
      join((f) => `${L.money(f.paid.minor, f.paid.currency)} (${L.payment[f.paymentStatus]})`),
      deadlines
    ];
  });
  return table(L.summaryHeader, rows);
}
function totalsTable(x, view) {
  const { L } = x;
  const t = view.totals;
  const r = L.totalsRows;
  const row = (label, total) => [label, L.money(total.minor, "EUR"), total.unconverted.map(escapeMarkdownTableCell).join(L.semicolon)];
  return table(L.totalsHeader, [
    row(r.imposed, t.imposed),
    row(r.enforceable, t.enforceable),
    row(x.T.totals.ifNotified.trim(), t.enforceableIfNotified),
    row(r.payable, t.penaltiesPayable),
    row(r.notPayable, t.penaltiesNotPayable),
    row(r.collected, t.collected),
    row(r.owed, t.owed)
  ]).slice(0, -1);
}
function caseSection(x, view) {
  const { L } = x;
  const c = view.case;
  const id = escapeMarkdownInline(c.id);
  const h = L.subheading;
  const out = [`## ${headingText(c.title)}`, ""];
  out.push(
    `- ${L.caseFile}${L.colon}${id}`,
    `- ${L.authority}${L.colon}${escapeMarkdownInline(`${c.authority.short}, ${c.authority.name} (${c.authority.country})`)}`,
    ...c.respondents.map((r) => `- ${L.respondent}${L.colon}${escapeMarkdownInline(`${r.name} (${r.country}${r.role ? `, ${r.role}` : ""})`)}`),
    `- ${L.lawLine(escapeMarkdownInline(L.law[c.law]), escapeMarkdownInline(jurisdictionText(c, x.T.field.ruleNotStated)), escapeMarkdownInline(L.caseStatus[c.status]))}`,
    ...(c.acts ?? []).map((act) => `- ${L.act}${L.colon}${escapeMarkdownInline(act)}`),
    ""
  );
  out.push(
    `### ${id}${L.colon}${h.timeline}`,
    "",
    ...table(
      L.timelineHeader,
      c.events.map((e) => [
        escapeMarkdownTableCell(e.date),
        escapeMarkdownTableCell(L.eventKind[e.kind]),
        escapeMarkdownTableCell(e.ref ?? ""),
        escapeMarkdownTableCell(e.summary),
        escapeMarkdownTableCell(notifiedText(x, e)),
        escapeMarkdownTableCell((e.sources ?? []).join(", "))
      ])
    )
  );
  out.push(
    `### ${id}${L.colon}${h.measures}`,
    "",
    ...table(
      L.measuresHeader,
      (c.measures ?? []).map((m) => [
        escapeMarkdownTableCell(m.id),
        escapeMarkdownTableCell(L.measureKind[m.kind]),
        escapeMarkdownTableCell(m.decision),
        escapeMarkdownTableCell(m.summary),
        escapeMarkdownTableCell(
          m.kind === "fine" ? L.payment[m.payment?.status ?? "unknown"] : m.kind === "order" || m.kind === "ban" ? L.compliance[m.compliance?.status ?? "unknown"] : ""
        )
      ])
    )
  );
  if (view.deadlines.length > 0)
    out.push(`### ${id}${L.colon}${h.deadlines}`, "", ...view.deadlines.flatMap((d) => deadlineLines(x, d)), "");
  if (view.fines.length > 0) out.push(`### ${id}${L.colon}${h.money}`, "", ...view.fines.flatMap((f) => fineLines(x, f)), "");
  if ((c.appeals ?? []).length > 0) {
    out.push(
      `### ${id}${L.colon}${h.appeals}`,
      "",
      ...table(
        L.appealsHeader,
        (c.appeals ?? []).map((a) => [
          escapeMarkdownTableCell(a.id),
          escapeMarkdownTableCell(a.court),
          escapeMarkdownTableCell(a.appellant),
          escapeMarkdownTableCell(a.against.join(", ")),
          escapeMarkdownTableCell(a.filed ?? ""),
          escapeMarkdownTableCell(L.appealOutcome[a.outcome]),
          escapeMarkdownTableCell((a.effects ?? []).map((e) => `${e.on}: ${L.appealEffect(L.effectKind[e.effect], e.amount)}`).join(L.semicolon))
        ])
      )
    );
  }
  const notes = caseNotes(L, c);
  if (notes.length > 0)
    out.push(`### ${id}${L.colon}${h.notes}`, "", ...notes.map(([about, text]) => `- ${escapeMarkdownInline(about)}${L.colon}${escapeMarkdownInline(text)}`), "");
  if (c.sources.length > 0) out.push(`### ${id}${L.colon}${h.sources}`, "", ...c.sources.map((s) => sourceLine(L, s)), "");
  return out;
}
function statusText(L, d) {
  const status = L.deadlineStatus[d.status];
  if (d.daysLeft !== void 0) return `${status}, ${L.daysLeft(d.daysLeft)}`;
  if (d.daysLate !== void 0) return `${status}, ${L.daysLate(d.daysLate)}`;
  return status;
}
function deadlineLines(x, d) {
  const { L } = x;
  const w = d.computation;
  const head = `- ${L.deadlineHead(escapeMarkdownInline(deadlineLabel(d, L.paymentOf)), escapeMarkdownInline(d.id), escapeMarkdownInline(L.deadlineKind[d.kind]), d.end === void 0 ? void 0 : x.on(d.end), escapeMarkdownInline(statusText(L, d)))}`;
  const sub = [];
  if (d.anchor) sub.push(L.start(x.d(d.anchor.date), escapeMarkdownInline(d.anchor.eventId), d.anchor.basis === "notified"));
  if (w) {
    sub.push(L.periodLine(escapeMarkdownInline(L.period(w.period)), escapeMarkdownInline(w.jurisdiction), x.d(w.rawEnd)));
    if (w.skipped.length > 0)
      sub.push(L.skipped(escapeMarkdownInline(w.skipped.map((s) => L.skippedDay(L.date(s.date), x.W.reasons(s.reasons))).join(", "))));
    sub.push(L.ruleLine(escapeMarkdownInline(x.W.rule(w.rule)), escapeMarkdownInline(L.time(w.closingTime))));
    sub.push(...w.steps.map((s) => `${L.working}${L.colon}${escapeMarkdownInline(x.W.step(s))}`));
  }
  if (d.fixedDate !== void 0) {
    const before = d.fixedBefore === void 0 ? "" : ` (${L.fixedBefore} ${x.d(d.fixedBefore)})`;
    sub.push(`${L.fixedDate}${L.colon}${x.d(d.fixedDate)}${before}`);
  }
  if (d.basis !== void 0) sub.push(`${L.basis}${L.colon}${escapeMarkdownInline(d.basis)}`);
  if (d.metOn !== void 0) sub.push(L.metOn(x.on(d.metOn)));
  if (d.problem !== void 0) sub.push(`${L.notComputable}${L.colon}${escapeMarkdownInline(x.W.problem(d.problem))}`);
  sub.push(...d.assumptions.map((a) => `${L.assumption}${L.colon}${escapeMarkdownInline(x.W.assumption(a))}`));
  if (d.alternative)
    sub.push(`${x.T.field.alternative}${L.colon}${x.d(d.alternative.end)} (${escapeMarkdownInline(x.T.field.alternativeReading[d.alternative.kind])})`);
  const p = d.penalty;
  if (p) {
    const m = (minor) => L.money(minor, p.currency);
    const T = x.T;
    const notPayable = p.payableBy === "forfeiture" ? T.field.notPayableForfeiture : T.field.notPayableLiquidation;
    sub.push(
      L.penalty({
        rate: escapeMarkdownInline(penaltyRate(p, T, L.locale)),
        payableBy: p.payableBy === void 0 ? void 0 : T.field.payableBy[p.payableBy],
        days: p.lastDay === void 0 ? "0" : `${L.count(p.daysLate)} (${x.d(p.firstDay)} \u2013 ${x.d(p.lastDay)})`,
        payable: m(p.payableMinor),
        notPayable: `${notPayable}${L.colon}${p.notPayableMinor === void 0 ? T.field.accrualUnknown : m(p.notPayableMinor)}`
      }),
      ...p.liquidations.map(
        (l) => L.liquidation({
          eventId: escapeMarkdownInline(l.eventId),
          decidedOn: l.decidedOn ? x.d(l.decidedOn) : void 0,
          from: x.d(l.from),
          to: x.d(l.to),
          days: l.days,
          amount: m(l.amountMinor),
          compared: l.comparedWithRate === void 0 ? void 0 : `${l.comparedWithRate === "equal" ? T.field.equalsRate : l.comparedWithRate === "below" ? T.field.belowRate : T.field.aboveRate}${l.rateTimesDaysMinor === void 0 ? "" : ` (${m(l.rateTimesDaysMinor)})`}`
        })
      ),
      ...p.collections.map((l) => `${T.field.collected} (${escapeMarkdownInline(l.eventId)})${L.colon}${m(l.amountMinor)}`),
      ...p.notes.map((n) => `${L.assumption}${L.colon}${escapeMarkdownInline(x.W.penaltyNote(n))}`)
    );
  }
  return [head, ...sub.map((s) => `  - ${s}`)];
}
function fineLines(x, f) {
  const { L } = x;
  const sub = [L.decided(x.d(f.decisionDate), escapeMarkdownInline(f.tier))];
  sub.push(`${L.inEur}${L.colon}${f.eur.ok ? conversionText(x, f.eur.conversion) : L.notConverted(escapeMarkdownInline(f.eur.reason))}`);
  if (f.cap.ok) {
    const threshold = f.cap.status === "needs-turnover" && f.cap.lawfulIfTurnoverAboveMinor !== void 0 ? ` (${x.T.cap.needsTurnover} ${L.money(f.cap.lawfulIfTurnoverAboveMinor, f.cap.cap.currency)})` : "";
    sub.push(`${L.cap}${L.colon}${capSentence(L, f.cap.cap, escapeMarkdownInline)}${L.semicolon}${escapeMarkdownInline(L.fineIs(f.cap.status))}${threshold}`);
  } else sub.push(`${L.cap}${L.colon}${L.capNotChecked(escapeMarkdownInline(f.cap.reason))}`);
  if (f.proposed) sub.push(L.proposed(f.proposed.approximate, L.money(f.proposed.minor, f.proposed.currency)));
  sub.push(
    `${L.appeals}${L.colon}${escapeMarkdownInline(L.appealState[f.appeal.state])}${f.appeal.appeals.length > 0 ? ` (${escapeMarkdownInline(f.appeal.appeals.join(", "))})` : ""}`
  );
  sub.push(
    `${L.enforceableNow}${L.colon}${L.money(f.enforceable.minor, f.enforceable.currency)} (${escapeMarkdownInline(x.T.enforceability[f.enforceability])})${f.enforceableNotes ? `, ${escapeMarkdownInline(x.W.fineNotes(f.enforceableNotes))}` : ""}`
  );
  sub.push(`${L.paid}${L.colon}${L.money(f.paid.minor, f.paid.currency)} (${escapeMarkdownInline(L.payment[f.paymentStatus])})`);
  return [`- ${escapeMarkdownInline(f.measureId)}${L.colon}${L.money(f.imposed.minor, f.imposed.currency)}`, ...sub.map((s) => `  - ${s}`)];
}
function conversionText(x, c) {
  const { L } = x;
  const eur = L.money(c.eurMinor, "EUR");
  if (c.sourceCurrency === "EUR") return L.noConversion(eur);
  const rate = /^\d+(?:\.\d+)?$/.test(c.rate) ? L.decimal(c.rate) : escapeMarkdownInline(c.rate);
  return L.conversion(L.money(c.sourceMinor, c.sourceCurrency), rate, c.rateDate === void 0 ? void 0 : x.d(c.rateDate), eur, c.exact);
}
export {
  amountText,
  renderMarkdownExport
};
