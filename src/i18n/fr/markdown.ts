// The French words of the Markdown export (see markdown-labels.ts for the typography).
import type { DeadlineStatus } from '../../analysis/deadlines.js';
import { periodParts, type PeriodUnit } from '../../core/time/period.js';
import { formatDateText } from '../dates.js';
import { formatCount, formatMoney, type PluralForms } from '../format.js';
import { FR as FR_LABELS } from './terminal.js';
import type { MarkdownLabels } from '../markdown-labels.js';

// French typography: U+00A0 before a colon, U+202F (narrow no-break space) before a semicolon and
// a percent sign, as Intl fr-FR does for numbers.
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const C = `${NBSP}: `;
const S = `${NNBSP}; `;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `2023-02-09` → `9 février 2023`, `2023-03-01` → `1er mars 2023`, `2021-05` → `mai 2021`, `2021` → `2021` (date-fns, fr). */
function frenchDate(iso: string): string {
  return formatDateText(iso, 'fr', { day: 'd MMMM yyyy', month: 'MMMM yyyy' }) ?? iso;
}

const frenchOnDate = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `le ${frenchDate(iso)}` : DATE.test(iso) ? `en ${frenchDate(iso)}` : iso;

/** CLDR French: 0 and 1 take the singular. */
const fr = (n: number, forms: PluralForms): string => `${formatCount(n, 'fr')} ${n === 0 || n === 1 ? forms.one : forms.other}`;
const frOne = (n: number): boolean => n === 0 || n === 1;

const FR_UNITS: Readonly<Record<PeriodUnit, PluralForms>> = {
  day: { one: 'jour', other: 'jours' },
  week: { one: 'semaine', other: 'semaines' },
  month: { one: 'mois', other: 'mois' },
  year: { one: 'an', other: 'ans' },
  'working-day': { one: 'jour ouvrable', other: 'jours ouvrables' },
};

// Deadline statuses agree with "délai" (masculine), in the singular or the plural.
const FR_DEADLINE_STATUS: Readonly<Record<DeadlineStatus, PluralForms>> = {
  met: { one: 'respecté', other: 'respectés' },
  open: { one: 'en cours', other: 'en cours' },
  missed: { one: 'non respecté', other: 'non respectés' },
  expired: { one: 'expiré', other: 'expirés' },
  overdue: { one: 'échu, impayé', other: 'échus, impayés' },
  'not-started': { one: 'non commencé', other: 'non commencés' },
  superseded: { one: 'remplacé', other: 'remplacés' },
  suspended: { one: 'suspendu', other: 'suspendus' },
  ambiguous: { one: 'incertain', other: 'incertains' },
  unknown: { one: 'inconnu', other: 'inconnus' },
  'not-computable': { one: 'non calculable', other: 'non calculables' },
};

export const FR: MarkdownLabels = {
  locale: 'fr',
  date: frenchDate,
  onDate: frenchOnDate,
  count: (n) => formatCount(n, 'fr'),
  money: (minor, currency) => formatMoney(minor, currency, 'fr'),
  decimal: (text) => text.replace('.', ','),
  percent: (n) => `${String(n).replace('.', ',')}${NNBSP}%`,
  period: (p) =>
    periodParts(p)
      .map((part) => fr(part.count, FR_UNITS[part.unit]))
      .join(' + '),
  time: (hhmm) => hhmm.replace(/^(\d{2}):(\d{2})$/, `$1${NBSP}h${NBSP}$2`),
  semicolon: S,
  colon: C,

  title: (asOf) => `Dossier de sanctions au ${asOf}`,
  intro: (cases, asOf) =>
    `Établi au ${asOf} à partir de ${fr(cases, { one: 'fichier de dossier', other: 'fichiers de dossier' })}. Les montants sont exacts. Les amendes prononcées dans une autre devise sont converties en euros au taux de référence de la BCE du jour de la décision. Un délai court à compter de la notification de l’acte qui le déclenche lorsque le dossier l’indique, sinon à compter de la date de cet acte${S}cette hypothèse est signalée pour chaque délai.`,
  summary: 'Synthèse',
  totals: 'Totaux',
  combinedTimeline: 'Chronologie d’ensemble',
  chart: 'Graphique',
  chartTitle: (asOf) => `Chronologie des sanctions au ${asOf}`,

  summaryHeader: ['Dossier', 'Autorité', 'Statut', 'Amendes prononcées', 'En euros', 'Exigible', 'Payé', 'Délais'],
  noRate: 'pas de taux',
  deadlineCount: (n, status) => `${formatCount(n, 'fr')} ${frOne(n) ? FR_DEADLINE_STATUS[status].one : FR_DEADLINE_STATUS[status].other}`,
  totalsHeader: ['Total', 'En euros', 'Exclu (pas de taux)'],
  totalsRows: {
    imposed: 'Amendes prononcées',
    enforceable: 'Amendes exigibles (après recours)',
    payable: 'Astreintes exigibles (liquidées, ou encourues et recouvrées)',
    notPayable: 'Astreintes courues, non exigibles (au plus ; non dues)',
    collected: 'Recouvré',
    owed: 'Dû (exigible + astreintes exigibles − recouvré)',
  },

  caseFile: 'Fichier du dossier',
  authority: 'Autorité',
  respondent: 'Mis en cause',
  act: 'Texte',
  lawLine: (law, jurisdiction, status) => `Droit${C}${law}${S}computation des délais${C}${jurisdiction}${S}statut${C}${status}`,
  subheading: {
    timeline: 'chronologie',
    measures: 'mesures',
    deadlines: 'délais',
    money: 'montants',
    appeals: 'recours',
    notes: 'notes et incertitudes',
    sources: 'sources',
  },
  timelineHeader: ['Date', 'Nature', 'Réf.', 'Résumé', 'Notification', 'Sources'],
  notifiedUnknown: 'inconnue',
  measuresHeader: ['Mesure', 'Nature', 'Décision', 'Résumé', 'Exécution ou paiement'],
  appealsHeader: ['Recours', 'Juridiction', 'Requérant', 'Contre', 'Formé le', 'Issue', 'Effet'],
  appealEffect: (kind, amount) => `${kind}${amount === undefined ? '' : ` à ${amount}`}`,
  combinedHeader: ['Date', 'Autorité', 'Nature', 'Objet'],
  lastDayKind: (status) => `fin de délai (${status})`,
  paymentOf: `Paiement${C}`,

  deadlineHead: (label, id, kind, end, status) =>
    `${label} (${id}, ${kind})${C}${end === undefined ? 'non calculable' : `échéance ${end}`}${S}${status}`,
  daysLeft: (n) => fr(n, { one: 'jour restant', other: 'jours restants' }),
  daysLate: (n) => fr(n, { one: 'jour de retard', other: 'jours de retard' }),
  start: (date, eventId, notified) =>
    `Point de départ${C}${date} (${eventId}, ${notified ? 'date de notification' : `date de l’acte${S}notification inconnue`})`,
  periodLine: (period, jurisdiction, rawEnd) =>
    `Délai${C}${period}, computé selon les règles ${jurisdiction}${S}échéance avant report${C}${rawEnd}`,
  skipped: (days) => `Jours non ouvrés${C}${days}`,
  skippedDay: (date, reason) => `${date} (${reason})`,
  ruleLine: (rule, closing) => `Règle${C}${rule}${S}expire à ${closing}, heure locale`,
  working: 'Calcul',
  fixedDate: 'Fixé par la décision',
  fixedBefore: 'la veille du',
  basis: 'Fondement',
  metOn: (date) => `Respecté ${date}`,
  notComputable: 'Non calculable',
  assumption: 'Hypothèse',
  penalty: (p) =>
    `Astreinte${C}${p.rate}${p.payableBy === undefined ? '' : `${S}${p.payableBy}`}${S}jours d’inexécution documentés${C}${p.days}${S}exigible ${p.payable}${S}${p.notPayable}`,
  liquidation: (l) =>
    `Liquidation décidée par l’événement ${l.eventId}${l.decidedOn === undefined ? '' : ` le ${l.decidedOn}`}${C}du ${l.from} au ${l.to}, ${fr(l.days, { one: 'jour', other: 'jours' })} (une borne non comptée), ${l.amount}${l.compared === undefined ? '' : `${S}${l.compared}`}`,

  decided: (date, tier) => `Décision${C}${date}${S}maximum de l’art.${NBSP}${tier}`,
  inEur: 'En euros',
  notConverted: (reason) => `non converti, ${reason}`,
  noConversion: (eur) => `${eur}, sans conversion`,
  conversion: (source, rate, rateDate, eur, exact) =>
    `${source} ÷ ${rate}${rateDate === undefined ? '' : ` (taux BCE du ${rateDate})`} = ${eur}${exact ? '' : ', arrondi au pair le plus proche'}`,
  cap: 'Plafond',
  capNotChecked: (reason) => `non vérifié, ${reason}`,
  capText: (c) =>
    `${c.cap} au titre de ${c.citation}, soit le montant fixe de ${c.fixed} ou, s’il est plus élevé, ${c.percent} du chiffre d’affaires (${c.turnover})${S}${c.basis === 'fixed' ? 'c’est le montant fixe qui s’applique' : 'c’est le chiffre d’affaires qui détermine le plafond'}`,
  noTurnover: 'aucun chiffre d’affaires enregistré',
  turnover: (percent, year, turnover, based) => `${percent} du chiffre d’affaires ${year} (${turnover}), soit ${based}`,
  fineIs: (status) =>
    ({
      within: 'l’amende est inférieure au plafond',
      'at-fixed-maximum': 'l’amende est égale au montant fixe',
      'at-maximum': 'l’amende est égale au plafond',
      over: 'l’amende DÉPASSE le plafond',
      'needs-turnover': 'l’amende dépasse le montant fixe',
    })[status],
  proposed: (approximate, amount) => `Proposée${C}${approximate ? 'environ ' : ''}${amount}`,
  appeals: 'Recours',
  enforceableNow: 'Exigible',
  paid: 'Payé',

  aboutCase: 'dossier',
  aboutPayment: (id) => `${id}, paiement`,
  aboutCompliance: (id) => `${id}, exécution`,
  aboutLiquidation: (id, event) => `${id}, liquidation ${event}`,
  aboutSource: (id) => `source ${id}`,

  law: { GDPR: 'RGPD', 'UK-GDPR': 'UK GDPR' },
  caseStatus: { open: 'en cours', 'under-appeal': 'en appel', remitted: 'renvoyé', final: 'définitif', closed: 'clos' },
  // The same words as the terminal reports: one French catalogue for the kinds of event.
  eventKind: FR_LABELS.eventKind,

  measureKind: { fine: 'amende', order: 'injonction', ban: 'interdiction', reprimand: 'rappel à l’ordre', warning: 'avertissement' },
  // Agrees with "amende" (feminine).
  payment: { paid: 'payée', 'partly-paid': 'payée en partie', unpaid: 'impayée', unknown: 'paiement inconnu' },
  // Agrees with "injonction" and "interdiction" (feminine).
  compliance: {
    complied: 'exécutée',
    'partly-complied': 'exécutée en partie',
    'not-complied': 'non exécutée',
    unknown: 'exécution inconnue',
  },
  deadlineStatus: {
    met: FR_DEADLINE_STATUS.met.one,
    open: FR_DEADLINE_STATUS.open.one,
    missed: FR_DEADLINE_STATUS.missed.one,
    expired: FR_DEADLINE_STATUS.expired.one,
    overdue: FR_DEADLINE_STATUS.overdue.one,
    'not-started': FR_DEADLINE_STATUS['not-started'].one,
    superseded: FR_DEADLINE_STATUS.superseded.one,
    suspended: FR_DEADLINE_STATUS.suspended.one,
    ambiguous: FR_DEADLINE_STATUS.ambiguous.one,
    unknown: FR_DEADLINE_STATUS.unknown.one,
    'not-computable': FR_DEADLINE_STATUS['not-computable'].one,
  },
  deadlineKind: { compliance: 'exécution', payment: 'paiement', 'legal-period': 'délai légal' },
  appealState: {
    none: 'aucun',
    pending: 'pendant',
    upheld: 'amende confirmée',
    annulled: 'amende annulée',
    reduced: 'amende réduite',
    remitted: 'affaire renvoyée',
  },
  appealOutcome: FR_LABELS.appealOutcome,
  effectKind: {
    upheld: 'confirmation',
    annulled: 'annulation',
    reduced: 'réduction',
    remitted: 'annulation et renvoi',
    'set-aside': 'annulation du jugement',
  },
};
