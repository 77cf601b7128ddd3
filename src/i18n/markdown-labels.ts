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
import type { AppealState } from '../analysis/appeal-graph.js';
import type { CapStatus } from '../analysis/fine-cap.js';
import type { DeadlineKind, DeadlineStatus } from '../analysis/deadlines.js';
import { formatMinor } from '../core/money/amount.js';
import type { Period } from '../core/time/period.js';
import type { Appeal, Case, Fine, Measure, Order } from '../model/case-schema.js';
import type { Locale } from './format.js';

export type CaseStatus = Case['status'];
export type Law = Case['law'];
export type EventKind = Case['events'][number]['kind'];
export type MeasureKind = Measure['kind'];
export type PaymentStatus = NonNullable<Fine['payment']>['status'];
export type ComplianceStatus = NonNullable<Order['compliance']>['status'];
export type AppealOutcome = Appeal['outcome'];
export type EffectKind = NonNullable<Appeal['effects']>[number]['effect'];

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
    readonly payable: string;
    readonly notPayable: string;
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
  /** Before the label of a payment deadline (the fine's summary). */
  readonly paymentOf: string;

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
  /** Followed by a date: the decision says "before" that day. */
  readonly fixedBefore: string;
  readonly basis: string;
  readonly metOn: (date: string) => string;
  readonly notComputable: string;
  /** The engine's assumptions are English prose from the analysis; only this label is translated. */
  readonly assumption: string;
  /** The pieces come worded in the locale already (rate, how it becomes payable, what is not payable). */
  readonly penalty: (p: { rate: string; payableBy: string | undefined; days: string; payable: string; notPayable: string }) => string;
  readonly liquidation: (l: {
    eventId: string;
    decidedOn: string | undefined;
    from: string;
    to: string;
    days: number;
    amount: string;
    compared: string | undefined;
  }) => string;

  // Money.
  readonly decided: (date: string, tier: string) => string;
  readonly inEur: string;
  readonly notConverted: (reason: string) => string;
  readonly noConversion: (eur: string) => string;
  readonly conversion: (source: string, rate: string, rateDate: string | undefined, eur: string, exact: boolean) => string;
  readonly cap: string;
  readonly capNotChecked: (reason: string) => string;
  readonly capText: (c: {
    cap: string;
    citation: string;
    fixed: string;
    percent: string;
    turnover: string;
    basis: 'fixed' | 'turnover';
  }) => string;
  readonly noTurnover: string;
  readonly turnover: (percent: string, year: string, turnover: string, based: string) => string;
  readonly fineIs: (status: CapStatus) => string;
  readonly proposed: (approximate: boolean, amount: string) => string;
  readonly appeals: string;
  readonly enforceableNow: string;
  /**
   * The analysis's note on what is enforceable (fines.ts writes a few fixed English sentences);
   * a sentence not listed here is printed as written.
   */
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
