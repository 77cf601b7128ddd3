// The English words of the Markdown export: the historical output, byte for byte.
import { formatPeriod } from '../../core/time/period.js';
import { EVENT_KINDS } from '../../model/case-schema.js';
import { amountText, type MarkdownLabels } from './markdown-labels.js';

const same = <K extends string>(keys: readonly K[]): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, k])) as unknown as Record<K, string>;

export const EN: MarkdownLabels = {
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
    payable: 'Penalty payments payable (liquidated, or forfeited and collected)',
    notPayable: 'Penalty payments accrued, not payable (at most; not owed)',
    collected: 'Collected',
    owed: 'Owed (enforceable + penalty payments payable − collected)',
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

  deadlineHead: (label, id, kind, end, status) =>
    `${label} (${id}, ${kind}): ${end === undefined ? 'not computable' : `last day ${end}`}; ${status}`,
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
    `Penalty: ${p.rate}${p.payableBy === undefined ? '' : `; ${p.payableBy}`}; days of non-compliance on record: ${p.days}; payable ${p.payable}; ${p.notPayable}`,
  liquidation: (l) =>
    `Liquidation by event ${l.eventId}${l.decidedOn === undefined ? '' : ` of ${l.decidedOn}`}: ${l.from} to ${l.to}, ${l.days} days (one end not counted), ${l.amount}${l.compared === undefined ? '' : `; ${l.compared}`}`,

  decided: (date, tier) => `Decided: ${date}; tier Art. ${tier}`,
  inEur: 'In EUR',
  notConverted: (reason) => `not converted, ${reason}`,
  noConversion: (eur) => `${eur}, no conversion`,
  conversion: (source, rate, rateDate, eur, exact) =>
    `${source} ÷ ${rate}${rateDate === undefined ? '' : ` (ECB rate of ${rateDate})`} = ${eur}${exact ? '' : ', rounded half-even'}`,
  cap: 'Cap',
  capNotChecked: (reason) => `not checked, ${reason}`,
  capText: (c) =>
    `${c.cap} under ${c.citation}: the higher of the fixed ${c.fixed} and ${c.percent} of turnover (${c.turnover}); set by the ${c.basis} amount`,
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
  caseStatus: same(['open', 'under-appeal', 'remitted', 'final', 'closed']),
  eventKind: same(EVENT_KINDS),
  measureKind: same(['fine', 'order', 'ban', 'reprimand', 'warning']),
  payment: same(['paid', 'partly-paid', 'unpaid', 'unknown']),
  compliance: same(['complied', 'partly-complied', 'not-complied', 'unknown']),
  deadlineStatus: same([
    'met',
    'open',
    'missed',
    'overdue',
    'expired',
    'not-started',
    'superseded',
    'suspended',
    'ambiguous',
    'unknown',
    'not-computable',
  ]),
  deadlineKind: same(['compliance', 'payment', 'legal-period']),
  appealState: same(['none', 'pending', 'upheld', 'annulled', 'reduced', 'remitted']),
  appealOutcome: same(['pending', 'dismissed', 'allowed', 'partly-allowed', 'remitted', 'withdrawn', 'unknown']),
  effectKind: same(['upheld', 'annulled', 'reduced', 'remitted', 'set-aside']),
};
