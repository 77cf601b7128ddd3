import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  FR,
  formatCount,
  formatMoney
} from "./chunk-J43TVD7N.js";
import {
  EVENT_KINDS
} from "./chunk-B5S4NB3O.js";
import {
  formatMinor
} from "./chunk-VPFUFNNR.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import {
  formatPeriod,
  periodParts
} from "./chunk-PEH7JRTY.js";

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

// src/render/export/markdown-labels-en.ts
var same = (keys) => Object.fromEntries(keys.map((k) => [k, k]));
var EN = {
  locale: "en",
  date: (iso) => iso,
  onDate: (iso) => iso,
  count: (n) => String(n),
  money: amountText,
  decimal: (text) => text,
  percent: (n) => `${n} %`,
  period: formatPeriod,
  time: (hhmm) => hhmm,
  semicolon: "; ",
  colon: ": ",
  title: (asOf) => `Enforcement dossier as of ${asOf}`,
  intro: (cases, asOf) => `Computed from ${cases} case files as of ${asOf}. Amounts are exact. Fines in other currencies are converted to EUR at the ECB reference rate of the decision date. A period runs from the notification of its event when the case records it, otherwise from the event date; that assumption is listed with each deadline.`,
  summary: "Summary",
  totals: "Totals",
  combinedTimeline: "Combined timeline",
  chart: "Chart",
  chartTitle: (asOf) => `Enforcement timeline as of ${asOf}`,
  summaryHeader: ["Case", "Authority", "Status", "Fines imposed", "In EUR", "Enforceable now", "Paid", "Deadlines"],
  noRate: "no rate",
  deadlineCount: (n, status) => `${n} ${status}`,
  totalsHeader: ["Total", "In EUR", "Left out (no rate)"],
  totalsRows: {
    imposed: "Fines imposed",
    enforceable: "Fines enforceable now (after appeals)",
    payable: "Penalty payments payable (liquidated, or forfeited and collected)",
    notPayable: "Penalty payments accrued, not payable (at most; not owed)",
    collected: "Collected",
    owed: "Owed (enforceable + penalty payments payable \u2212 collected)"
  },
  caseFile: "Case file",
  authority: "Authority",
  respondent: "Respondent",
  act: "Act",
  lawLine: (law, jurisdiction, status) => `Law: ${law}; time rules of ${jurisdiction}; status ${status}`,
  subheading: {
    timeline: "timeline",
    measures: "measures",
    deadlines: "deadlines",
    money: "money",
    appeals: "appeals",
    notes: "notes and uncertainties",
    sources: "sources"
  },
  timelineHeader: ["Date", "Kind", "Ref", "Summary", "Notified", "Sources"],
  notifiedUnknown: "unknown",
  measuresHeader: ["Measure", "Kind", "Decision", "Summary", "Compliance or payment"],
  appealsHeader: ["Appeal", "Court", "Appellant", "Against", "Filed", "Outcome", "Effect"],
  appealEffect: (kind, amount) => `${kind}${amount === void 0 ? "" : ` to ${amount}`}`,
  combinedHeader: ["Date", "Authority", "Kind", "What"],
  lastDayKind: (status) => `last day (${status})`,
  deadlineHead: (label, id, kind, end, status) => `${label} (${id}, ${kind}): ${end === void 0 ? "not computable" : `last day ${end}`}; ${status}`,
  daysLeft: (n) => `${n} days left`,
  daysLate: (n) => `${n} days late`,
  start: (date, eventId, notified) => `Start: ${date} (${eventId}, ${notified ? "notified" : "event date; notification unknown"})`,
  periodLine: (period, jurisdiction, rawEnd) => `Period: ${period}, jurisdiction ${jurisdiction}; raw end ${rawEnd}`,
  skipped: (days) => `Skipped: ${days}`,
  skippedDay: (date, reason) => `${date} (${reason})`,
  ruleLine: (rule, closing) => `Rule: ${rule}; closes ${closing} local time`,
  working: "Working",
  fixedDate: "Fixed in the decision",
  fixedBefore: "the day before",
  basis: "Basis",
  metOn: (date) => `Met on: ${date}`,
  notComputable: "Not computable",
  assumption: "Assumption",
  penalty: (p) => `Penalty: ${p.rate}${p.payableBy === void 0 ? "" : `; ${p.payableBy}`}; days of non-compliance on record: ${p.days}; payable ${p.payable}; ${p.notPayable}`,
  liquidation: (l) => `Liquidation by event ${l.eventId}${l.decidedOn === void 0 ? "" : ` of ${l.decidedOn}`}: ${l.from} to ${l.to}, ${l.days} days (one end not counted), ${l.amount}${l.compared === void 0 ? "" : `; ${l.compared}`}`,
  decided: (date, tier) => `Decided: ${date}; tier Art. ${tier}`,
  inEur: "In EUR",
  notConverted: (reason) => `not converted, ${reason}`,
  noConversion: (eur) => `${eur}, no conversion`,
  conversion: (source, rate, rateDate, eur, exact) => `${source} \xF7 ${rate}${rateDate === void 0 ? "" : ` (ECB rate of ${rateDate})`} = ${eur}${exact ? "" : ", rounded half-even"}`,
  cap: "Cap",
  capNotChecked: (reason) => `not checked, ${reason}`,
  capText: (c) => `${c.cap} under ${c.citation}: the higher of the fixed ${c.fixed} and ${c.percent} of turnover (${c.turnover}); set by the ${c.basis} amount`,
  noTurnover: "no turnover recorded",
  turnover: (percent, year, turnover, based) => `${percent} of the ${year} turnover ${turnover} is ${based}`,
  fineIs: (status) => `the fine is ${status}`,
  proposed: (approximate, amount) => `Proposed: ${approximate ? "about " : ""}${amount}`,
  appeals: "Appeals",
  enforceableNow: "Enforceable now",
  enforceableNote: (note) => note,
  paid: "Paid",
  aboutCase: "case",
  aboutPayment: (id) => `${id} payment`,
  aboutCompliance: (id) => `${id} compliance`,
  aboutLiquidation: (id, event) => `${id} liquidation ${event}`,
  aboutSource: (id) => `source ${id}`,
  law: same(["GDPR", "UK-GDPR"]),
  caseStatus: same(["open", "under-appeal", "remitted", "final", "closed"]),
  eventKind: same(EVENT_KINDS),
  measureKind: same(["fine", "order", "ban", "reprimand", "warning"]),
  payment: same(["paid", "partly-paid", "unpaid", "unknown"]),
  compliance: same(["complied", "partly-complied", "not-complied", "unknown"]),
  deadlineStatus: same([
    "met",
    "open",
    "missed",
    "overdue",
    "expired",
    "not-started",
    "superseded",
    "suspended",
    "ambiguous",
    "unknown",
    "not-computable"
  ]),
  deadlineKind: same(["compliance", "payment", "legal-period"]),
  appealState: same(["none", "pending", "upheld", "annulled", "reduced", "remitted"]),
  appealOutcome: same(["pending", "dismissed", "allowed", "partly-allowed", "remitted", "withdrawn", "unknown"]),
  effectKind: same(["upheld", "annulled", "reduced", "remitted", "set-aside"])
};

// src/render/export/markdown-labels-fr.ts
var NBSP = "\xA0";
var NNBSP = "\u202F";
var C = `${NBSP}: `;
var S = `${NNBSP}; `;
var MONTHS_FR = ["janvier", "f\xE9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\xFBt", "septembre", "octobre", "novembre", "d\xE9cembre"];
var DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function frenchDate(iso) {
  const match = DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (month === void 0) return year ?? iso;
  const name = MONTHS_FR[Number(month) - 1];
  if (name === void 0) return iso;
  if (day === void 0) return `${name} ${year}`;
  const n = Number(day);
  return `${n === 1 ? "1er" : n} ${name} ${year}`;
}
var frenchOnDate = (iso) => /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `le ${frenchDate(iso)}` : DATE.test(iso) ? `en ${frenchDate(iso)}` : iso;
var fr = (n, forms) => `${formatCount(n, "fr")} ${n === 0 || n === 1 ? forms.one : forms.other}`;
var frOne = (n) => n === 0 || n === 1;
var FR_UNITS = {
  day: { one: "jour", other: "jours" },
  week: { one: "semaine", other: "semaines" },
  month: { one: "mois", other: "mois" },
  year: { one: "an", other: "ans" },
  "working-day": { one: "jour ouvrable", other: "jours ouvrables" }
};
var FR_DEADLINE_STATUS = {
  met: { one: "respect\xE9", other: "respect\xE9s" },
  open: { one: "en cours", other: "en cours" },
  missed: { one: "non respect\xE9", other: "non respect\xE9s" },
  expired: { one: "expir\xE9", other: "expir\xE9s" },
  overdue: { one: "\xE9chu, impay\xE9", other: "\xE9chus, impay\xE9s" },
  "not-started": { one: "non commenc\xE9", other: "non commenc\xE9s" },
  superseded: { one: "remplac\xE9", other: "remplac\xE9s" },
  suspended: { one: "suspendu", other: "suspendus" },
  ambiguous: { one: "incertain", other: "incertains" },
  unknown: { one: "inconnu", other: "inconnus" },
  "not-computable": { one: "non calculable", other: "non calculables" }
};
var FR_SKIP_REASONS = { Saturday: "samedi", Sunday: "dimanche" };
var FR_ENFORCEABLE_NOTES = {
  "annulled on appeal": "annul\xE9e en appel",
  "as reduced on appeal": "telle que r\xE9duite en appel",
  "suspended until the appeal is determined (DPA 2018 Sch 16)": "suspendue jusqu\u2019\xE0 ce qu\u2019il soit statu\xE9 sur le recours (DPA 2018 Sch 16)",
  "appeal pending; not suspensive by itself": "recours pendant, non suspensif par lui-m\xEAme",
  "not yet imposed on the as-of day": "pas encore prononc\xE9e \xE0 la date de r\xE9f\xE9rence"
};
var FR2 = {
  locale: "fr",
  date: frenchDate,
  onDate: frenchOnDate,
  count: (n) => formatCount(n, "fr"),
  money: (minor, currency) => formatMoney(minor, currency, "fr"),
  decimal: (text) => text.replace(".", ","),
  percent: (n) => `${String(n).replace(".", ",")}${NNBSP}%`,
  period: (p) => periodParts(p).map((part) => fr(part.count, FR_UNITS[part.unit])).join(" + "),
  time: (hhmm) => hhmm.replace(/^(\d{2}):(\d{2})$/, `$1${NBSP}h${NBSP}$2`),
  semicolon: S,
  colon: C,
  title: (asOf) => `Dossier de sanctions au ${asOf}`,
  intro: (cases, asOf) => `\xC9tabli au ${asOf} \xE0 partir de ${fr(cases, { one: "fichier de dossier", other: "fichiers de dossier" })}. Les montants sont exacts. Les amendes prononc\xE9es dans une autre devise sont converties en euros au taux de r\xE9f\xE9rence de la BCE du jour de la d\xE9cision. Un d\xE9lai court \xE0 compter de la notification de l\u2019acte qui le d\xE9clenche lorsque le dossier l\u2019indique, sinon \xE0 compter de la date de cet acte${S}cette hypoth\xE8se est signal\xE9e pour chaque d\xE9lai.`,
  summary: "Synth\xE8se",
  totals: "Totaux",
  combinedTimeline: "Chronologie d\u2019ensemble",
  chart: "Graphique",
  chartTitle: (asOf) => `Chronologie des sanctions au ${asOf}`,
  summaryHeader: ["Dossier", "Autorit\xE9", "Statut", "Amendes prononc\xE9es", "En euros", "Exigible", "Pay\xE9", "D\xE9lais"],
  noRate: "pas de taux",
  deadlineCount: (n, status) => `${formatCount(n, "fr")} ${frOne(n) ? FR_DEADLINE_STATUS[status].one : FR_DEADLINE_STATUS[status].other}`,
  totalsHeader: ["Total", "En euros", "Exclu (pas de taux)"],
  totalsRows: {
    imposed: "Amendes prononc\xE9es",
    enforceable: "Amendes exigibles (apr\xE8s recours)",
    payable: "Astreintes exigibles (liquid\xE9es, ou encourues et recouvr\xE9es)",
    notPayable: "Astreintes courues, non exigibles (au plus ; non dues)",
    collected: "Recouvr\xE9",
    owed: "D\xFB (exigible + astreintes exigibles \u2212 recouvr\xE9)"
  },
  caseFile: "Fichier du dossier",
  authority: "Autorit\xE9",
  respondent: "Mis en cause",
  act: "Texte",
  lawLine: (law, jurisdiction, status) => `Droit${C}${law}${S}computation des d\xE9lais${C}${jurisdiction}${S}statut${C}${status}`,
  subheading: {
    timeline: "chronologie",
    measures: "mesures",
    deadlines: "d\xE9lais",
    money: "montants",
    appeals: "recours",
    notes: "notes et incertitudes",
    sources: "sources"
  },
  timelineHeader: ["Date", "Nature", "R\xE9f.", "R\xE9sum\xE9", "Notification", "Sources"],
  notifiedUnknown: "inconnue",
  measuresHeader: ["Mesure", "Nature", "D\xE9cision", "R\xE9sum\xE9", "Ex\xE9cution ou paiement"],
  appealsHeader: ["Recours", "Juridiction", "Requ\xE9rant", "Contre", "Form\xE9 le", "Issue", "Effet"],
  appealEffect: (kind, amount) => `${kind}${amount === void 0 ? "" : ` \xE0 ${amount}`}`,
  combinedHeader: ["Date", "Autorit\xE9", "Nature", "Objet"],
  lastDayKind: (status) => `fin de d\xE9lai (${status})`,
  deadlineHead: (label, id, kind, end, status) => `${label} (${id}, ${kind})${C}${end === void 0 ? "non calculable" : `\xE9ch\xE9ance ${end}`}${S}${status}`,
  daysLeft: (n) => fr(n, { one: "jour restant", other: "jours restants" }),
  daysLate: (n) => fr(n, { one: "jour de retard", other: "jours de retard" }),
  start: (date, eventId, notified) => `Point de d\xE9part${C}${date} (${eventId}, ${notified ? "date de notification" : `date de l\u2019acte${S}notification inconnue`})`,
  periodLine: (period, jurisdiction, rawEnd) => `D\xE9lai${C}${period}, comput\xE9 selon les r\xE8gles ${jurisdiction}${S}\xE9ch\xE9ance avant report${C}${rawEnd}`,
  skipped: (days) => `Jours non ouvr\xE9s${C}${days}`,
  skippedDay: (date, reason) => `${date} (${FR_SKIP_REASONS[reason] ?? reason})`,
  ruleLine: (rule, closing) => `R\xE8gle${C}${rule}${S}expire \xE0 ${closing}, heure locale`,
  working: "Calcul",
  fixedDate: "Fix\xE9 par la d\xE9cision",
  fixedBefore: "la veille du",
  basis: "Fondement",
  metOn: (date) => `Respect\xE9 ${date}`,
  notComputable: "Non calculable",
  assumption: "Hypoth\xE8se",
  penalty: (p) => `Astreinte${C}${p.rate}${p.payableBy === void 0 ? "" : `${S}${p.payableBy}`}${S}jours d\u2019inex\xE9cution document\xE9s${C}${p.days}${S}exigible ${p.payable}${S}${p.notPayable}`,
  liquidation: (l) => `Liquidation d\xE9cid\xE9e par l\u2019\xE9v\xE9nement ${l.eventId}${l.decidedOn === void 0 ? "" : ` le ${l.decidedOn}`}${C}du ${l.from} au ${l.to}, ${fr(l.days, { one: "jour", other: "jours" })} (une borne non compt\xE9e), ${l.amount}${l.compared === void 0 ? "" : `${S}${l.compared}`}`,
  decided: (date, tier) => `D\xE9cision${C}${date}${S}maximum de l\u2019art.${NBSP}${tier}`,
  inEur: "En euros",
  notConverted: (reason) => `non converti, ${reason}`,
  noConversion: (eur) => `${eur}, sans conversion`,
  conversion: (source, rate, rateDate, eur, exact) => `${source} \xF7 ${rate}${rateDate === void 0 ? "" : ` (taux BCE du ${rateDate})`} = ${eur}${exact ? "" : ", arrondi au pair le plus proche"}`,
  cap: "Plafond",
  capNotChecked: (reason) => `non v\xE9rifi\xE9, ${reason}`,
  capText: (c) => `${c.cap} au titre de ${c.citation}, soit le montant fixe de ${c.fixed} ou, s\u2019il est plus \xE9lev\xE9, ${c.percent} du chiffre d\u2019affaires (${c.turnover})${S}${c.basis === "fixed" ? "c\u2019est le montant fixe qui s\u2019applique" : "c\u2019est le chiffre d\u2019affaires qui d\xE9termine le plafond"}`,
  noTurnover: "aucun chiffre d\u2019affaires enregistr\xE9",
  turnover: (percent, year, turnover, based) => `${percent} du chiffre d\u2019affaires ${year} (${turnover}), soit ${based}`,
  fineIs: (status) => ({
    within: "l\u2019amende est inf\xE9rieure au plafond",
    "at-fixed-maximum": "l\u2019amende est \xE9gale au montant fixe",
    "at-maximum": "l\u2019amende est \xE9gale au plafond",
    over: "l\u2019amende D\xC9PASSE le plafond",
    "needs-turnover": "l\u2019amende d\xE9passe le montant fixe"
  })[status],
  proposed: (approximate, amount) => `Propos\xE9e${C}${approximate ? "environ " : ""}${amount}`,
  appeals: "Recours",
  enforceableNow: "Exigible",
  enforceableNote: (note) => FR_ENFORCEABLE_NOTES[note] ?? note,
  paid: "Pay\xE9",
  aboutCase: "dossier",
  aboutPayment: (id) => `${id}, paiement`,
  aboutCompliance: (id) => `${id}, ex\xE9cution`,
  aboutLiquidation: (id, event) => `${id}, liquidation ${event}`,
  aboutSource: (id) => `source ${id}`,
  law: { GDPR: "RGPD", "UK-GDPR": "UK GDPR" },
  caseStatus: { open: "en cours", "under-appeal": "en appel", remitted: "renvoy\xE9", final: "d\xE9finitif", closed: "clos" },
  // The same words as the terminal reports: one French catalogue for the kinds of event.
  eventKind: FR.eventKind,
  measureKind: { fine: "amende", order: "injonction", ban: "interdiction", reprimand: "rappel \xE0 l\u2019ordre", warning: "avertissement" },
  // Agrees with "amende" (feminine).
  payment: { paid: "pay\xE9e", "partly-paid": "pay\xE9e en partie", unpaid: "impay\xE9e", unknown: "paiement inconnu" },
  // Agrees with "injonction" and "interdiction" (feminine).
  compliance: {
    complied: "ex\xE9cut\xE9e",
    "partly-complied": "ex\xE9cut\xE9e en partie",
    "not-complied": "non ex\xE9cut\xE9e",
    unknown: "ex\xE9cution inconnue"
  },
  deadlineStatus: {
    met: FR_DEADLINE_STATUS.met.one,
    open: FR_DEADLINE_STATUS.open.one,
    missed: FR_DEADLINE_STATUS.missed.one,
    expired: FR_DEADLINE_STATUS.expired.one,
    overdue: FR_DEADLINE_STATUS.overdue.one,
    "not-started": FR_DEADLINE_STATUS["not-started"].one,
    superseded: FR_DEADLINE_STATUS.superseded.one,
    suspended: FR_DEADLINE_STATUS.suspended.one,
    ambiguous: FR_DEADLINE_STATUS.ambiguous.one,
    unknown: FR_DEADLINE_STATUS.unknown.one,
    "not-computable": FR_DEADLINE_STATUS["not-computable"].one
  },
  deadlineKind: { compliance: "ex\xE9cution", payment: "paiement", "legal-period": "d\xE9lai l\xE9gal" },
  appealState: {
    none: "aucun",
    pending: "pendant",
    upheld: "amende confirm\xE9e",
    annulled: "amende annul\xE9e",
    reduced: "amende r\xE9duite",
    remitted: "affaire renvoy\xE9e"
  },
  appealOutcome: FR.appealOutcome,
  effectKind: {
    upheld: "confirmation",
    annulled: "annulation",
    reduced: "r\xE9duction",
    remitted: "annulation et renvoi",
    "set-aside": "annulation du jugement"
  }
};

// src/render/export/markdown-labels.ts
function amountText(minor, currency) {
  const [whole = "", fraction] = formatMinor(minor, currency).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${currency} ${fraction === void 0 ? grouped : `${grouped}.${fraction}`}`;
}
function markdownLabels(locale = "en") {
  return locale === "fr" ? FR2 : EN;
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
      if (d.end !== void 0) items.push({ date: d.end, caseView: v, kind: L.lastDayKind(L.deadlineStatus[d.status]), text: d.label });
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
  amountText,
  markdownLabels,
  table,
  capSentence,
  notifiedText,
  caseNotes,
  sourceLine,
  combinedTimeline,
  mermaidText,
  mermaidChart
};
