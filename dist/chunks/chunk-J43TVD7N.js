import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  currencyMinorUnits,
  formatMinor
} from "./chunk-VPFUFNNR.js";
import {
  weekday
} from "./chunk-GZFHJSUE.js";

// src/render/labels-en-case-values.ts
var EN_CASE_VALUES = {
  appealState: {
    none: "no appeal known",
    pending: "under appeal",
    upheld: "upheld on appeal",
    annulled: "annulled on appeal",
    reduced: "reduced on appeal",
    remitted: "annulled and remitted"
  },
  appealOutcome: {
    pending: "pending",
    dismissed: "dismissed",
    allowed: "allowed",
    "partly-allowed": "partly allowed",
    remitted: "remitted",
    withdrawn: "withdrawn",
    unknown: "outcome unknown"
  },
  appealEffect: {
    upheld: "upheld",
    annulled: "annulled",
    reduced: "reduced to",
    remitted: "annulled and remitted",
    "set-aside": "set aside"
  },
  caseStatus: { open: "open", "under-appeal": "under appeal", remitted: "remitted", final: "final", closed: "closed" },
  eventKind: {
    complaint: "complaint",
    investigation: "investigation",
    "formal-notice": "formal notice",
    "notice-of-intent": "notice of intent",
    hearing: "hearing",
    "draft-decision": "draft decision (Art. 60)",
    objection: "relevant and reasoned objection",
    referral: "referral to the EDPB (Art. 65)",
    "binding-decision": "binding decision",
    decision: "decision",
    notification: "notification",
    publication: "publication",
    "appeal-filed": "appeal filed",
    judgment: "judgment",
    liquidation: "liquidation",
    collection: "collection decision",
    payment: "payment",
    compliance: "compliance",
    other: "other"
  },
  orderKind: {
    "stop-processing": "stop processing",
    "delete-data": "delete data",
    "answer-access-requests": "answer access requests",
    "appoint-representative": "appoint a representative",
    "report-compliance": "report compliance",
    "inform-data-subjects": "inform data subjects",
    "bring-into-compliance": "bring into compliance",
    other: "other"
  }
};

// src/render/labels-en.ts
var EN = {
  asOf: "as of",
  dossierTitle: "Enforcement dossier",
  yes: "yes",
  no: "no",
  overdue: "overdue",
  next: "next",
  colon: ": ",
  head: {
    authority: "Authority",
    respondent: "Respondent",
    decision: "Decision",
    fine: "Fine",
    fineEur: "Fine (EUR)",
    orders: "Orders",
    compliance: "Compliance",
    appeal: "Appeal",
    deadline: "Next / overdue deadline",
    penaltyAccrued: "Penalty payment",
    date: "Date",
    kind: "Kind",
    ref: "Ref.",
    summary: "Summary",
    case: "Case",
    status: "Status",
    id: "Id",
    measure: "Measure",
    court: "Court",
    appellant: "Appellant",
    against: "Against",
    filed: "Filed",
    outcome: "Outcome",
    imposed: "Imposed",
    eur: "EUR (ECB rate)",
    cap: "Cap",
    enforceable: "Enforceable",
    paid: "Paid",
    group: "Group",
    count: "Fines",
    lanes: "Cases",
    obligation: "Deadline"
  },
  totals: {
    title: "Totals in EUR",
    imposed: "Imposed",
    enforceable: "Enforceable now",
    ifNotified: "  of which: if notified",
    payable: "Penalties payable",
    notPayable: "Penalties accrued, not payable",
    collected: "Collected",
    owed: "Owed (enforceable + payable \u2212 collected)",
    unconverted: "left out (no rate)",
    by: "Totals by",
    all: "All"
  },
  section: {
    timeline: "Timeline",
    measures: "Measures",
    deadlines: "Deadlines",
    fines: "Fines",
    appeals: "Appeals",
    sources: "Sources",
    notes: "Notes and uncertainties",
    penalties: "Penalty payments",
    assumptions: "Assumptions",
    working: "Working",
    skipped: "Days skipped",
    findings: "Findings",
    suspensions: "Suspensions"
  },
  field: {
    authority: "Authority",
    jurisdiction: "Jurisdiction",
    law: "Law",
    status: "Status",
    acts: "Acts",
    respondent: "Respondent",
    basis: "Basis",
    from: "Runs from",
    fromEventDate: "event date, notification unknown",
    fromNotification: "notification",
    fixedDate: "fixed in the decision",
    fixedBefore: "fixed in the decision: the day before",
    rule: "Rule",
    lastDay: "Last day",
    closingTime: "closes at",
    localTime: "local time",
    notExtended: "not extended",
    dailyRate: "Daily rate",
    firstDay: "first day late",
    daysLate: "Days late",
    accruedAsOf: "Accrued as of",
    nothingAccrued: "nothing has accrued",
    capped: "stopped by the cap",
    penaltyCap: "Cap",
    liquidation: "Liquidated",
    matchesRate: "matches",
    differsFromRate: "does NOT match",
    accruedInPeriod: "accrued in that period",
    notLiquidated: "Accrued, not liquidated",
    imposed: "Imposed",
    proposed: "Proposed",
    approximately: "about",
    rate: "at",
    noRate: "no EUR amount",
    cap: "Cap",
    enforceable: "Enforceable",
    paid: "Paid",
    appeal: "Appeal",
    published: "published",
    about: "about",
    none: "none",
    noDeadline: "no deadline recorded",
    noEvents: "No events in the range.",
    problem: "cannot be computed",
    metOn: "met on",
    since: "since",
    notYetImposed: "not yet imposed on the as-of day",
    decidedAfterAsOf: "after the as-of day, so not yet counted as liquidated",
    decidedOn: "decided on",
    groupBy: { authority: "authority", country: "country", year: "year", respondent: "respondent" },
    notification: "Notification",
    notifiedOn: "notified on",
    notNotifiedAsOf: "not notified as of",
    notificationUnknown: "date not on record",
    final: "final since",
    lastChecked: "Sources last checked",
    neverChecked: "no check date recorded",
    penaltyAmount: "Amount",
    per: { day: "per day", breach: "per breach", "lump-sum": "lump sum", unknown: "breakdown unknown", period: "per" },
    maximum: "maximum",
    payableBy: { liquidation: "payable once liquidated", forfeiture: "forfeited by law, payable once a collection decision is taken" },
    payableNow: "Payable",
    notPayableLiquidation: "Accrued, not liquidated: at most this could still be liquidated, at the authority\u2019s discretion",
    notPayableForfeiture: "Forfeited by law, not yet collected",
    accrualUnknown: "accrual cannot be computed",
    exposure: "maximum exposure",
    equalsRate: "equal to days \xD7 rate",
    belowRate: "below days \xD7 rate (the authority may liquidate less)",
    aboveRate: "ABOVE days \xD7 rate",
    oneEndExcluded: "one end not counted",
    collected: "Collected by decision",
    alternative: "Other reading",
    alternativeReading: {
      "not-extended": "if the last day is not moved past non-working days",
      "start-day-not-counted": "if the day of service is not counted (Interpretation Act 2005 s.18(h), an open point)"
    },
    supersededBy: "superseded by",
    suspendedDays: "days suspended",
    appealSetAside: "set aside by",
    appealReheard: "sent back: heard again after",
    remittedTo: "sent back to",
    respondents: "Respondents",
    lead: "lead supervisory authority",
    concerned: "Concerned authorities",
    instructedBy: "instructed by",
    scope: "Scope",
    until: "until",
    ongoing: "ongoing",
    filing: { filed: "filed", announced: "announced", unknown: "filing unknown" },
    power: "Art. 58(2)"
  },
  cap: {
    atFixedMaximum: "at the fixed maximum",
    atMaximum: "at the maximum",
    within: "within the cap",
    over: "OVER the cap by",
    unknown: "cap unknown",
    needsTurnover: "above the fixed maximum: lawful only if turnover \u2265"
  },
  deadlineStatus: {
    met: "met",
    open: "open",
    missed: "missed",
    expired: "expired",
    overdue: "overdue",
    "not-started": "not started",
    superseded: "superseded",
    suspended: "suspended",
    ambiguous: "ambiguous",
    unknown: "unknown",
    "not-computable": "not computable"
  },
  deadlineKind: { compliance: "compliance", payment: "payment", "legal-period": "legal period" },
  payment: { paid: "paid", "partly-paid": "partly paid", unpaid: "unpaid", unknown: "payment unknown" },
  compliance: { complied: "complied", "partly-complied": "partly complied", "not-complied": "not complied", unknown: "unknown" },
  complianceCount: {
    complied: { one: "complied", other: "complied" },
    "partly-complied": { one: "partly complied", other: "partly complied" },
    "not-complied": { one: "not complied", other: "not complied" },
    unknown: { one: "unknown", other: "unknown" }
  },
  ...EN_CASE_VALUES,
  measureKind: { fine: "fine", order: "order", ban: "ban", reprimand: "reprimand", warning: "warning" },
  days: { one: "day", other: "days" },
  daysLeft: { one: "day left", other: "days left" },
  daysLate: { one: "day late", other: "days late" },
  orders: { one: "order", other: "orders" },
  fines: { one: "fine", other: "fines" },
  periodUnit: {
    day: { one: "day", other: "days" },
    week: { one: "week", other: "weeks" },
    month: { one: "month", other: "months" },
    year: { one: "year", other: "years" },
    "working-day": { one: "working day", other: "working days" }
  },
  movedFrom: "moved from",
  enforceability: {
    enforceable: "enforceable",
    "enforceable-if-notified": "enforceable if notified",
    "not-notified": "not notified",
    annulled: "annulled",
    remitted: "annulled, remitted",
    suspended: "suspended",
    "suspended-by-appeal": "suspended: appeal"
  },
  findingKind: {
    infringement: "infringement found",
    "unlawful-processing": "processing unlawful",
    "no-infringement": "no infringement",
    "request-refused": "request refused",
    other: "finding"
  },
  suspendedBy: { court: "court", authority: "authority", state: "State", law: "law" },
  suspensionScope: { payment: "payment", compliance: "compliance", accrual: "penalty accrual" },
  explain: {
    notStarted: "the period runs from notification, which had not happened as of",
    superseded: "no longer runs: replaced by",
    ambiguous: "complied within",
    overdue: "the sum is due and unpaid",
    expired: "the period has run out",
    unknownCompliance: "past the deadline, compliance not on record",
    unknownPayment: "past the deadline, payment not on record",
    lateUntil: "counted to the last day non-compliance is on record,",
    compliedUndated: "complied, on a date not on record"
  }
};

// src/render/labels-fr.ts
var FR = {
  // French puts a (non-breaking) space before a colon.
  asOf: "au",
  dossierTitle: "Dossier de sanctions",
  yes: "oui",
  no: "non",
  overdue: "en retard",
  next: "prochaine",
  colon: "\xA0: ",
  head: {
    authority: "Autorit\xE9",
    respondent: "Mis en cause",
    decision: "D\xE9cision",
    fine: "Amende",
    fineEur: "Amende (EUR)",
    orders: "Injonctions",
    compliance: "Ex\xE9cution",
    appeal: "Recours",
    deadline: "\xC9ch\xE9ance prochaine / d\xE9pass\xE9e",
    penaltyAccrued: "Astreinte",
    date: "Date",
    kind: "Nature",
    ref: "R\xE9f.",
    summary: "R\xE9sum\xE9",
    case: "Dossier",
    status: "Statut",
    id: "Id",
    measure: "Mesure",
    court: "Juridiction",
    appellant: "Requ\xE9rant",
    against: "Contre",
    filed: "Form\xE9 le",
    outcome: "Issue",
    imposed: "Prononc\xE9e",
    eur: "EUR (taux BCE)",
    cap: "Plafond",
    enforceable: "Exigible",
    paid: "Pay\xE9",
    group: "Groupe",
    count: "Amendes",
    lanes: "Dossiers",
    obligation: "D\xE9lai"
  },
  totals: {
    title: "Totaux en EUR",
    imposed: "Prononc\xE9",
    enforceable: "Exigible",
    ifNotified: "  dont : si notifi\xE9e",
    payable: "Astreintes exigibles",
    notPayable: "Astreintes non exigibles",
    collected: "Recouvr\xE9",
    owed: "D\xFB (exigible + astreintes \u2212 recouvr\xE9)",
    unconverted: "exclus (pas de taux)",
    by: "Totaux par",
    all: "Ensemble"
  },
  section: {
    timeline: "Chronologie",
    measures: "Mesures",
    deadlines: "D\xE9lais",
    fines: "Amendes",
    appeals: "Recours",
    sources: "Sources",
    notes: "Notes et incertitudes",
    penalties: "Astreintes",
    assumptions: "Hypoth\xE8ses",
    working: "Calcul",
    skipped: "Jours saut\xE9s",
    findings: "Constats",
    suspensions: "Suspensions"
  },
  field: {
    authority: "Autorit\xE9",
    jurisdiction: "Juridiction",
    law: "Droit",
    status: "Statut",
    acts: "Textes",
    respondent: "Mis en cause",
    basis: "Fondement",
    from: "Court \xE0 partir de",
    fromEventDate: "date de l\u2019acte, notification inconnue",
    fromNotification: "notification",
    fixedDate: "fix\xE9e par la d\xE9cision",
    fixedBefore: "fix\xE9e par la d\xE9cision : la veille du",
    rule: "R\xE8gle",
    lastDay: "Dernier jour",
    closingTime: "cl\xF4ture \xE0",
    localTime: "heure locale",
    notExtended: "non prorog\xE9",
    dailyRate: "Montant journalier",
    firstDay: "premier jour de retard",
    daysLate: "Jours de retard",
    accruedAsOf: "Couru au",
    nothingAccrued: "rien n\u2019a couru",
    capped: "arr\xEAt\xE9e par le plafond",
    penaltyCap: "Plafond",
    liquidation: "Liquid\xE9",
    matchesRate: "conforme",
    differsFromRate: "NON conforme",
    accruedInPeriod: "couru sur la p\xE9riode",
    notLiquidated: "Couru, non liquid\xE9",
    imposed: "Prononc\xE9e",
    proposed: "Propos\xE9e",
    approximately: "environ",
    rate: "au taux de",
    noRate: "pas de montant en EUR",
    cap: "Plafond",
    enforceable: "Exigible",
    paid: "Pay\xE9",
    appeal: "Recours",
    published: "publi\xE9",
    about: "sur",
    none: "aucun",
    noDeadline: "aucun d\xE9lai enregistr\xE9",
    noEvents: "Aucun \xE9v\xE9nement sur la p\xE9riode.",
    problem: "non calculable",
    metOn: "respect\xE9 le",
    since: "depuis",
    notYetImposed: "pas encore prononc\xE9e \xE0 la date de r\xE9f\xE9rence",
    decidedAfterAsOf: "apr\xE8s la date de r\xE9f\xE9rence, donc pas encore compt\xE9e comme liquid\xE9e",
    decidedOn: "d\xE9cid\xE9e le",
    groupBy: { authority: "autorit\xE9", country: "pays", year: "ann\xE9e", respondent: "mis en cause" },
    notification: "Notification",
    notifiedOn: "notifi\xE9e le",
    notNotifiedAsOf: "non notifi\xE9e au",
    notificationUnknown: "date inconnue",
    final: "d\xE9finitive depuis le",
    lastChecked: "Sources v\xE9rifi\xE9es le",
    neverChecked: "aucune date de v\xE9rification",
    penaltyAmount: "Montant",
    per: { day: "par jour", breach: "par manquement", "lump-sum": "forfaitaire", unknown: "ventilation inconnue", period: "par" },
    maximum: "maximum",
    payableBy: {
      liquidation: "exigible une fois liquid\xE9e",
      forfeiture: "encourue de plein droit, exigible apr\xE8s d\xE9cision de recouvrement"
    },
    payableNow: "Exigible",
    notPayableLiquidation: "Courue, non liquid\xE9e : montant maximal pouvant encore \xEAtre liquid\xE9, \xE0 l\u2019appr\xE9ciation de l\u2019autorit\xE9",
    notPayableForfeiture: "Encourue de plein droit, non recouvr\xE9e",
    accrualUnknown: "montant couru non calculable",
    exposure: "exposition maximale",
    equalsRate: "\xE9gal \xE0 jours \xD7 taux",
    belowRate: "inf\xE9rieur \xE0 jours \xD7 taux (l\u2019autorit\xE9 peut liquider moins)",
    aboveRate: "SUP\xC9RIEUR \xE0 jours \xD7 taux",
    oneEndExcluded: "une borne non compt\xE9e",
    collected: "Recouvr\xE9 par d\xE9cision",
    alternative: "Autre lecture",
    alternativeReading: {
      "not-extended": "si le dernier jour n\u2019est pas report\xE9 au-del\xE0 des jours non ouvrables",
      "start-day-not-counted": "si le jour de la signification n\u2019est pas compt\xE9 (Interpretation Act 2005 s.18(h), point non tranch\xE9)"
    },
    supersededBy: "remplac\xE9e par",
    suspendedDays: "jours de suspension",
    appealSetAside: "annul\xE9 par",
    appealReheard: "renvoy\xE9 : rejug\xE9 apr\xE8s",
    remittedTo: "renvoi devant",
    respondents: "Mis en cause",
    lead: "autorit\xE9 chef de file",
    concerned: "Autorit\xE9s concern\xE9es",
    instructedBy: "sur instruction de",
    scope: "Port\xE9e",
    until: "jusqu\u2019au",
    ongoing: "en cours",
    filing: { filed: "form\xE9", announced: "annonc\xE9", unknown: "formation inconnue" },
    power: "Art. 58(2)"
  },
  cap: {
    atFixedMaximum: "au maximum fixe",
    atMaximum: "au maximum",
    within: "sous le plafond",
    over: "AU-DEL\xC0 du plafond de",
    unknown: "plafond inconnu",
    needsTurnover: "au-del\xE0 du maximum fixe : licite seulement si le chiffre d\u2019affaires \u2265"
  },
  deadlineStatus: {
    met: "respect\xE9",
    open: "en cours",
    missed: "manqu\xE9",
    expired: "expir\xE9",
    overdue: "\xE9chu, impay\xE9",
    "not-started": "non commenc\xE9",
    superseded: "remplac\xE9",
    suspended: "suspendu",
    ambiguous: "incertain",
    unknown: "inconnu",
    "not-computable": "non calculable"
  },
  deadlineKind: { compliance: "ex\xE9cution", payment: "paiement", "legal-period": "d\xE9lai l\xE9gal" },
  payment: { paid: "pay\xE9", "partly-paid": "pay\xE9 en partie", unpaid: "impay\xE9", unknown: "paiement inconnu" },
  compliance: { complied: "ex\xE9cut\xE9", "partly-complied": "ex\xE9cut\xE9 en partie", "not-complied": "non ex\xE9cut\xE9", unknown: "inconnu" },
  // Counted measures: "2 non exécutées" agrees with "mesure" (feminine).
  complianceCount: {
    complied: { one: "ex\xE9cut\xE9e", other: "ex\xE9cut\xE9es" },
    "partly-complied": { one: "ex\xE9cut\xE9e en partie", other: "ex\xE9cut\xE9es en partie" },
    "not-complied": { one: "non ex\xE9cut\xE9e", other: "non ex\xE9cut\xE9es" },
    unknown: { one: "ex\xE9cution inconnue", other: "ex\xE9cution inconnue" }
  },
  appealState: {
    none: "aucun recours connu",
    pending: "en appel",
    upheld: "confirm\xE9e en appel",
    annulled: "annul\xE9e en appel",
    reduced: "r\xE9duite en appel",
    remitted: "annul\xE9e et renvoy\xE9e"
  },
  appealOutcome: {
    pending: "pendant",
    dismissed: "rejet\xE9",
    allowed: "accueilli",
    "partly-allowed": "accueilli en partie",
    remitted: "renvoi",
    withdrawn: "d\xE9sistement",
    unknown: "issue inconnue"
  },
  appealEffect: {
    upheld: "confirmation",
    annulled: "annulation",
    reduced: "r\xE9duite \xE0",
    remitted: "annulation et renvoi",
    "set-aside": "annulation du jugement"
  },
  caseStatus: { open: "en cours", "under-appeal": "en appel", remitted: "renvoy\xE9", final: "d\xE9finitif", closed: "clos" },
  eventKind: {
    complaint: "plainte",
    investigation: "enqu\xEAte",
    "formal-notice": "mise en demeure",
    "notice-of-intent": "avis d\u2019intention",
    hearing: "audience",
    "draft-decision": "projet de d\xE9cision (art. 60)",
    objection: "objection pertinente et motiv\xE9e",
    referral: "saisine du CEPD (art. 65)",
    "binding-decision": "d\xE9cision contraignante",
    decision: "d\xE9cision",
    notification: "notification",
    publication: "publication",
    "appeal-filed": "recours form\xE9",
    judgment: "jugement",
    liquidation: "liquidation",
    collection: "d\xE9cision de recouvrement",
    payment: "paiement",
    compliance: "mise en conformit\xE9",
    other: "autre"
  },
  orderKind: {
    "stop-processing": "cesser le traitement",
    "delete-data": "effacer les donn\xE9es",
    "answer-access-requests": "r\xE9pondre aux demandes d\u2019acc\xE8s",
    "appoint-representative": "d\xE9signer un repr\xE9sentant",
    "report-compliance": "justifier de la conformit\xE9",
    "inform-data-subjects": "informer les personnes",
    "bring-into-compliance": "mettre en conformit\xE9",
    other: "autre"
  },
  measureKind: { fine: "amende", order: "injonction", ban: "interdiction", reprimand: "rappel \xE0 l\u2019ordre", warning: "avertissement" },
  days: { one: "jour", other: "jours" },
  daysLeft: { one: "jour restant", other: "jours restants" },
  daysLate: { one: "jour de retard", other: "jours de retard" },
  orders: { one: "injonction", other: "injonctions" },
  fines: { one: "amende", other: "amendes" },
  periodUnit: {
    day: { one: "jour", other: "jours" },
    week: { one: "semaine", other: "semaines" },
    month: { one: "mois", other: "mois" },
    year: { one: "an", other: "ans" },
    "working-day": { one: "jour ouvrable", other: "jours ouvrables" }
  },
  movedFrom: "report\xE9 du",
  enforceability: {
    enforceable: "exigible",
    "enforceable-if-notified": "exigible si notifi\xE9e",
    "not-notified": "non notifi\xE9e",
    annulled: "annul\xE9e",
    remitted: "annul\xE9e, renvoy\xE9e",
    suspended: "suspendue",
    "suspended-by-appeal": "suspendue : recours"
  },
  findingKind: {
    infringement: "manquement constat\xE9",
    "unlawful-processing": "traitement illicite",
    "no-infringement": "pas de manquement",
    "request-refused": "demande rejet\xE9e",
    other: "constat"
  },
  suspendedBy: { court: "juridiction", authority: "autorit\xE9", state: "\xC9tat", law: "loi" },
  suspensionScope: { payment: "paiement", compliance: "ex\xE9cution", accrual: "cours de l\u2019astreinte" },
  explain: {
    notStarted: "le d\xE9lai court de la notification, non intervenue au",
    superseded: "ne court plus : remplac\xE9 par",
    ambiguous: "ex\xE9cut\xE9 au cours de",
    overdue: "la somme est due et impay\xE9e",
    expired: "le d\xE9lai est \xE9coul\xE9",
    unknownCompliance: "d\xE9lai d\xE9pass\xE9, ex\xE9cution non document\xE9e",
    unknownPayment: "d\xE9lai d\xE9pass\xE9, paiement non document\xE9",
    lateUntil: "compt\xE9 jusqu\u2019au dernier jour d\u2019inex\xE9cution document\xE9,",
    compliedUndated: "ex\xE9cut\xE9, \xE0 une date non document\xE9e"
  }
};

// src/render/locale.ts
var TAG = { en: "en-GB", fr: "fr-FR" };
function formatMoney(minor, currency, locale) {
  const digits = currencyMinorUnits(currency);
  if (digits === void 0) return `${formatMinor(minor, "EUR")} ${currency}`;
  const format = new Intl.NumberFormat(TAG[locale], {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  });
  return format.format(formatMinor(minor, currency));
}
function formatCount(n, locale) {
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 0 }).format(n);
}
var MONTHS = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  fr: ["janv.", "f\xE9vr.", "mars", "avr.", "mai", "juin", "juil.", "ao\xFBt", "sept.", "oct.", "nov.", "d\xE9c."]
};
var WEEKDAYS = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
};
function formatDate(iso, locale) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month === void 0 ? void 0 : MONTHS[locale][Number(month) - 1];
  if (monthName === void 0) return month === void 0 ? year ?? iso : iso;
  return day === void 0 ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
function formatDateWithWeekday(iso, locale) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, locale);
  return `${WEEKDAYS[locale][weekday(iso)]} ${formatDate(iso, locale)}`;
}
function plural(n, forms, locale) {
  const category = new Intl.PluralRules(TAG[locale]).select(n);
  return `${formatCount(n, locale)} ${category === "one" ? forms.one : forms.other}`;
}
function labels(locale) {
  return locale === "fr" ? FR : EN;
}

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// src/render/text-width.ts
var graphemes = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function displayWidth(text) {
  return /^[\x20-\x7E]*$/.test(text) ? text.length : stringWidth(text);
}
function wrapText(text, width) {
  const limit = Math.max(1, width);
  const lines = [];
  for (const paragraph2 of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph2.split(" ")) {
      const wordWidth = displayWidth(word);
      if (lineWidth > 0 && lineWidth + 1 + wordWidth <= limit) {
        line += ` ${word}`;
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (lineWidth > 0) lines.push(line);
      line = "";
      lineWidth = 0;
      if (wordWidth <= limit) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      for (const { segment } of graphemes.segment(word)) {
        const w = displayWidth(segment);
        if (lineWidth + w > limit && lineWidth > 0) {
          lines.push(line);
          line = "";
          lineWidth = 0;
        }
        line += segment;
        lineWidth += w;
      }
    }
    lines.push(line);
  }
  return lines;
}
function truncateToWidth(text, width) {
  if (displayWidth(text) <= width) return text;
  let kept = "";
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    kept += segment;
    used += w;
  }
  return `${kept}\u2026`;
}

// src/render/table.ts
function tones(chalk) {
  return { bad: (s) => chalk.red(s), good: (s) => chalk.green(s), caution: (s) => chalk.yellow(s) };
}
var DEFAULT_MIN = 8;
var PADDING = 2;
function paragraph(text, width, options = {}) {
  const prefix = options.prefix ?? "";
  const indent = " ".repeat(options.indent ?? displayWidth(prefix));
  const tone = options.tone ?? ((s) => s);
  const paint = (line) => line === "" ? "" : tone(line);
  const [first = ""] = wrapText(text, Math.max(10, width - displayWidth(prefix)));
  const rest = text.slice(first.length).replace(/^ /, "");
  const others = rest === "" ? [] : wrapText(rest, Math.max(10, width - indent.length));
  return [`${prefix}${paint(first)}`, ...others.map((line) => `${indent}${paint(line)}`)];
}
function fitColumnWidths(natural, minimum, available) {
  const wants = natural.map((n) => Math.max(1, n));
  if (wants.reduce((a, b) => a + b, 0) <= available) return wants;
  const widths = wants.map((n, i) => Math.min(n, Math.max(1, minimum[i] ?? DEFAULT_MIN)));
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  while (excess > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 1) <= 1) break;
    widths[widest] = (widths[widest] ?? 1) - 1;
    excess -= 1;
  }
  const spare = available - widths.reduce((a, b) => a + b, 0);
  const lacks = widths.map((w, i) => (wants[i] ?? 0) - w);
  const totalLack = lacks.reduce((a, b) => a + b, 0);
  if (spare <= 0 || totalLack <= 0) return widths;
  const shares = lacks.map((lack) => Math.floor(spare * lack / totalLack));
  let left = spare - shares.reduce((a, b) => a + b, 0);
  const result = widths.map((w, i) => w + (shares[i] ?? 0));
  while (left > 0) {
    const rest = result.map((w, i) => (wants[i] ?? 0) - w);
    const neediest = rest.indexOf(Math.max(...rest));
    if ((rest[neediest] ?? 0) <= 0) break;
    result[neediest] = (result[neediest] ?? 0) + 1;
    left -= 1;
  }
  return result;
}
function minimumTableWidth(head, rows) {
  const mins = columnMinimums(head, rows, void 0);
  return mins.reduce((a, b) => a + b, 0) + PADDING * head.length + head.length + 1;
}
var MAX_WORD_MINIMUM = 30;
function longestWord(cell) {
  return Math.max(0, ...cellLines(cell).flatMap((l) => l.text.split(" ").map(displayWidth)));
}
function columnMinimums(head, rows, columns) {
  return head.map((h, i) => {
    const word = Math.max(longestWord(h), ...rows.map((row) => longestWord(row[i] ?? "")));
    return Math.max(columns?.[i]?.min ?? 1, Math.min(word, MAX_WORD_MINIMUM));
  });
}
function cellLines(cell) {
  const lines = typeof cell === "string" || !Array.isArray(cell) ? [cell] : cell;
  return lines.flatMap((line) => {
    const span = typeof line === "string" ? { text: line } : line;
    return span.text.split("\n").map((text) => ({ text, tone: span.tone }));
  });
}
function naturalWidth(cell) {
  return Math.max(0, ...cellLines(cell).map((l) => displayWidth(l.text)));
}
function wrapCell(cell, width) {
  return cellLines(cell).flatMap(
    (span) => wrapText(span.text, width).map((piece) => {
      const fitted = truncateToWidth(piece, width);
      return { text: span.tone && fitted !== "" ? span.tone(fitted) : fitted, width: displayWidth(fitted) };
    })
  );
}
function contentWidthsFor(spec) {
  const count = spec.head.length;
  const available = spec.width - (count + 1) - PADDING * count;
  return spec.colWidths ? spec.colWidths.map((w) => Math.max(1, w - PADDING)) : fitColumnWidths(
    spec.head.map((h, i) => Math.max(naturalWidth(h), ...spec.rows.map((row) => naturalWidth(row[i] ?? "")))),
    columnMinimums(spec.head, spec.rows, spec.columns),
    available
  );
}
function renderTable(spec) {
  const widths = contentWidthsFor(spec);
  const headTone = spec.headTone ?? ((s) => s);
  const aligns = spec.head.map((_, i) => spec.columns?.[i]?.align ?? "left");
  const rows = [
    spec.head.map((h, i) => wrapCell({ text: h, tone: headTone }, widths[i] ?? 1)),
    ...spec.rows.map((row) => spec.head.map((_, i) => wrapCell(row[i] ?? "", widths[i] ?? 1)))
  ];
  const rule = (left, joint, right) => `${left}${widths.map((w) => "\u2500".repeat(w + PADDING)).join(joint)}${right}`;
  const out = [rule("\u250C", "\u252C", "\u2510")];
  rows.forEach((cells, r) => {
    if (r > 0 && (r === 1 || spec.compact !== true)) out.push(rule("\u251C", "\u253C", "\u2524"));
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    for (let n = 0; n < height; n++) {
      const drawn = cells.map((lines, i) => {
        const line = lines[n] ?? { text: "", width: 0 };
        const gap = " ".repeat(Math.max(0, (widths[i] ?? 1) - line.width));
        return aligns[i] === "right" ? ` ${gap}${line.text} ` : ` ${line.text}${gap} `;
      });
      out.push(`\u2502${drawn.join("\u2502")}\u2502`);
    }
  });
  out.push(rule("\u2514", "\u2534", "\u2518"));
  return out.join("\n");
}
function heading(text, width) {
  const lines = wrapText(text, width);
  return [...lines, "\u2500".repeat(Math.min(width, Math.max(...lines.map(displayWidth))))];
}
function renderRecords(spec) {
  if (spec.rows.length > 0 && minimumTableWidth(spec.head, spec.rows) <= spec.width) return renderTable(spec);
  const labelWidth = Math.min(Math.max(...spec.head.map(displayWidth)) + PADDING, Math.floor(spec.width / 3));
  const colWidths = [labelWidth, Math.min(spec.width - labelWidth - 3, 72)];
  const titleTone = spec.titleTone ?? ((s) => s);
  const blocks = spec.rows.map((row, r) => {
    const [first, ...rest] = spec.head.map((name, i) => [name, row[i] ?? ""]);
    const head = [first?.[0] ?? "", first ? headText(first[1]) : ""];
    const table = renderTable({
      head,
      rows: rest.map(([name, value]) => [name, value]),
      width: spec.width,
      colWidths,
      ...spec.headTone ? { headTone: spec.headTone } : {}
    });
    return [...paragraph(spec.titles[r] ?? "", spec.width, { tone: titleTone }), table].join("\n");
  });
  return blocks.join("\n\n");
}
function headText(cell) {
  return cellLines(cell).map((l) => l.text).join(" ");
}
function unbreakable(text) {
  return text.replaceAll(" ", "\xA0");
}

export {
  FR,
  formatMoney,
  formatCount,
  formatDate,
  formatDateWithWeekday,
  plural,
  labels,
  displayWidth,
  tones,
  paragraph,
  minimumTableWidth,
  renderTable,
  heading,
  renderRecords,
  unbreakable
};
