// The fines: one row each (imposed, in EUR with the rate and its date, against the cap, where the
// appeals leave it, enforceable, paid), then exact totals by a chosen grouping. Sums are of
// integer minor units, per currency and in EUR; nothing goes through a float.
import type { FineView } from '../analysis/fines.js';
import { groupFines, totalOfFines, type FineGroup, type FineGrouping } from '../analysis/fine-groups.js';
import { formatDate, formatMoney, plural, type Locale } from '../i18n/format.js';
import { catalogue, labels, type Labels } from '../i18n/catalogue.js';
import { sanitizeForTerminal } from './sanitize.js';
import { paragraph, renderRecords, tones, unbreakable, type Cell, type RenderOptions, type Span, type Tones } from './table.js';

export type { FineGrouping } from '../analysis/fine-groups.js';

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

export function renderFines(fines: readonly FineView[], groupBy: FineGrouping, options: RenderOptions): string {
  const l = labels(options.locale);
  const tone = tones(options.chalk);
  const bold = (s: string) => options.chalk.bold(s);
  const head = [l.head.authority, l.head.decision, l.head.imposed, l.head.eur, l.head.cap, l.head.appeal, l.head.enforceable, l.head.paid];
  const rows = fines.map((f): Cell[] => [
    [`${clean(f.authority)} · ${clean(f.country)}`, clean(f.caseId)],
    unbreakable(formatDate(clean(f.decisionDate), options.locale)),
    [
      formatMoney(f.imposed.minor, f.imposed.currency, options.locale),
      `Art. ${clean(f.tier)}`,
      ...(f.imposedByAsOf ? [] : [l.field.notYetImposed]),
    ],
    eurCell(f, l, options.locale),
    capCell(f, l, tone, options.locale),
    appealSpan(f, l, tone),
    enforceableCell(f, l, tone, options.locale),
    paidCell(f, l, tone, options.locale),
  ]);
  const lines = [
    ...paragraph(`${l.section.fines} (${plural(fines.length, l.fines, options.locale)})`, options.width, { tone: bold }),
    '',
    renderRecords({
      head,
      rows,
      width: options.width,
      columns: head.map((_, i) => ({ align: i >= 2 && i !== 5 ? ('right' as const) : ('left' as const) })),
      titles: fines.map((f) => `${clean(f.caseId)} / ${clean(f.measureId)}`),
      titleTone: bold,
    }),
    '',
    ...paragraph(`${l.totals.by} ${l.field.groupBy[groupBy]}`, options.width, { tone: bold }),
    '',
    totalsTable(fines, groupBy, options, l, bold),
  ];
  return `${lines.join('\n')}\n`;
}

/** "0.8467" as the locale writes a decimal (the digits themselves are the ECB's, unchanged). */
export function formatRate(rate: string, locale: Locale): string {
  return locale === 'fr' ? rate.replace('.', ',') : rate;
}

/** `£7,552,800.00 ÷ 0.8467 (ECB, 18 May 2022) = €8,920,278.73`, or why there is no EUR amount. */
export function conversionText(f: FineView, l: Labels, locale: Locale): string {
  if (!f.eur.ok) return `${l.field.noRate}${l.colon}${clean(catalogue(locale).working.moneyProblem(f.eur.problem))}`;
  const c = f.eur.conversion;
  const eur = formatMoney(c.eurMinor, 'EUR', locale);
  if (c.sourceCurrency === 'EUR') return eur;
  const when = c.rateDate === undefined ? '' : ` (ECB, ${formatDate(c.rateDate, locale)})`;
  return `${formatMoney(c.sourceMinor, c.sourceCurrency, locale)} ÷ ${formatRate(c.rate, locale)}${when} = ${eur}`;
}

function eurCell(f: FineView, l: Labels, locale: Locale): Cell {
  if (!f.eur.ok) return [l.field.noRate, clean(catalogue(locale).working.moneyProblem(f.eur.problem))];
  const c = f.eur.conversion;
  const eur = formatMoney(c.eurMinor, 'EUR', locale);
  if (c.sourceCurrency === 'EUR') return eur;
  return [eur, `${l.field.rate} ${formatRate(c.rate, locale)}`, ...(c.rateDate ? [unbreakable(formatDate(c.rateDate, locale))] : [])];
}

/** Whether the fine is at the cap, and which: "at the fixed maximum" is the Art. 83 amount itself. */
export function capStatus(f: FineView, l: Labels, tone: Tones, locale: Locale): Span {
  if (!f.cap.ok) return { text: `${l.cap.unknown}${l.colon}${clean(catalogue(locale).working.moneyProblem(f.cap.problem))}` };
  const { cap, status } = f.cap;
  if (status === 'over')
    return { text: `${l.cap.over} ${formatMoney(f.imposed.minor - cap.capMinor, cap.currency, locale)}`, tone: tone.bad };
  if (status === 'needs-turnover')
    return {
      text: `${l.cap.needsTurnover} ${formatMoney(f.cap.lawfulIfTurnoverAboveMinor ?? 0, cap.currency, locale)}`,
      tone: tone.caution,
    };
  // With no turnover recorded the cap is the fixed amount, so a fine equal to it is at the fixed maximum.
  if (status === 'at-fixed-maximum' || (status === 'at-maximum' && cap.basis === 'fixed')) return { text: l.cap.atFixedMaximum };
  return { text: status === 'at-maximum' ? l.cap.atMaximum : l.cap.within };
}

function capCell(f: FineView, l: Labels, tone: Tones, locale: Locale): Cell {
  if (!f.cap.ok) return capStatus(f, l, tone, locale);
  return [formatMoney(f.cap.cap.capMinor, f.cap.cap.currency, locale), capStatus(f, l, tone, locale)];
}

/** The amount that can be collected now, with the one-word reason and the one-line explanation. */
export function enforceableCell(f: FineView, l: Labels, tone: Tones, locale: Locale): Cell {
  const enforceable = f.enforceability === 'enforceable' || f.enforceability === 'enforceable-if-notified';
  return [
    formatMoney(f.enforceable.minor, f.enforceable.currency, locale),
    { text: l.enforceability[f.enforceability], tone: enforceable ? undefined : tone.caution },
    ...(f.enforceableNotes ? [clean(catalogue(locale).working.fineNotes(f.enforceableNotes))] : []),
  ];
}

export function appealSpan(f: FineView, l: Labels, tone: Tones): Span {
  const state = f.appeal.state;
  return { text: l.appealState[state], tone: state === 'pending' || state === 'remitted' ? tone.caution : undefined };
}

/** Red when money is owed and unpaid, green when paid; a suspended fine is not owed. */
export function paymentSpan(f: FineView, l: Labels, tone: Tones): Span {
  const owed = f.enforceable.minor > f.paid.minor;
  return { text: l.payment[f.paymentStatus], tone: f.paymentStatus === 'paid' ? tone.good : owed ? tone.bad : undefined };
}

function paidCell(f: FineView, l: Labels, tone: Tones, locale: Locale): Cell {
  return [formatMoney(f.paid.minor, f.paid.currency, locale), paymentSpan(f, l, tone)];
}

function totalsTable(
  fines: readonly FineView[],
  groupBy: FineGrouping,
  options: RenderOptions,
  l: Labels,
  bold: (s: string) => string,
): string {
  const money = (minor: number, currency: string) => formatMoney(minor, currency, options.locale);
  const row = (g: FineGroup): Cell[] => [
    clean(g.key),
    String(g.count),
    g.imposed.map((m) => money(m.minor, m.currency)),
    [
      money(g.imposedEurMinor, 'EUR'),
      ...g.unconverted.map((u) => `${l.totals.unconverted}${l.colon}${clean(catalogue(options.locale).working.unconverted(u))}`),
    ],
    money(g.enforceableEurMinor, 'EUR'),
    money(g.paidEurMinor, 'EUR'),
  ];
  // Fines decided after the as-of day are listed above, but not totalled (groupFines skips them).
  const groups = groupFines(fines, groupBy);
  const all = groups.length === 0 ? [] : [totalOfFines(fines, l.totals.all)];
  const head = [
    l.head.group,
    l.head.count,
    l.head.imposed,
    `${l.head.imposed} (EUR)`,
    `${l.head.enforceable} (EUR)`,
    `${l.head.paid} (EUR)`,
  ];
  const rows = [...groups, ...all];
  return renderRecords({
    head,
    rows: rows.map(row),
    width: options.width,
    columns: head.map((_, i) => ({ align: i === 0 ? ('left' as const) : ('right' as const) })),
    titles: rows.map((g) => clean(g.key)),
    titleTone: bold,
  });
}
