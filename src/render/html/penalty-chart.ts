// A chart of one penalty payment as inline SVG: what accrued over the days counted (from the
// analysis's first and last day and its accrued figure; no new arithmetic), the liquidations as
// a cumulative step, the payable amount and the cap as horizontal lines. The figures themselves
// are in a table beside it, so the chart is a picture of the table, never the only record.
import { deadlineLabel } from '../deadline-label.js';
import type { DeadlineView } from '../../analysis/deadlines.js';
import type { PenaltyView } from '../../analysis/penalties.js';
import { toDayNumber } from '../../core/time/calendar-date.js';
import { htmlTable, type HtmlCtx } from './context.js';
import { escapeHtml as esc } from './escape.js';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 16;
const RIGHT = WIDTH - 16;
const TOP = 14;
const BOTTOM = HEIGHT - 26;

type Series = 'accrued' | 'liquidated' | 'payable' | 'cap';

function liquidationDay(l: PenaltyView['liquidations'][number]): string {
  return l.decidedOn ?? l.to;
}

export function penaltyChart(x: HtmlCtx, d: DeadlineView & { penalty: PenaltyView }, figureId: string): string[] {
  const { L, H } = x;
  const p = d.penalty;
  const C = H.penaltyChart;
  const money = (minor: number | undefined) => (minor === undefined ? C.notComputed : L.money(minor, p.currency));
  const days = [p.firstDay, ...(p.lastDay === undefined ? [] : [p.lastDay]), ...p.liquidations.map(liquidationDay)];
  const first = Math.min(...days.map(toDayNumber));
  const last = Math.max(first + 30, ...days.map(toDayNumber));
  const span = last - first;
  const xOf = (day: string) => LEFT + ((toDayNumber(day) - first) / span) * (RIGHT - LEFT) * 0.92;
  const liquidatedTotal = p.liquidations.reduce((sum, l) => sum + l.amountMinor, 0);
  const top = Math.max(1, p.accruedMinor ?? 0, p.maximumMinor ?? 0, p.payableMinor, liquidatedTotal);
  const yOf = (minor: number) => BOTTOM - (minor / top) * (BOTTOM - TOP);
  const f = (n: number) => n.toFixed(1);
  const shapes: string[] = [
    `<line x1="${LEFT}" y1="${BOTTOM}" x2="${RIGHT}" y2="${BOTTOM}" class="pc-axis"/>`,
    `<text x="${LEFT}" y="${HEIGHT - 8}" class="pc-tick">${esc(L.date(p.firstDay))}</text>`,
  ];
  // The last day's tick only where it cannot touch the first's (11 px monospace, about 80 px).
  if (p.lastDay !== undefined && xOf(p.lastDay) - LEFT > 130)
    shapes.push(`<text x="${f(xOf(p.lastDay))}" y="${HEIGHT - 8}" class="pc-tick" text-anchor="middle">${esc(L.date(p.lastDay))}</text>`);
  if (p.maximumMinor !== undefined)
    shapes.push(`<line x1="${LEFT}" y1="${f(yOf(p.maximumMinor))}" x2="${RIGHT}" y2="${f(yOf(p.maximumMinor))}" class="pc-cap"/>`);
  shapes.push(`<line x1="${LEFT}" y1="${f(yOf(p.payableMinor))}" x2="${RIGHT}" y2="${f(yOf(p.payableMinor))}" class="pc-payable"/>`);
  if (p.accruedMinor !== undefined && p.lastDay !== undefined)
    shapes.push(
      `<polyline points="${f(xOf(p.firstDay))},${BOTTOM} ${f(xOf(p.lastDay))},${f(yOf(p.accruedMinor))} ${RIGHT},${f(yOf(p.accruedMinor))}" class="pc-accrued"/>`,
    );
  if (p.liquidations.length > 0) {
    let sum = 0;
    const points = [`${LEFT},${BOTTOM}`];
    for (const l of [...p.liquidations].sort((a, b) => (liquidationDay(a) < liquidationDay(b) ? -1 : 1))) {
      const at = f(xOf(liquidationDay(l)));
      points.push(`${at},${f(yOf(sum))}`);
      sum += l.amountMinor;
      points.push(`${at},${f(yOf(sum))}`);
    }
    points.push(`${RIGHT},${f(yOf(sum))}`);
    shapes.push(`<polyline points="${points.join(' ')}" class="pc-liquidated"/>`);
  }
  const rows: [Series, string][] = [
    ['accrued', money(p.accruedMinor)],
    ['liquidated', money(liquidatedTotal)],
    ['payable', money(p.payableMinor)],
    ['cap', money(p.maximumMinor)],
  ];
  const key = (s: Series) =>
    `<svg width="18" height="8" viewBox="0 0 18 8" aria-hidden="true"><line x1="0" y1="4" x2="18" y2="4" class="pc-${s}"/></svg> ${esc(C[s])}`;
  const title = esc(C.title(deadlineLabel(d, L.paymentOf)));
  return [
    `<h4>${esc(deadlineLabel(d, L.paymentOf))} <span class="id">(${esc(d.id)})</span></h4>`,
    '<figure class="penalty-chart">',
    `<svg role="img" aria-labelledby="${figureId}-t" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${figureId}-t">${title}</title>`,
    ...shapes,
    '</svg>',
    '<figcaption>',
    ...htmlTable(
      C.seriesHeader.map((h) => esc(h)),
      rows.map(([s, amount]) => [key(s), esc(amount)]),
    ),
    ...(p.suspendedDays > 0 ? [`<p>${esc(C.straightAccrual(p.suspendedDays))}</p>`] : []),
    '</figcaption>',
    '</figure>',
  ];
}
