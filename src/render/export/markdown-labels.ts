// Every fixed word of the Markdown export, in English and in French: headings, table headers,
// sentences, status words, and how dates, counts and amounts are written.
//
// `MarkdownLabels` is the shape both dictionaries must have, so a key missing (or extra) in one
// language does not compile. The sentence functions receive their data already escaped by the
// caller (markdown.ts) and return Markdown text: no label may itself contain Markdown syntax.
//
// English is the historical output and must stay byte-identical to it: dates stay ISO, status
// words are the raw enum values, amounts are `amountText` ("EUR 5,200,000.00"). French writes
// dates in prose ("9 février 2023", "1er mars 2023"), amounts with Intl fr-FR through
// `formatMoney` ("5 200 000,00 €", U+202F between groups, U+00A0 before the symbol), counts with
// U+202F grouping, and a non-breaking space before `:` (U+00A0) and `;` (U+202F). Tables keep ISO
// dates in both languages.
import type { AppealState } from '../../analysis/appeals.js';
import type { DeadlineKind, DeadlineStatus } from '../../analysis/deadlines.js';
import { formatMinor } from '../../core/money/amount.js';
import type { CapCheckStatus } from '../../core/money/caps.js';
import { formatPeriod, type Period, type PeriodUnit } from '../../core/time/period.js';
import type { Appeal, Case, Fine, Measure, Order } from '../../model/case-schema.js';
import { formatCount, formatMoney, type Locale, type PluralForms } from '../locale.js';

type CaseStatus = Case['status'];
type Law = Case['law'];
type EventKind = Case['events'][number]['kind'];
type MeasureKind = Measure['kind'];
type PaymentStatus = NonNullable<Fine['payment']>['status'];
type ComplianceStatus = NonNullable<Order['compliance']>['status'];
type AppealOutcome = Appeal['outcome'];
type EffectKind = NonNullable<Appeal['effect']>['kind'];

/** "EUR 5,200,000.00": grouped for reading; exact (no float, no locale). The English amounts. */
export function amountText(minor: number, currency: string): string {
  const [whole = '', fraction] = formatMinor(minor, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${fraction === undefined ? grouped : `${grouped}.${fraction}`}`;
}

export interface MarkdownLabels {
  readonly locale: Locale;

  // How values are written.
  /** A date in running text (not in tables): the text unchanged if it is not a YYYY[-MM[-DD]] date. */
  readonly date: (iso: string) => string;
  /** A date after "on": "le 9 février 2023", "en mai 2021". */
  readonly onDate: (iso: string) => string;
  readonly count: (n: number) => string;
  readonly money: (minor: number, currency: string) => string;
  /** A decimal written with `.` (an exchange rate), in the locale's notation. */
  readonly decimal: (text: string) => string;
  readonly percent: (n: number) => string;
  readonly period: (p: Period) => string;
  /** A closing time "HH:MM". */
  readonly time: (hhmm: string) => string;
  /** Between the items of a list in one cell or sentence, and between clauses. */
  readonly semicolon: string;
  /** After a label ("Authority: …"). */
  readonly colon: string;

  // Document.
  readonly title: (asOf: string) => string;
  readonly intro: (cases: number, asOf: string) => string;
  readonly summary: string;
  readonly totals: string;
  readonly combinedTimeline: string;
  readonly chart: string;
  readonly chartTitle: (asOf: string) => string;

  // Summary and totals tables.
  readonly summaryHeader: readonly [string, string, string, string, string, string, string, string];
  readonly noRate: string;
  /** "2 missed" in the summary's deadline column. */
  readonly deadlineCount: (n: number, status: DeadlineStatus) => string;
  readonly totalsHeader: readonly [string, string, string];
  readonly totalsRows: {
    readonly imposed: string;
    readonly enforceable: string;
    readonly liquidated: string;
    readonly notLiquidated: string;
    readonly collected: string;
    readonly owed: string;
  };

  // A case.
  readonly caseFile: string;
  readonly authority: string;
  readonly respondent: string;
  readonly act: string;
  readonly lawLine: (law: string, jurisdiction: string, status: string) => string;
  readonly subheading: {
    readonly timeline: string;
    readonly measures: string;
    readonly deadlines: string;
    readonly money: string;
    readonly appeals: string;
    readonly notes: string;
    readonly sources: string;
  };
  readonly timelineHeader: readonly [string, string, string, string, string, string];
  /** An event's `notified: unknown`. */
  readonly notifiedUnknown: string;
  readonly measuresHeader: readonly [string, string, string, string, string];
  readonly appealsHeader: readonly [string, string, string, string, string, string, string];
  readonly appealEffect: (kind: string, amount: string | undefined) => string;
  readonly combinedHeader: readonly [string, string, string, string];
  /** The kind of a deadline's last day in the combined timeline: "last day (missed)". */
  readonly lastDayKind: (status: string) => string;

  // Deadlines.
  readonly deadlineHead: (label: string, id: string, kind: string, end: string | undefined, status: string) => string;
  readonly daysLeft: (n: number) => string;
  readonly daysLate: (n: number) => string;
  readonly start: (date: string, eventId: string, notified: boolean) => string;
  readonly periodLine: (period: string, jurisdiction: string, rawEnd: string) => string;
  readonly skipped: (days: string) => string;
  readonly skippedDay: (date: string, reason: string) => string;
  readonly ruleLine: (rule: string, closing: string) => string;
  /** The engine's working steps are English prose from the analysis; only this label is translated. */
  readonly working: string;
  readonly fixedDate: string;
  readonly basis: string;
  readonly metOn: (date: string) => string;
  readonly notComputable: string;
  /** The engine's assumptions are English prose from the analysis; only this label is translated. */
  readonly assumption: string;
  readonly penalty: (p: {
    daily: string;
    firstDay: string;
    cap: string | undefined;
    daysLate: number;
    accrued: string;
    capped: boolean;
    liquidated: string;
    notLiquidated: string;
  }) => string;
  readonly liquidation: (l: {
    eventId: string;
    decidedOn: string | undefined;
    afterAsOf: boolean;
    from: string;
    to: string;
    days: number;
    amount: string;
    daily: string;
    expected: string;
    matches: boolean;
    accruedInPeriod: string;
  }) => string;

  // Money.
  readonly decided: (date: string, tier: string) => string;
  readonly inEur: string;
  readonly notConverted: (reason: string) => string;
  readonly noConversion: (eur: string) => string;
  readonly conversion: (source: string, rate: string, rateDate: string | undefined, eur: string, exact: boolean) => string;
  readonly cap: string;
  readonly capNotChecked: (reason: string) => string;
  readonly capText: (c: { cap: string; citation: string; fixed: string; percent: string; turnover: string; basis: 'fixed' | 'turnover' }) => string;
  readonly noTurnover: string;
  readonly turnover: (percent: string, year: string, turnover: string, based: string) => string;
  readonly fineIs: (status: CapCheckStatus) => string;
  readonly proposed: (approximate: boolean, amount: string) => string;
  readonly appeals: string;
  readonly enforceableNow: string;
  /**
   * The analysis's note on what is enforceable (fines.ts writes a few fixed English sentences);
   * a sentence not listed here is printed as written.
   */
  readonly enforceableNote: (note: string) => string;
  readonly paid: string;

  // Notes: what a note is about, when the renderer names it.
  readonly aboutCase: string;
  readonly aboutPayment: (measureId: string) => string;
  readonly aboutCompliance: (measureId: string) => string;
  readonly aboutLiquidation: (measureId: string, eventId: string) => string;
  readonly aboutSource: (sourceId: string) => string;

  // Status words.
  readonly law: Readonly<Record<Law, string>>;
  readonly caseStatus: Readonly<Record<CaseStatus, string>>;
  readonly eventKind: Readonly<Record<EventKind, string>>;
  readonly measureKind: Readonly<Record<MeasureKind, string>>;
  readonly payment: Readonly<Record<PaymentStatus, string>>;
  readonly compliance: Readonly<Record<ComplianceStatus, string>>;
  readonly deadlineStatus: Readonly<Record<DeadlineStatus, string>>;
  readonly deadlineKind: Readonly<Record<DeadlineKind, string>>;
  readonly appealState: Readonly<Record<AppealState, string>>;
  readonly appealOutcome: Readonly<Record<AppealOutcome, string>>;
  readonly effectKind: Readonly<Record<EffectKind, string>>;
}

const same = <K extends string>(keys: readonly K[]): Record<K, string> => Object.fromEntries(keys.map((k) => [k, k])) as unknown as Record<K, string>;

const EN: MarkdownLabels = {
  locale: 'en',
  date: (iso) => iso,
  onDate: (iso) => iso,
  count: (n) => String(n),
  money: amountText,
  decimal: (text) => text,
  percent: (n) => `${n} %`,
  period: formatPeriod,
  time: (hhmm) => hhmm,
  semicolon: '; ',
  colon: ': ',

  title: (asOf) => `Enforcement dossier as of ${asOf}`,
  intro: (cases, asOf) =>
    `Computed from ${cases} case files as of ${asOf}. Amounts are exact. Fines in other currencies are converted to EUR at the ECB reference rate of the decision date. A period runs from the notification of its event when the case records it, otherwise from the event date; that assumption is listed with each deadline.`,
  summary: 'Summary',
  totals: 'Totals',
  combinedTimeline: 'Combined timeline',
  chart: 'Chart',
  chartTitle: (asOf) => `Enforcement timeline as of ${asOf}`,

  summaryHeader: ['Case', 'Authority', 'Status', 'Fines imposed', 'In EUR', 'Enforceable now', 'Paid', 'Deadlines'],
  noRate: 'no rate',
  deadlineCount: (n, status) => `${n} ${status}`,
  totalsHeader: ['Total', 'In EUR', 'Left out (no rate)'],
  totalsRows: {
    imposed: 'Fines imposed',
    enforceable: 'Fines enforceable now (after appeals)',
    liquidated: 'Penalty payments liquidated',
    notLiquidated: 'Penalty payments accrued, not liquidated',
    collected: 'Collected',
    owed: 'Owed (enforceable + liquidated − collected)',
  },

  caseFile: 'Case file',
  authority: 'Authority',
  respondent: 'Respondent',
  act: 'Act',
  lawLine: (law, jurisdiction, status) => `Law: ${law}; time rules of ${jurisdiction}; status ${status}`,
  subheading: {
    timeline: 'timeline',
    measures: 'measures',
    deadlines: 'deadlines',
    money: 'money',
    appeals: 'appeals',
    notes: 'notes and uncertainties',
    sources: 'sources',
  },
  timelineHeader: ['Date', 'Kind', 'Ref', 'Summary', 'Notified', 'Sources'],
  notifiedUnknown: 'unknown',
  measuresHeader: ['Measure', 'Kind', 'Decision', 'Summary', 'Compliance or payment'],
  appealsHeader: ['Appeal', 'Court', 'Appellant', 'Against', 'Filed', 'Outcome', 'Effect'],
  appealEffect: (kind, amount) => `${kind}${amount === undefined ? '' : ` to ${amount}`}`,
  combinedHeader: ['Date', 'Authority', 'Kind', 'What'],
  lastDayKind: (status) => `last day (${status})`,

  deadlineHead: (label, id, kind, end, status) => `${label} (${id}, ${kind}): ${end === undefined ? 'not computable' : `last day ${end}`}; ${status}`,
  daysLeft: (n) => `${n} days left`,
  daysLate: (n) => `${n} days late`,
  start: (date, eventId, notified) => `Start: ${date} (${eventId}, ${notified ? 'notified' : 'event date; notification unknown'})`,
  periodLine: (period, jurisdiction, rawEnd) => `Period: ${period}, jurisdiction ${jurisdiction}; raw end ${rawEnd}`,
  skipped: (days) => `Skipped: ${days}`,
  skippedDay: (date, reason) => `${date} (${reason})`,
  ruleLine: (rule, closing) => `Rule: ${rule}; closes ${closing} local time`,
  working: 'Working',
  fixedDate: 'Fixed in the decision',
  basis: 'Basis',
  metOn: (date) => `Met on: ${date}`,
  notComputable: 'Not computable',
  assumption: 'Assumption',
  penalty: (p) =>
    `Penalty: ${p.daily} a day from ${p.firstDay}${p.cap === undefined ? '' : `, capped at ${p.cap}`}; ${p.daysLate} days late; accrued ${p.accrued}${p.capped ? ' (cap reached)' : ''}; liquidated ${p.liquidated}; accrued, not liquidated ${p.notLiquidated}`,
  liquidation: (l) =>
    `Liquidation by event ${l.eventId}${l.decidedOn === undefined ? '' : ` of ${l.decidedOn}`}${l.afterAsOf ? ' (decided after the as-of date: not counted as liquidated yet)' : ''}: ${l.from} to ${l.to}, ${l.days} days, ${l.amount}; ${l.days} × ${l.daily} = ${l.expected} (${l.matches ? 'matches' : 'does not match'}); accrued in the period ${l.accruedInPeriod}`,

  decided: (date, tier) => `Decided: ${date}; tier Art. ${tier}`,
  inEur: 'In EUR',
  notConverted: (reason) => `not converted, ${reason}`,
  noConversion: (eur) => `${eur}, no conversion`,
  conversion: (source, rate, rateDate, eur, exact) => `${source} ÷ ${rate}${rateDate === undefined ? '' : ` (ECB rate of ${rateDate})`} = ${eur}${exact ? '' : ', rounded half-even'}`,
  cap: 'Cap',
  capNotChecked: (reason) => `not checked, ${reason}`,
  capText: (c) => `${c.cap} under ${c.citation}: the higher of the fixed ${c.fixed} and ${c.percent} of turnover (${c.turnover}); set by the ${c.basis} amount`,
  noTurnover: 'no turnover recorded',
  turnover: (percent, year, turnover, based) => `${percent} of the ${year} turnover ${turnover} is ${based}`,
  fineIs: (status) => `the fine is ${status}`,
  proposed: (approximate, amount) => `Proposed: ${approximate ? 'about ' : ''}${amount}`,
  appeals: 'Appeals',
  enforceableNow: 'Enforceable now',
  enforceableNote: (note) => note,
  paid: 'Paid',

  aboutCase: 'case',
  aboutPayment: (id) => `${id} payment`,
  aboutCompliance: (id) => `${id} compliance`,
  aboutLiquidation: (id, event) => `${id} liquidation ${event}`,
  aboutSource: (id) => `source ${id}`,

  law: same(['GDPR', 'UK-GDPR']),
  caseStatus: same(['open', 'under-appeal', 'final', 'closed']),
  eventKind: same([
    'complaint', 'investigation', 'formal-notice', 'notice-of-intent', 'hearing', 'decision', 'notification', 'publication',
    'appeal-filed', 'judgment', 'liquidation', 'payment', 'compliance', 'other',
  ]),
  measureKind: same(['fine', 'order', 'ban', 'reprimand', 'warning']),
  payment: same(['paid', 'partly-paid', 'unpaid', 'unknown']),
  compliance: same(['complied', 'partly-complied', 'not-complied', 'unknown']),
  deadlineStatus: same(['met', 'open', 'missed', 'expired', 'unknown', 'not-computable']),
  deadlineKind: same(['compliance', 'payment', 'legal-period']),
  appealState: same(['none', 'pending', 'upheld', 'annulled', 'reduced', 'remitted']),
  appealOutcome: same(['pending', 'dismissed', 'allowed', 'partly-allowed', 'remitted', 'withdrawn']),
  effectKind: same(['none', 'annulled', 'reduced', 'upheld', 'remitted']),
};

// French typography: U+00A0 before a colon, U+202F (narrow no-break space) before a semicolon and
// a percent sign, as Intl fr-FR does for numbers.
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const C = `${NBSP}: `;
const S = `${NNBSP}; `;

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `2023-02-09` → `9 février 2023`, `2023-03-01` → `1er mars 2023`, `2021-05` → `mai 2021`, `2021` → `2021`. */
function frenchDate(iso: string): string {
  const match = DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? iso;
  const name = MONTHS_FR[Number(month) - 1];
  if (name === undefined) return iso;
  if (day === undefined) return `${name} ${year}`;
  const n = Number(day);
  return `${n === 1 ? '1er' : n} ${name} ${year}`;
}

const frenchOnDate = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `le ${frenchDate(iso)}` : DATE.test(iso) ? `en ${frenchDate(iso)}` : iso);

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
  unknown: { one: 'inconnu', other: 'inconnus' },
  'not-computable': { one: 'non calculable', other: 'non calculables' },
};

// The calendars name weekends in English; holiday names are printed as the calendar gives them.
const FR_SKIP_REASONS: Readonly<Record<string, string>> = { Saturday: 'samedi', Sunday: 'dimanche' };

// The fixed sentences of fines.ts, in French.
const FR_ENFORCEABLE_NOTES: Readonly<Record<string, string>> = {
  'annulled on appeal': 'annulée en appel',
  'as reduced on appeal': 'telle que réduite en appel',
  'suspended until the appeal is determined (DPA 2018 Sch 16)': 'suspendue jusqu’à ce qu’il soit statué sur le recours (DPA 2018 Sch 16)',
  'appeal pending; not suspensive by itself': 'recours pendant, non suspensif par lui-même',
  'not yet imposed on the as-of day': 'pas encore prononcée à la date de référence',
};

const FR: MarkdownLabels = {
  locale: 'fr',
  date: frenchDate,
  onDate: frenchOnDate,
  count: (n) => formatCount(n, 'fr'),
  money: (minor, currency) => formatMoney(minor, currency, 'fr'),
  decimal: (text) => text.replace('.', ','),
  percent: (n) => `${String(n).replace('.', ',')}${NNBSP}%`,
  period: (p) => fr(p.count, FR_UNITS[p.unit]),
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
    liquidated: 'Astreintes liquidées',
    notLiquidated: 'Astreintes courues, non liquidées',
    collected: 'Recouvré',
    owed: 'Dû (exigible + liquidé − recouvré)',
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

  deadlineHead: (label, id, kind, end, status) => `${label} (${id}, ${kind})${C}${end === undefined ? 'non calculable' : `échéance ${end}`}${S}${status}`,
  daysLeft: (n) => fr(n, { one: 'jour restant', other: 'jours restants' }),
  daysLate: (n) => fr(n, { one: 'jour de retard', other: 'jours de retard' }),
  start: (date, eventId, notified) => `Point de départ${C}${date} (${eventId}, ${notified ? 'date de notification' : `date de l’acte${S}notification inconnue`})`,
  periodLine: (period, jurisdiction, rawEnd) => `Délai${C}${period}, computé selon les règles ${jurisdiction}${S}échéance avant report${C}${rawEnd}`,
  skipped: (days) => `Jours non ouvrés${C}${days}`,
  skippedDay: (date, reason) => `${date} (${FR_SKIP_REASONS[reason] ?? reason})`,
  ruleLine: (rule, closing) => `Règle${C}${rule}${S}expire à ${closing}, heure locale`,
  working: 'Calcul',
  fixedDate: 'Fixé par la décision',
  basis: 'Fondement',
  metOn: (date) => `Respecté ${date}`,
  notComputable: 'Non calculable',
  assumption: 'Hypothèse',
  penalty: (p) =>
    `Astreinte${C}${p.daily} par jour à compter du ${p.firstDay}${p.cap === undefined ? '' : `, plafonnée à ${p.cap}`}${S}${fr(p.daysLate, { one: 'jour de retard', other: 'jours de retard' })}${S}montant couru ${p.accrued}${p.capped ? ' (plafond atteint)' : ''}${S}liquidé ${p.liquidated}${S}couru, non liquidé ${p.notLiquidated}`,
  liquidation: (l) =>
    `Liquidation décidée par l’événement ${l.eventId}${l.decidedOn === undefined ? '' : ` le ${l.decidedOn}`}${l.afterAsOf ? ' (après la date de référence, donc pas encore comptée comme liquidée)' : ''}${C}du ${l.from} au ${l.to}, ${fr(l.days, { one: 'jour', other: 'jours' })}, ${l.amount}${S}${formatCount(l.days, 'fr')} × ${l.daily} = ${l.expected} (${l.matches ? 'concordant' : 'NON concordant'})${S}montant couru sur la période ${l.accruedInPeriod}`,

  decided: (date, tier) => `Décision${C}${date}${S}maximum de l’art.${NBSP}${tier}`,
  inEur: 'En euros',
  notConverted: (reason) => `non converti, ${reason}`,
  noConversion: (eur) => `${eur}, sans conversion`,
  conversion: (source, rate, rateDate, eur, exact) => `${source} ÷ ${rate}${rateDate === undefined ? '' : ` (taux BCE du ${rateDate})`} = ${eur}${exact ? '' : ', arrondi au pair le plus proche'}`,
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
    })[status],
  proposed: (approximate, amount) => `Proposée${C}${approximate ? 'environ ' : ''}${amount}`,
  appeals: 'Recours',
  enforceableNow: 'Exigible',
  enforceableNote: (note) => FR_ENFORCEABLE_NOTES[note] ?? note,
  paid: 'Payé',

  aboutCase: 'dossier',
  aboutPayment: (id) => `${id}, paiement`,
  aboutCompliance: (id) => `${id}, exécution`,
  aboutLiquidation: (id, event) => `${id}, liquidation ${event}`,
  aboutSource: (id) => `source ${id}`,

  law: { GDPR: 'RGPD', 'UK-GDPR': 'UK GDPR' },
  caseStatus: { open: 'en cours', 'under-appeal': 'en appel', final: 'définitif', closed: 'clos' },
  eventKind: {
    complaint: 'plainte', investigation: 'enquête', 'formal-notice': 'mise en demeure', 'notice-of-intent': 'avis d’intention',
    hearing: 'audience', decision: 'décision', notification: 'notification', publication: 'publication', 'appeal-filed': 'recours formé',
    judgment: 'jugement', liquidation: 'liquidation', payment: 'paiement', compliance: 'mise en conformité', other: 'autre',
  },
  measureKind: { fine: 'amende', order: 'injonction', ban: 'interdiction', reprimand: 'rappel à l’ordre', warning: 'avertissement' },
  // Agrees with "amende" (feminine).
  payment: { paid: 'payée', 'partly-paid': 'payée en partie', unpaid: 'impayée', unknown: 'paiement inconnu' },
  // Agrees with "injonction" and "interdiction" (feminine).
  compliance: { complied: 'exécutée', 'partly-complied': 'exécutée en partie', 'not-complied': 'non exécutée', unknown: 'exécution inconnue' },
  deadlineStatus: {
    met: FR_DEADLINE_STATUS.met.one, open: FR_DEADLINE_STATUS.open.one, missed: FR_DEADLINE_STATUS.missed.one,
    expired: FR_DEADLINE_STATUS.expired.one, unknown: FR_DEADLINE_STATUS.unknown.one, 'not-computable': FR_DEADLINE_STATUS['not-computable'].one,
  },
  deadlineKind: { compliance: 'exécution', payment: 'paiement', 'legal-period': 'délai légal' },
  appealState: { none: 'aucun', pending: 'pendant', upheld: 'amende confirmée', annulled: 'amende annulée', reduced: 'amende réduite', remitted: 'affaire renvoyée' },
  appealOutcome: { pending: 'pendant', dismissed: 'rejeté', allowed: 'accueilli', 'partly-allowed': 'accueilli en partie', remitted: 'renvoi', withdrawn: 'désistement' },
  effectKind: { none: 'aucun', annulled: 'annulation', reduced: 'réduction', upheld: 'confirmation', remitted: 'renvoi' },
};

export function markdownLabels(locale: Locale = 'en'): MarkdownLabels {
  return locale === 'fr' ? FR : EN;
}
