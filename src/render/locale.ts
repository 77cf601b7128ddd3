// Everything the reports print that is not data: money, dates, counts and fixed labels, in
// English and French. The locale tag is fixed ('en-GB' / 'fr-FR'), never the machine's, and dates
// are built from their YYYY-MM-DD text, so a report is identical on every machine and in every TZ.
import { currencyMinorUnits } from '../core/codes/currencies.js';
import { formatMinor } from '../core/money/amount.js';
import { weekday } from '../core/time/calendar-date.js';
import type { APPEAL_OUTCOMES, EVENT_KINDS, ORDER_KINDS } from '../model/case-schema.js';

export type Locale = 'en' | 'fr';

const TAG: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * `minor` units of `currency` as people read them: `€20,000,000.00`, `20 000 000,00 €` (fr uses
 * U+202F between groups and U+00A0 before the symbol). The decimals are the currency's ISO minor
 * units, and the amount reaches Intl as exact decimal text, never through a float division.
 */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  const digits = currencyMinorUnits(currency);
  if (digits === undefined) return `${formatMinor(minor, 'EUR')} ${currency}`;
  const format = new Intl.NumberFormat(TAG[locale], {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl.NumberFormat v3 (Node ≥ 19) formats a decimal string exactly.
  return format.format(formatMinor(minor, currency) as unknown as number);
}

/** A whole number with the locale's grouping: 1,435 / 1 435. */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 0 }).format(n);
}

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};

/**
 * `2022-10-17` → `17 Oct 2022` / `17 oct. 2022`; `2022-10` → `Oct 2022`; `2021` → `2021`. Text that
 * is not such a date is returned unchanged (callers sanitise data before it reaches here).
 */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[locale][Number(month) - 1];
  if (monthName === undefined) return month === undefined ? (year ?? iso) : iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** `Monday 20 Feb 2023` / `lundi 20 févr. 2023`, for a full YYYY-MM-DD date. */
export function formatDateWithWeekday(iso: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, locale);
  return `${WEEKDAYS[locale][weekday(iso)]} ${formatDate(iso, locale)}`;
}

/** A count with its noun in the right number: CLDR rules, so French 0 and 1 are singular. */
export function plural(n: number, forms: PluralForms, locale: Locale): string {
  const category = new Intl.PluralRules(TAG[locale]).select(n);
  return `${formatCount(n, locale)} ${category === 'one' ? forms.one : forms.other}`;
}

export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

type EventKind = (typeof EVENT_KINDS)[number];
type OrderKind = (typeof ORDER_KINDS)[number];
type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

// The English dictionary defines the shape; `Labels` is that shape with every leaf widened to
// string, so the French dictionary must have exactly the same keys or it does not compile.
const EN = {
  asOf: 'as of',
  dossierTitle: 'Enforcement dossier',
  yes: 'yes',
  no: 'no',
  overdue: 'overdue',
  next: 'next',
  colon: ': ',
  head: {
    authority: 'Authority',
    respondent: 'Respondent',
    decision: 'Decision',
    fine: 'Fine',
    fineEur: 'Fine (EUR)',
    orders: 'Orders',
    compliance: 'Compliance',
    appeal: 'Appeal',
    deadline: 'Next / overdue deadline',
    penaltyAccrued: 'Penalty accrued',
    date: 'Date',
    kind: 'Kind',
    ref: 'Ref.',
    summary: 'Summary',
    case: 'Case',
    status: 'Status',
    id: 'Id',
    measure: 'Measure',
    court: 'Court',
    appellant: 'Appellant',
    against: 'Against',
    filed: 'Filed',
    outcome: 'Outcome',
    imposed: 'Imposed',
    eur: 'EUR (ECB rate)',
    cap: 'Cap',
    enforceable: 'Enforceable',
    paid: 'Paid',
    group: 'Group',
    count: 'Fines',
    lanes: 'Cases',
    obligation: 'Deadline',
  },
  totals: {
    title: 'Totals in EUR',
    imposed: 'Imposed',
    enforceable: 'Enforceable now',
    liquidated: 'Penalties liquidated',
    notLiquidated: 'Penalties accrued, not liquidated',
    collected: 'Collected',
    owed: 'Owed (enforceable + liquidated − collected)',
    unconverted: 'left out (no rate)',
    by: 'Totals by',
    all: 'All',
  },
  section: {
    timeline: 'Timeline',
    measures: 'Measures',
    deadlines: 'Deadlines',
    fines: 'Fines',
    appeals: 'Appeals',
    sources: 'Sources',
    notes: 'Notes and uncertainties',
    penalties: 'Penalty payments',
    assumptions: 'Assumptions',
    working: 'Working',
    skipped: 'Days skipped',
  },
  field: {
    authority: 'Authority',
    jurisdiction: 'Jurisdiction',
    law: 'Law',
    status: 'Status',
    acts: 'Acts',
    respondent: 'Respondent',
    basis: 'Basis',
    from: 'Runs from',
    fromEventDate: 'event date, notification unknown',
    fromNotification: 'notification',
    fixedDate: 'fixed in the decision',
    rule: 'Rule',
    lastDay: 'Last day',
    closingTime: 'closes at',
    localTime: 'local time',
    notExtended: 'not extended',
    dailyRate: 'Daily rate',
    firstDay: 'first day late',
    daysLate: 'Days late',
    accruedAsOf: 'Accrued as of',
    nothingAccrued: 'nothing has accrued',
    capped: 'stopped by the cap',
    penaltyCap: 'Cap',
    liquidation: 'Liquidated',
    matchesRate: 'matches',
    differsFromRate: 'does NOT match',
    accruedInPeriod: 'accrued in that period',
    notLiquidated: 'Accrued, not liquidated',
    imposed: 'Imposed',
    proposed: 'Proposed',
    approximately: 'about',
    rate: 'at',
    noRate: 'no EUR amount',
    cap: 'Cap',
    enforceable: 'Enforceable',
    paid: 'Paid',
    appeal: 'Appeal',
    published: 'published',
    about: 'about',
    none: 'none',
    noDeadline: 'no deadline recorded',
    noEvents: 'No events in the range.',
    problem: 'cannot be computed',
    metOn: 'met on',
    since: 'since',
    notYetImposed: 'not yet imposed on the as-of day',
    decidedAfterAsOf: 'after the as-of day, so not yet counted as liquidated',
    decidedOn: 'decided on',
    groupBy: { authority: 'authority', country: 'country', year: 'year', respondent: 'respondent' },
  },
  cap: {
    atFixedMaximum: 'at the fixed maximum',
    atMaximum: 'at the maximum',
    within: 'within the cap',
    over: 'OVER the cap by',
    unknown: 'cap unknown',
  },
  deadlineStatus: {
    met: 'met',
    open: 'open',
    missed: 'missed',
    expired: 'expired',
    unknown: 'unknown',
    'not-computable': 'not computable',
  },
  deadlineKind: { compliance: 'compliance', payment: 'payment', 'legal-period': 'legal period' },
  payment: { paid: 'paid', 'partly-paid': 'partly paid', unpaid: 'unpaid', unknown: 'payment unknown' },
  compliance: { complied: 'complied', 'partly-complied': 'partly complied', 'not-complied': 'not complied', unknown: 'unknown' },
  complianceCount: {
    complied: { one: 'complied', other: 'complied' },
    'partly-complied': { one: 'partly complied', other: 'partly complied' },
    'not-complied': { one: 'not complied', other: 'not complied' },
    unknown: { one: 'unknown', other: 'unknown' },
  },
  appealState: {
    none: 'no appeal',
    pending: 'under appeal',
    upheld: 'upheld on appeal',
    annulled: 'annulled on appeal',
    reduced: 'reduced on appeal',
    remitted: 'remitted, under appeal',
  },
  appealOutcome: {
    pending: 'pending',
    dismissed: 'dismissed',
    allowed: 'allowed',
    'partly-allowed': 'partly allowed',
    remitted: 'remitted',
    withdrawn: 'withdrawn',
  } satisfies Record<AppealOutcome, string>,
  appealEffect: { none: 'no effect', annulled: 'annulled', reduced: 'reduced', upheld: 'upheld', remitted: 'remitted' },
  caseStatus: { open: 'open', 'under-appeal': 'under appeal', final: 'final', closed: 'closed' },
  eventKind: {
    complaint: 'complaint',
    investigation: 'investigation',
    'formal-notice': 'formal notice',
    'notice-of-intent': 'notice of intent',
    hearing: 'hearing',
    decision: 'decision',
    notification: 'notification',
    publication: 'publication',
    'appeal-filed': 'appeal filed',
    judgment: 'judgment',
    liquidation: 'liquidation',
    payment: 'payment',
    compliance: 'compliance',
    other: 'other',
  } satisfies Record<EventKind, string>,
  orderKind: {
    'stop-processing': 'stop processing',
    'delete-data': 'delete data',
    'answer-access-requests': 'answer access requests',
    'appoint-representative': 'appoint a representative',
    'report-compliance': 'report compliance',
    other: 'other',
  } satisfies Record<OrderKind, string>,
  measureKind: { fine: 'fine', order: 'order', ban: 'ban', reprimand: 'reprimand', warning: 'warning' },
  days: { one: 'day', other: 'days' },
  daysLeft: { one: 'day left', other: 'days left' },
  daysLate: { one: 'day late', other: 'days late' },
  orders: { one: 'order', other: 'orders' },
  fines: { one: 'fine', other: 'fines' },
  periodUnit: {
    day: { one: 'day', other: 'days' },
    week: { one: 'week', other: 'weeks' },
    month: { one: 'month', other: 'months' },
    year: { one: 'year', other: 'years' },
    'working-day': { one: 'working day', other: 'working days' },
  },
  movedFrom: 'moved from',
};

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Labels = Widen<typeof EN>;

const FR: Labels = {
  // French puts a (non-breaking) space before a colon.
  asOf: 'au',
  dossierTitle: 'Dossier de sanctions',
  yes: 'oui',
  no: 'non',
  overdue: 'en retard',
  next: 'prochaine',
  colon: '\u00a0: ',
  head: {
    authority: 'Autorité',
    respondent: 'Mis en cause',
    decision: 'Décision',
    fine: 'Amende',
    fineEur: 'Amende (EUR)',
    orders: 'Injonctions',
    compliance: 'Exécution',
    appeal: 'Recours',
    deadline: 'Échéance prochaine / dépassée',
    penaltyAccrued: 'Astreinte courue',
    date: 'Date',
    kind: 'Nature',
    ref: 'Réf.',
    summary: 'Résumé',
    case: 'Dossier',
    status: 'Statut',
    id: 'Id',
    measure: 'Mesure',
    court: 'Juridiction',
    appellant: 'Requérant',
    against: 'Contre',
    filed: 'Formé le',
    outcome: 'Issue',
    imposed: 'Prononcée',
    eur: 'EUR (taux BCE)',
    cap: 'Plafond',
    enforceable: 'Exigible',
    paid: 'Payé',
    group: 'Groupe',
    count: 'Amendes',
    lanes: 'Dossiers',
    obligation: 'Délai',
  },
  totals: {
    title: 'Totaux en EUR',
    imposed: 'Prononcé',
    enforceable: 'Exigible',
    liquidated: 'Astreintes liquidées',
    notLiquidated: 'Astreintes courues, non liquidées',
    collected: 'Recouvré',
    owed: 'Dû (exigible + liquidé − recouvré)',
    unconverted: 'exclus (pas de taux)',
    by: 'Totaux par',
    all: 'Ensemble',
  },
  section: {
    timeline: 'Chronologie',
    measures: 'Mesures',
    deadlines: 'Délais',
    fines: 'Amendes',
    appeals: 'Recours',
    sources: 'Sources',
    notes: 'Notes et incertitudes',
    penalties: 'Astreintes',
    assumptions: 'Hypothèses',
    working: 'Calcul',
    skipped: 'Jours sautés',
  },
  field: {
    authority: 'Autorité',
    jurisdiction: 'Juridiction',
    law: 'Droit',
    status: 'Statut',
    acts: 'Textes',
    respondent: 'Mis en cause',
    basis: 'Fondement',
    from: 'Court à partir de',
    fromEventDate: 'date de l’acte, notification inconnue',
    fromNotification: 'notification',
    fixedDate: 'fixée par la décision',
    rule: 'Règle',
    lastDay: 'Dernier jour',
    closingTime: 'clôture à',
    localTime: 'heure locale',
    notExtended: 'non prorogé',
    dailyRate: 'Montant journalier',
    firstDay: 'premier jour de retard',
    daysLate: 'Jours de retard',
    accruedAsOf: 'Couru au',
    nothingAccrued: 'rien n’a couru',
    capped: 'arrêtée par le plafond',
    penaltyCap: 'Plafond',
    liquidation: 'Liquidé',
    matchesRate: 'conforme',
    differsFromRate: 'NON conforme',
    accruedInPeriod: 'couru sur la période',
    notLiquidated: 'Couru, non liquidé',
    imposed: 'Prononcée',
    proposed: 'Proposée',
    approximately: 'environ',
    rate: 'au taux de',
    noRate: 'pas de montant en EUR',
    cap: 'Plafond',
    enforceable: 'Exigible',
    paid: 'Payé',
    appeal: 'Recours',
    published: 'publié',
    about: 'sur',
    none: 'aucun',
    noDeadline: 'aucun délai enregistré',
    noEvents: 'Aucun événement sur la période.',
    problem: 'non calculable',
    metOn: 'respecté le',
    since: 'depuis',
    notYetImposed: 'pas encore prononcée à la date de référence',
    decidedAfterAsOf: 'après la date de référence, donc pas encore comptée comme liquidée',
    decidedOn: 'décidée le',
    groupBy: { authority: 'autorité', country: 'pays', year: 'année', respondent: 'mis en cause' },
  },
  cap: {
    atFixedMaximum: 'au maximum fixe',
    atMaximum: 'au maximum',
    within: 'sous le plafond',
    over: 'AU-DELÀ du plafond de',
    unknown: 'plafond inconnu',
  },
  deadlineStatus: {
    met: 'respecté',
    open: 'en cours',
    missed: 'manqué',
    expired: 'expiré',
    unknown: 'inconnu',
    'not-computable': 'non calculable',
  },
  deadlineKind: { compliance: 'exécution', payment: 'paiement', 'legal-period': 'délai légal' },
  payment: { paid: 'payé', 'partly-paid': 'payé en partie', unpaid: 'impayé', unknown: 'paiement inconnu' },
  compliance: { complied: 'exécuté', 'partly-complied': 'exécuté en partie', 'not-complied': 'non exécuté', unknown: 'inconnu' },
  // Counted measures: "2 non exécutées" agrees with "mesure" (feminine).
  complianceCount: {
    complied: { one: 'exécutée', other: 'exécutées' },
    'partly-complied': { one: 'exécutée en partie', other: 'exécutées en partie' },
    'not-complied': { one: 'non exécutée', other: 'non exécutées' },
    unknown: { one: 'exécution inconnue', other: 'exécution inconnue' },
  },
  appealState: {
    none: 'aucun recours',
    pending: 'en appel',
    upheld: 'confirmée en appel',
    annulled: 'annulée en appel',
    reduced: 'réduite en appel',
    remitted: 'renvoyée, en appel',
  },
  appealOutcome: {
    pending: 'pendant',
    dismissed: 'rejeté',
    allowed: 'accueilli',
    'partly-allowed': 'accueilli en partie',
    remitted: 'renvoi',
    withdrawn: 'désistement',
  },
  appealEffect: { none: 'sans effet', annulled: 'annulation', reduced: 'réduction', upheld: 'confirmation', remitted: 'renvoi' },
  caseStatus: { open: 'en cours', 'under-appeal': 'en appel', final: 'définitif', closed: 'clos' },
  eventKind: {
    complaint: 'plainte',
    investigation: 'enquête',
    'formal-notice': 'mise en demeure',
    'notice-of-intent': 'avis d’intention',
    hearing: 'audience',
    decision: 'décision',
    notification: 'notification',
    publication: 'publication',
    'appeal-filed': 'recours formé',
    judgment: 'jugement',
    liquidation: 'liquidation',
    payment: 'paiement',
    compliance: 'mise en conformité',
    other: 'autre',
  },
  orderKind: {
    'stop-processing': 'cesser le traitement',
    'delete-data': 'effacer les données',
    'answer-access-requests': 'répondre aux demandes d’accès',
    'appoint-representative': 'désigner un représentant',
    'report-compliance': 'justifier de la conformité',
    other: 'autre',
  },
  measureKind: { fine: 'amende', order: 'injonction', ban: 'interdiction', reprimand: 'rappel à l’ordre', warning: 'avertissement' },
  days: { one: 'jour', other: 'jours' },
  daysLeft: { one: 'jour restant', other: 'jours restants' },
  daysLate: { one: 'jour de retard', other: 'jours de retard' },
  orders: { one: 'injonction', other: 'injonctions' },
  fines: { one: 'amende', other: 'amendes' },
  periodUnit: {
    day: { one: 'jour', other: 'jours' },
    week: { one: 'semaine', other: 'semaines' },
    month: { one: 'mois', other: 'mois' },
    year: { one: 'an', other: 'ans' },
    'working-day': { one: 'jour ouvrable', other: 'jours ouvrables' },
  },
  movedFrom: 'reporté du',
};

export function labels(locale: Locale): Labels {
  return locale === 'fr' ? FR : EN;
}
