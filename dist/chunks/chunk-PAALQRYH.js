import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  TOO_LARGE,
  addWithinSafeRange
} from "./chunk-VIJHWUEB.js";
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
  formatDate,
  formatMoney,
  labels,
  plural
} from "./chunk-7JT4PE2B.js";

// src/analysis/fine-groups.ts
function groupKey(fine, by) {
  switch (by) {
    case "authority":
      return `${fine.authority} (${fine.country})`;
    case "country":
      return fine.country;
    case "year":
      return fine.decisionDate.slice(0, 4);
    case "respondent":
      return fine.respondent;
  }
}
function groupFines(fines, by) {
  const groups = /* @__PURE__ */ new Map();
  for (const fine of fines.filter((f) => f.imposedByAsOf)) {
    const key = groupKey(fine, by);
    groups.set(key, [...groups.get(key) ?? [], fine]);
  }
  return [...groups.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, members]) => summarise(key, members));
}
function totalOfFines(fines, key) {
  return summarise(
    key,
    fines.filter((f) => f.imposedByAsOf)
  );
}
function summarise(key, fines) {
  const perCurrency = /* @__PURE__ */ new Map();
  let imposedEur = 0;
  let enforceableEur = 0;
  let paidEur = 0;
  const unconverted = [];
  for (const fine of fines) {
    const inCurrency = addWithinSafeRange(perCurrency.get(fine.imposed.currency) ?? 0, fine.imposed.minor);
    if (inCurrency === void 0) {
      unconverted.push(`${fine.caseId}/${fine.measureId}: ${TOO_LARGE}`);
      continue;
    }
    if (!fine.eur.ok) {
      perCurrency.set(fine.imposed.currency, inCurrency);
      unconverted.push(`${fine.caseId}/${fine.measureId}: ${fine.eur.reason}`);
      continue;
    }
    const { eurMinor, sourceMinor } = fine.eur.conversion;
    const imposed = addWithinSafeRange(imposedEur, eurMinor);
    const enforceable = addWithinSafeRange(enforceableEur, proportion(eurMinor, fine.enforceable.minor, sourceMinor));
    const paid = addWithinSafeRange(paidEur, proportion(eurMinor, fine.paid.minor, sourceMinor));
    if (imposed === void 0 || enforceable === void 0 || paid === void 0) {
      unconverted.push(`${fine.caseId}/${fine.measureId}: ${TOO_LARGE}`);
      continue;
    }
    perCurrency.set(fine.imposed.currency, inCurrency);
    imposedEur = imposed;
    enforceableEur = enforceable;
    paidEur = paid;
  }
  return {
    key,
    count: fines.length,
    imposed: [...perCurrency.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([currency, minor]) => ({ currency, minor })),
    imposedEurMinor: imposedEur,
    enforceableEurMinor: enforceableEur,
    paidEurMinor: paidEur,
    unconverted
  };
}
function proportion(eurMinor, part, whole) {
  if (part === 0 || whole === 0) return 0;
  if (part === whole) return eurMinor;
  const numerator = BigInt(eurMinor) * BigInt(part) * 2n + BigInt(whole);
  return Number(numerator / (2n * BigInt(whole)));
}

// src/render/fines.ts
var clean = (s) => sanitizeForTerminal(s, { singleLine: true });
function renderFines(fines, groupBy, options) {
  const l = labels(options.locale);
  const tone = tones(options.chalk);
  const bold = (s) => options.chalk.bold(s);
  const head = [l.head.authority, l.head.decision, l.head.imposed, l.head.eur, l.head.cap, l.head.appeal, l.head.enforceable, l.head.paid];
  const rows = fines.map((f) => [
    [`${clean(f.authority)} \xB7 ${clean(f.country)}`, clean(f.caseId)],
    unbreakable(formatDate(clean(f.decisionDate), options.locale)),
    [
      formatMoney(f.imposed.minor, f.imposed.currency, options.locale),
      `Art. ${clean(f.tier)}`,
      ...f.imposedByAsOf ? [] : [l.field.notYetImposed]
    ],
    eurCell(f, l, options.locale),
    capCell(f, l, tone, options.locale),
    appealSpan(f, l, tone),
    enforceableCell(f, l, tone, options.locale),
    paidCell(f, l, tone, options.locale)
  ]);
  const lines = [
    ...paragraph(`${l.section.fines} (${plural(fines.length, l.fines, options.locale)})`, options.width, { tone: bold }),
    "",
    renderRecords({
      head,
      rows,
      width: options.width,
      columns: head.map((_, i) => ({ align: i >= 2 && i !== 5 ? "right" : "left" })),
      titles: fines.map((f) => `${clean(f.caseId)} / ${clean(f.measureId)}`),
      titleTone: bold
    }),
    "",
    ...paragraph(`${l.totals.by} ${l.field.groupBy[groupBy]}`, options.width, { tone: bold }),
    "",
    totalsTable(fines, groupBy, options, l, bold)
  ];
  return `${lines.join("\n")}
`;
}
function formatRate(rate, locale) {
  return locale === "fr" ? rate.replace(".", ",") : rate;
}
function conversionText(f, l, locale) {
  if (!f.eur.ok) return `${l.field.noRate}${l.colon}${clean(f.eur.reason)}`;
  const c = f.eur.conversion;
  const eur = formatMoney(c.eurMinor, "EUR", locale);
  if (c.sourceCurrency === "EUR") return eur;
  const when = c.rateDate === void 0 ? "" : ` (ECB, ${formatDate(c.rateDate, locale)})`;
  return `${formatMoney(c.sourceMinor, c.sourceCurrency, locale)} \xF7 ${formatRate(c.rate, locale)}${when} = ${eur}`;
}
function eurCell(f, l, locale) {
  if (!f.eur.ok) return [l.field.noRate, clean(f.eur.reason)];
  const c = f.eur.conversion;
  const eur = formatMoney(c.eurMinor, "EUR", locale);
  if (c.sourceCurrency === "EUR") return eur;
  return [eur, `${l.field.rate} ${formatRate(c.rate, locale)}`, ...c.rateDate ? [unbreakable(formatDate(c.rateDate, locale))] : []];
}
function capStatus(f, l, tone, locale) {
  if (!f.cap.ok) return { text: `${l.cap.unknown}${l.colon}${clean(f.cap.reason)}` };
  const { cap, status } = f.cap;
  if (status === "over")
    return { text: `${l.cap.over} ${formatMoney(f.imposed.minor - cap.capMinor, cap.currency, locale)}`, tone: tone.bad };
  if (status === "needs-turnover")
    return {
      text: `${l.cap.needsTurnover} ${formatMoney(f.cap.lawfulIfTurnoverAboveMinor ?? 0, cap.currency, locale)}`,
      tone: tone.caution
    };
  if (status === "at-fixed-maximum" || status === "at-maximum" && cap.basis === "fixed") return { text: l.cap.atFixedMaximum };
  return { text: status === "at-maximum" ? l.cap.atMaximum : l.cap.within };
}
function capCell(f, l, tone, locale) {
  if (!f.cap.ok) return capStatus(f, l, tone, locale);
  return [formatMoney(f.cap.cap.capMinor, f.cap.cap.currency, locale), capStatus(f, l, tone, locale)];
}
function enforceableCell(f, l, tone, locale) {
  const enforceable = f.enforceability === "enforceable" || f.enforceability === "enforceable-if-notified";
  return [
    formatMoney(f.enforceable.minor, f.enforceable.currency, locale),
    { text: l.enforceability[f.enforceability], tone: enforceable ? void 0 : tone.caution },
    ...f.enforceableNotes ? [clean(catalogue(locale).working.fineNotes(f.enforceableNotes))] : []
  ];
}
function appealSpan(f, l, tone) {
  const state = f.appeal.state;
  return { text: l.appealState[state], tone: state === "pending" || state === "remitted" ? tone.caution : void 0 };
}
function paymentSpan(f, l, tone) {
  const owed = f.enforceable.minor > f.paid.minor;
  return { text: l.payment[f.paymentStatus], tone: f.paymentStatus === "paid" ? tone.good : owed ? tone.bad : void 0 };
}
function paidCell(f, l, tone, locale) {
  return [formatMoney(f.paid.minor, f.paid.currency, locale), paymentSpan(f, l, tone)];
}
function totalsTable(fines, groupBy, options, l, bold) {
  const money = (minor, currency) => formatMoney(minor, currency, options.locale);
  const row = (g) => [
    clean(g.key),
    String(g.count),
    g.imposed.map((m) => money(m.minor, m.currency)),
    [money(g.imposedEurMinor, "EUR"), ...g.unconverted.map((u) => `${l.totals.unconverted}${l.colon}${clean(u)}`)],
    money(g.enforceableEurMinor, "EUR"),
    money(g.paidEurMinor, "EUR")
  ];
  const groups = groupFines(fines, groupBy);
  const all = groups.length === 0 ? [] : [totalOfFines(fines, l.totals.all)];
  const head = [
    l.head.group,
    l.head.count,
    l.head.imposed,
    `${l.head.imposed} (EUR)`,
    `${l.head.enforceable} (EUR)`,
    `${l.head.paid} (EUR)`
  ];
  const rows = [...groups, ...all];
  return renderRecords({
    head,
    rows: rows.map(row),
    width: options.width,
    columns: head.map((_, i) => ({ align: i === 0 ? "left" : "right" })),
    titles: rows.map((g) => clean(g.key)),
    titleTone: bold
  });
}

export {
  groupFines,
  renderFines,
  conversionText,
  capStatus,
  appealSpan,
  paymentSpan
};
