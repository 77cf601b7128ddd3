// Every deadline by date with its status as of a day, the assumptions each rests on as numbered
// notes, then every penalty payment: days late, accrued, each liquidation checked against the
// daily rate, and what has accrued but not been liquidated.
import { deadlineLabel } from './deadline-label.js';
import { sortDeadlines, type DeadlineView } from '../analysis/deadlines.js';
import { formatCount, formatDate, formatMoney, plural } from '../i18n/format.js';
import { catalogue, labels, type Labels } from '../i18n/catalogue.js';
import { sanitizeForTerminal } from './sanitize.js';
import { paragraph, renderRecords, tones, unbreakable, type Cell, type RenderOptions, type Span, type Tones } from './table.js';

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

export function renderDeadlines(views: readonly DeadlineView[], options: RenderOptions & { readonly asOf: string }): string {
  const l = labels(options.locale);
  const w = catalogue(options.locale).working;
  const tone = tones(options.chalk);
  const bold = (s: string) => options.chalk.bold(s);
  const sorted = sortDeadlines(views);
  // Identical assumptions (the same unknown notification) share one note number.
  const notes: string[] = [];
  const noteNumbers = (view: DeadlineView) =>
    view.assumptions.map((a) => {
      const text = clean(w.assumption(a));
      if (!notes.includes(text)) notes.push(text);
      return notes.indexOf(text) + 1;
    });
  const head = [l.head.date, l.head.case, l.head.obligation, l.head.kind, l.head.status];
  const rows = sorted.map((v): Cell[] => {
    const numbers = noteNumbers(v);
    return [
      v.end === undefined ? '—' : unbreakable(formatDate(clean(v.end), options.locale)),
      [clean(v.caseId), clean(v.id)],
      clean(deadlineLabel(v, l.field.paymentOf)),
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

/** "missed, 52 days late" in red, "met on …" in green, "open, 11 days left", and so on; each status says why in a few words. */
export function statusSpans(v: DeadlineView, l: Labels, tone: Tones, options: RenderOptions): Span[] {
  const locale = options.locale;
  const status = l.deadlineStatus[v.status];
  const date = (iso: string) => formatDate(clean(iso), locale);
  const alternative = v.alternative
    ? [
        {
          text: `${l.field.alternative}${l.colon}${date(v.alternative.end)} (${l.field.alternativeReading[v.alternative.kind]})`,
          tone: tone.caution,
        },
      ]
    : [];
  switch (v.status) {
    case 'met':
      return [{ text: v.metOn ? `${l.field.metOn} ${date(v.metOn)}` : status, tone: tone.good }, ...alternative];
    case 'open':
      return [{ text: `${status}, ${unbreakable(plural(v.daysLeft ?? 0, l.daysLeft, locale))}` }, ...alternative];
    case 'missed':
    case 'overdue': {
      const late = `${status}, ${unbreakable(plural(v.daysLate ?? 0, l.daysLate, locale))}`;
      return [
        { text: late, tone: tone.bad },
        ...(v.metOn ? [{ text: `${v.kind === 'payment' ? l.payment.paid : l.compliance.complied} ${date(v.metOn)}` }] : []),
        ...(v.status === 'overdue' && !v.metOn ? [{ text: l.explain.overdue }] : []),
        ...(v.lateUntil ? [{ text: `${l.explain.lateUntil} ${date(v.lateUntil)}` }] : []),
        ...alternative,
      ];
    }
    case 'not-started':
      return [{ text: status, tone: tone.caution }, { text: `${l.explain.notStarted} ${date(v.notNotifiedAsOf ?? '')}` }];
    case 'superseded':
      return [
        { text: status },
        {
          text: `${l.explain.superseded} ${clean(v.supersededBy?.eventId ?? '')} (${date(v.supersededBy?.date ?? '')})${v.daysLate ? `, ${plural(v.daysLate, l.daysLate, locale)}` : ''}`,
        },
      ];
    case 'suspended':
      return [
        { text: status, tone: tone.caution },
        ...(v.suspendedBy ? [{ text: clean(catalogue(options.locale).working.suspension(v.suspendedBy)) }] : []),
      ];
    case 'ambiguous':
      return [{ text: status, tone: tone.caution }, { text: `${l.explain.ambiguous} ${date(v.metWithin ?? '')}` }];
    case 'not-computable':
      return [{ text: status }, ...(v.problem ? [{ text: clean(catalogue(options.locale).working.problem(v.problem)) }] : [])];
    case 'expired':
      return [{ text: status }, ...alternative];
    case 'unknown':
      return [
        { text: status },
        {
          text: v.compliedUndated
            ? l.explain.compliedUndated
            : v.kind === 'payment'
              ? l.explain.unknownPayment
              : l.explain.unknownCompliance,
        },
      ];
  }
}

/** "EUR 100,000.00 per day", "per 1 week", "lump sum", "breakdown unknown", with the maximum. */
export function penaltyRate(p: NonNullable<DeadlineView['penalty']>, l: Labels, locale: RenderOptions['locale']): string {
  const money = (minor: number) => formatMoney(minor, p.currency, locale);
  const per =
    p.per === 'day' || p.per === 'breach' || p.per === 'lump-sum' || p.per === 'unknown'
      ? l.field.per[p.per]
      : `${l.field.per.period} ${clean(p.per)}`;
  const amount =
    p.amountMinor === undefined ? per : p.per === 'lump-sum' ? `${money(p.amountMinor)} (${per})` : `${money(p.amountMinor)} ${per}`;
  return `${amount}${p.maximumMinor === undefined ? '' : `; ${l.field.maximum} ${money(p.maximumMinor)}`}`;
}

/**
 * A penalty payment as of a day, as a lawyer reads it: the rate and maximum, how it becomes
 * payable, the days on which non-compliance is on record, what that gives at most, each
 * liquidation or collection (the only sums payable), and what accrued but is not payable.
 */
export function penaltyLines(v: DeadlineView, options: RenderOptions, indent: string, asOf?: string): string[] {
  const p = v.penalty;
  if (!p) return [];
  const l = labels(options.locale);
  const locale = options.locale;
  const money = (minor: number) => formatMoney(minor, p.currency, locale);
  const date = (iso: string) => formatDate(clean(iso), locale);
  const width = options.width;
  const sub = indent.length + 2;
  const line = (text: string) => paragraph(text, width, { prefix: indent, indent: sub });
  const counted =
    p.lastDay === undefined
      ? l.field.nothingAccrued
      : `${formatCount(p.daysLate, locale)} (${date(p.firstDay)} – ${date(p.lastDay)})${p.suspendedDays > 0 ? `; ${formatCount(p.suspendedDays, locale)} ${l.field.suspendedDays}` : ''}`;
  const lines = [
    ...line(`${l.field.penaltyAmount}${l.colon}${penaltyRate(p, l, locale)}`),
    ...(p.payableBy ? line(l.field.payableBy[p.payableBy]) : []),
    ...line(`${l.field.daysLate}${l.colon}${counted}`),
  ];
  for (const q of p.liquidations) {
    const period = `${date(q.from)} – ${date(q.to)}, ${plural(q.days, l.days, locale)} (${l.field.oneEndExcluded})`;
    const compared =
      q.comparedWithRate === undefined
        ? ''
        : `; ${q.comparedWithRate === 'equal' ? l.field.equalsRate : q.comparedWithRate === 'below' ? l.field.belowRate : l.field.aboveRate}${q.rateTimesDaysMinor === undefined ? '' : ` (${money(q.rateTimesDaysMinor)})`}`;
    const decided = q.decidedOn ? `, ${l.field.decidedOn} ${date(q.decidedOn)}` : '';
    lines.push(...line(`${l.field.liquidation} (${clean(q.eventId)}${decided})${l.colon}${period}, ${money(q.amountMinor)}${compared}`));
  }
  for (const q of p.collections) lines.push(...line(`${l.field.collected} (${clean(q.eventId)})${l.colon}${money(q.amountMinor)}`));
  lines.push(...line(`${l.field.payableNow}${l.colon}${money(p.payableMinor)}`));
  const notPayable = p.payableBy === 'forfeiture' ? l.field.notPayableForfeiture : l.field.notPayableLiquidation;
  const asOfDay = asOf === undefined ? '' : ` (${l.asOf} ${date(asOf)})`;
  lines.push(
    ...line(
      p.notPayableMinor === undefined
        ? `${notPayable}${l.colon}${l.field.accrualUnknown}${p.maximumMinor === undefined ? '' : `; ${l.field.exposure} ${money(p.maximumMinor)}`}`
        : `${notPayable}${asOfDay}${l.colon}${money(p.notPayableMinor)}${p.capped ? ` (${l.field.capped})` : ''}`,
    ),
  );
  for (const note of p.notes)
    lines.push(...paragraph(clean(catalogue(options.locale).working.penaltyNote(note)), width, { prefix: `${indent}! `, indent: sub }));
  return lines;
}
