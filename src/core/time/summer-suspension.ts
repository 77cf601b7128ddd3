// The Italian summer suspension of procedural periods (L. 742/1969 art. 1, as amended by D.L.
// 132/2014): counted by overlap per year rather than day by day.
import { addDays, toDayNumber, type IsoDate } from './calendar-date.js';

/** L. 742/1969 art. 1: procedural periods do not run from 1 to 31 August. */
export const isInAugust = (date: IsoDate): boolean => date.slice(5, 7) === '08';

/** Days of the August suspension inside (from, end], by overlap per year rather than day by day. */
function suspendedDaysIn(from: IsoDate, end: IsoDate): number {
  const first = toDayNumber(from) + 1;
  const last = toDayNumber(end);
  let total = 0;
  for (let year = Number(from.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) {
    const yearText = String(year).padStart(4, '0');
    const overlapStart = Math.max(first, toDayNumber(`${yearText}-08-01`));
    const overlapEnd = Math.min(last, toDayNumber(`${yearText}-08-31`));
    total += Math.max(0, overlapEnd - overlapStart + 1);
  }
  return total;
}

/** Adds back, after `end`, as many running days as the suspension took out of (from, end]. */
export function extendPastSuspension(from: IsoDate, end: IsoDate): { end: IsoDate; suspendedDays: number } {
  const suspendedDays = suspendedDaysIn(from, end);
  let extendedEnd = end;
  for (let owed = suspendedDays; owed > 0;) {
    extendedEnd = addDays(extendedEnd, 1);
    if (!isInAugust(extendedEnd)) owed -= 1;
  }
  return { end: extendedEnd, suspendedDays };
}
