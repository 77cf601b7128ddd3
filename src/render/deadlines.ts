// Every deadline by date with its status as of a day, the assumptions each rests on as numbered
// notes, then every penalty payment: days late, accrued, each liquidation checked against the
// daily rate, and what has accrued but not been liquidated.
import { sortDeadlines, type DeadlineView } from '../analysis/deadlines.js';
import { formatCount, formatDate, formatMoney, labels, plural, type Labels } from './locale.js';
import { sanitizeForTerminal } from './sanitize.js';
import { paragraph, renderRecords, tones, unbreakable, type Cell, type RenderOptions, type Span, type Tones } from './table.js';

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

export function renderDeadlines(views: readonly DeadlineView[], options: RenderOptions & { readonly asOf: string }): string {
  const l = labels(options.locale);
  const tone = tones(options.chalk);
  const bold = (s: string) => options.chalk.bold(s);
  const sorted = sortDeadlines(views);
  // Identical assumptions (the same unknown notification) share one note number.
  const notes: string[] = [];
  const noteNumbers = (view: DeadlineView) =>
    view.assumptions.map((a) => {
      const text = clean(a);
      if (!notes.includes(text)) notes.push(text);
      return notes.indexOf(text) + 1;
    });
  const head = [l.head.date, l.head.case, l.head.obligation, l.head.kind, l.head.status];
  const rows = sorted.map((v): Cell[] => {
    const numbers = noteNumbers(v);
    return [
      v.end === undefined ? '—' : unbreakable(formatDate(clean(v.end), options.locale)),
      [clean(v.caseId), clean(v.id)],
      clean(v.label),
      l.deadlineKind[v.kind],
      [
        ...statusSpans(v, l, tone, options),
        ...(numbers.length > 0 ? [{ text: numbers.map((n) => `[${n}]`).join(' '), tone: tone.caution }] : []),
      ],
    ];
  });
  const lines = [
    ...paragraph(`${l.section.deadlines}, ${l.asOf} ${formatDate(options.asOf, options.locale)}`, options.width, { tone: bold }),
    '',
    renderRecords({
      head,
      rows,
      width: options.width,
      columns: [{ min: 12 }, { min: 14 }, { min: 20 }, { min: 8 }, { min: 14 }],
      titles: sorted.map((v) => `${clean(v.caseId)} / ${clean(v.id)}`),
      titleTone: bold,
    }),
  ];
  if (notes.length > 0) {
    lines.push('', ...paragraph(l.section.assumptions, options.width, { tone: tone.caution }));
    notes.forEach((text, i) => lines.push(...paragraph(text, options.width, { prefix: `[${i + 1}] `, tone: tone.caution })));
  }
  const penalties = sorted.filter((v) => v.penalty !== undefined);
  if (penalties.length > 0) {
    lines.push(
      '',
      ...paragraph(`${l.section.penalties}, ${l.asOf} ${formatDate(options.asOf, options.locale)}`, options.width, { tone: bold }),
    );
    for (const v of penalties)
      lines.push('', ...paragraph(`${clean(v.caseId)} / ${clean(v.id)}`, options.width), ...penaltyLines(v, options, '  ', options.asOf));
  }
  return `${lines.join('\n')}\n`;
}

/** "missed, 52 days late" in red, "met on …" in green, "open, 11 days left", and so on. */
export function statusSpans(v: DeadlineView, l: Labels, tone: Tones, options: RenderOptions): Span[] {
  const locale = options.locale;
  const status = l.deadlineStatus[v.status];
  switch (v.status) {
    case 'met':
      return [{ text: v.metOn ? `${l.field.metOn} ${formatDate(clean(v.metOn), locale)}` : status, tone: tone.good }];
    case 'open':
      return [{ text: `${status}, ${unbreakable(plural(v.daysLeft ?? 0, l.daysLeft, locale))}` }];
    case 'missed': {
      const late = `${status}, ${unbreakable(plural(v.daysLate ?? 0, l.daysLate, locale))}`;
      return [
        { text: late, tone: tone.bad },
        ...(v.metOn ? [{ text: `${l.compliance.complied} ${formatDate(clean(v.metOn), locale)}` }] : []),
      ];
    }
    case 'not-computable':
      return [{ text: status }, ...(v.problem ? [{ text: clean(v.problem) }] : [])];
    case 'expired':
    case 'unknown':
      return [{ text: status }];
  }
}

/**
 * A penalty payment as of a day (`asOf`, or the last day it was counted to): the daily rate, days
 * late, the accrued amount, each liquidation against rate × days, and what is not liquidated.
 */
export function penaltyLines(v: DeadlineView, options: RenderOptions, indent: string, asOf?: string): string[] {
  const p = v.penalty;
  if (!p) return [];
  const l = labels(options.locale);
  const locale = options.locale;
  const money = (minor: number) => formatMoney(minor, p.currency, locale);
  const width = options.width;
  const sub = indent.length + 2;
  const a = p.accrual;
  const asOfDay = asOf ?? a.lastDay;
  const line = (text: string) => paragraph(text, width, { prefix: indent, indent: sub });
  const lines = [
    ...line(
      `${l.field.dailyRate}${l.colon}${money(p.dailyMinor)}${p.capMinor === undefined ? '' : `; ${l.field.penaltyCap}${l.colon}${money(p.capMinor)}`}`,
    ),
    ...line(
      `${l.field.daysLate}${l.colon}${formatCount(a.daysLate, locale)} (${l.field.firstDay} ${formatDate(clean(a.firstDay), locale)})`,
    ),
    ...line(
      asOfDay === undefined
        ? l.field.nothingAccrued
        : `${l.field.accruedAsOf} ${formatDate(clean(asOfDay), locale)}${l.colon}${money(a.accruedMinor)}${a.capped ? ` (${l.field.capped})` : ''}`,
    ),
  ];
  for (const q of p.liquidations) {
    const check = q.matchesRate ? l.field.matchesRate : `${l.field.differsFromRate} (${money(q.expectedMinor)})`;
    const period = `${formatDate(clean(q.from), locale)} – ${formatDate(clean(q.to), locale)}`;
    const decided = q.decidedOn
      ? ` (${l.field.decidedOn} ${formatDate(clean(q.decidedOn), locale)}${q.afterAsOf ? `; ${l.field.decidedAfterAsOf}` : ''})`
      : q.afterAsOf
        ? ` (${l.field.decidedAfterAsOf})`
        : '';
    lines.push(
      ...line(
        `${l.field.liquidation}${l.colon}${period}, ${plural(q.days, l.days, locale)}, ${money(q.amountMinor)} = ${formatCount(q.days, locale)} × ${money(p.dailyMinor)}${l.colon}${check}; ${l.field.accruedInPeriod}${l.colon}${money(q.accruedInPeriodMinor)}${decided}`,
      ),
    );
  }
  lines.push(...line(`${l.field.notLiquidated}${l.colon}${money(p.notLiquidatedMinor)}`));
  return lines;
}
