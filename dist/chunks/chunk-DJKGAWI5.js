import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  sortDeadlines
} from "./chunk-RGO3AURG.js";
import {
  deadlineLabel
} from "./chunk-WJNSGI4L.js";
import {
  paragraph,
  renderRecords,
  tones,
  unbreakable
} from "./chunk-MB2GBVIY.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import {
  catalogue,
  formatCount,
  formatDate,
  formatMoney,
  labels,
  plural
} from "./chunk-7JT4PE2B.js";

// src/render/deadlines.ts
var clean = (s) => sanitizeForTerminal(s, { singleLine: true });
function renderDeadlines(views, options) {
  const l = labels(options.locale);
  const w = catalogue(options.locale).working;
  const tone = tones(options.chalk);
  const bold = (s) => options.chalk.bold(s);
  const sorted = sortDeadlines(views);
  const notes = [];
  const noteNumbers = (view) => view.assumptions.map((a) => {
    const text = clean(w.assumption(a));
    if (!notes.includes(text)) notes.push(text);
    return notes.indexOf(text) + 1;
  });
  const head = [l.head.date, l.head.case, l.head.obligation, l.head.kind, l.head.status];
  const rows = sorted.map((v) => {
    const numbers = noteNumbers(v);
    return [
      v.end === void 0 ? "\u2014" : unbreakable(formatDate(clean(v.end), options.locale)),
      [clean(v.caseId), clean(v.id)],
      clean(deadlineLabel(v, l.field.paymentOf)),
      l.deadlineKind[v.kind],
      [
        ...statusSpans(v, l, tone, options),
        ...numbers.length > 0 ? [{ text: numbers.map((n) => `[${n}]`).join(" "), tone: tone.caution }] : []
      ]
    ];
  });
  const lines = [
    ...paragraph(`${l.section.deadlines}, ${l.asOf} ${formatDate(options.asOf, options.locale)}`, options.width, { tone: bold }),
    "",
    renderRecords({
      head,
      rows,
      width: options.width,
      columns: [{ min: 12 }, { min: 14 }, { min: 20 }, { min: 8 }, { min: 14 }],
      titles: sorted.map((v) => `${clean(v.caseId)} / ${clean(v.id)}`),
      titleTone: bold
    })
  ];
  if (notes.length > 0) {
    lines.push("", ...paragraph(l.section.assumptions, options.width, { tone: tone.caution }));
    notes.forEach((text, i) => lines.push(...paragraph(text, options.width, { prefix: `[${i + 1}] `, tone: tone.caution })));
  }
  const penalties = sorted.filter((v) => v.penalty !== void 0);
  if (penalties.length > 0) {
    lines.push(
      "",
      ...paragraph(`${l.section.penalties}, ${l.asOf} ${formatDate(options.asOf, options.locale)}`, options.width, { tone: bold })
    );
    for (const v of penalties)
      lines.push("", ...paragraph(`${clean(v.caseId)} / ${clean(v.id)}`, options.width), ...penaltyLines(v, options, "  ", options.asOf));
  }
  return `${lines.join("\n")}
`;
}
function statusSpans(v, l, tone, options) {
  const locale = options.locale;
  const status = l.deadlineStatus[v.status];
  const date = (iso) => formatDate(clean(iso), locale);
  const alternative = v.alternative ? [
    {
      text: `${l.field.alternative}${l.colon}${date(v.alternative.end)} (${l.field.alternativeReading[v.alternative.kind]})`,
      tone: tone.caution
    }
  ] : [];
  switch (v.status) {
    case "met":
      return [{ text: v.metOn ? `${l.field.metOn} ${date(v.metOn)}` : status, tone: tone.good }, ...alternative];
    case "open":
      return [{ text: `${status}, ${unbreakable(plural(v.daysLeft ?? 0, l.daysLeft, locale))}` }, ...alternative];
    case "missed":
    case "overdue": {
      const late = `${status}, ${unbreakable(plural(v.daysLate ?? 0, l.daysLate, locale))}`;
      return [
        { text: late, tone: tone.bad },
        ...v.metOn ? [{ text: `${v.kind === "payment" ? l.payment.paid : l.compliance.complied} ${date(v.metOn)}` }] : [],
        ...v.status === "overdue" && !v.metOn ? [{ text: l.explain.overdue }] : [],
        ...v.lateUntil ? [{ text: `${l.explain.lateUntil} ${date(v.lateUntil)}` }] : [],
        ...alternative
      ];
    }
    case "not-started":
      return [{ text: status, tone: tone.caution }, { text: `${l.explain.notStarted} ${date(v.notNotifiedAsOf ?? "")}` }];
    case "superseded":
      return [
        { text: status },
        {
          text: `${l.explain.superseded} ${clean(v.supersededBy?.eventId ?? "")} (${date(v.supersededBy?.date ?? "")})${v.daysLate ? `, ${plural(v.daysLate, l.daysLate, locale)}` : ""}`
        }
      ];
    case "suspended":
      return [
        { text: status, tone: tone.caution },
        ...v.suspendedBy ? [{ text: clean(catalogue(options.locale).working.suspension(v.suspendedBy)) }] : []
      ];
    case "ambiguous":
      return [{ text: status, tone: tone.caution }, { text: `${l.explain.ambiguous} ${date(v.metWithin ?? "")}` }];
    case "not-computable":
      return [{ text: status }, ...v.problem ? [{ text: clean(catalogue(options.locale).working.problem(v.problem)) }] : []];
    case "expired":
      return [{ text: status }, ...alternative];
    case "unknown":
      return [
        { text: status },
        {
          text: v.compliedUndated ? l.explain.compliedUndated : v.kind === "payment" ? l.explain.unknownPayment : l.explain.unknownCompliance
        }
      ];
  }
}
function penaltyRate(p, l, locale) {
  const money = (minor) => formatMoney(minor, p.currency, locale);
  const per = p.per === "day" || p.per === "breach" || p.per === "lump-sum" || p.per === "unknown" ? l.field.per[p.per] : `${l.field.per.period} ${clean(p.per)}`;
  const amount = p.amountMinor === void 0 ? per : p.per === "lump-sum" ? `${money(p.amountMinor)} (${per})` : `${money(p.amountMinor)} ${per}`;
  return `${amount}${p.maximumMinor === void 0 ? "" : `; ${l.field.maximum} ${money(p.maximumMinor)}`}`;
}
function penaltyLines(v, options, indent, asOf) {
  const p = v.penalty;
  if (!p) return [];
  const l = labels(options.locale);
  const locale = options.locale;
  const money = (minor) => formatMoney(minor, p.currency, locale);
  const date = (iso) => formatDate(clean(iso), locale);
  const width = options.width;
  const sub = indent.length + 2;
  const line = (text) => paragraph(text, width, { prefix: indent, indent: sub });
  const counted = p.lastDay === void 0 ? l.field.nothingAccrued : `${formatCount(p.daysLate, locale)} (${date(p.firstDay)} \u2013 ${date(p.lastDay)})${p.suspendedDays > 0 ? `; ${formatCount(p.suspendedDays, locale)} ${l.field.suspendedDays}` : ""}`;
  const lines = [
    ...line(`${l.field.penaltyAmount}${l.colon}${penaltyRate(p, l, locale)}`),
    ...p.payableBy ? line(l.field.payableBy[p.payableBy]) : [],
    ...line(`${l.field.daysLate}${l.colon}${counted}`)
  ];
  for (const q of p.liquidations) {
    const period = `${date(q.from)} \u2013 ${date(q.to)}, ${plural(q.days, l.days, locale)} (${l.field.oneEndExcluded})`;
    const compared = q.comparedWithRate === void 0 ? "" : `; ${q.comparedWithRate === "equal" ? l.field.equalsRate : q.comparedWithRate === "below" ? l.field.belowRate : l.field.aboveRate}${q.rateTimesDaysMinor === void 0 ? "" : ` (${money(q.rateTimesDaysMinor)})`}`;
    const decided = q.decidedOn ? `, ${l.field.decidedOn} ${date(q.decidedOn)}` : "";
    lines.push(...line(`${l.field.liquidation} (${clean(q.eventId)}${decided})${l.colon}${period}, ${money(q.amountMinor)}${compared}`));
  }
  for (const q of p.collections) lines.push(...line(`${l.field.collected} (${clean(q.eventId)})${l.colon}${money(q.amountMinor)}`));
  lines.push(...line(`${l.field.payableNow}${l.colon}${money(p.payableMinor)}`));
  const notPayable = p.payableBy === "forfeiture" ? l.field.notPayableForfeiture : l.field.notPayableLiquidation;
  const asOfDay = asOf === void 0 ? "" : ` (${l.asOf} ${date(asOf)})`;
  lines.push(
    ...line(
      p.notPayableMinor === void 0 ? `${notPayable}${l.colon}${l.field.accrualUnknown}${p.maximumMinor === void 0 ? "" : `; ${l.field.exposure} ${money(p.maximumMinor)}`}` : `${notPayable}${asOfDay}${l.colon}${money(p.notPayableMinor)}${p.capped ? ` (${l.field.capped})` : ""}`
    )
  );
  for (const note of p.notes)
    lines.push(...paragraph(clean(catalogue(options.locale).working.penaltyNote(note)), width, { prefix: `${indent}! `, indent: sub }));
  return lines;
}

export {
  renderDeadlines,
  statusSpans,
  penaltyRate,
  penaltyLines
};
