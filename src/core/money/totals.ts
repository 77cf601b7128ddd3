// Exact totals of amounts in minor units, one total per key (usually the currency: amounts in
// different currencies are never added together).
//
// The sums are kept as BigInt until the end, so the order of the items cannot change a total
// (a float sum can: 0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1), and the result is checked to be a safe
// integer. The map is ordered by key, by UTF-16 code units rather than the locale, so reports
// are byte-identical whatever the order of the files and the machine's locale.

import { assertSafeMinor, toSafeMinor } from './amount.js';

/**
 * Sums `amount(item)` (minor units) per `key(item)`. Throws when an amount or a total is not a
 * safe integer.
 */
export function sumBy<T>(items: Iterable<T>, key: (item: T) => string, amount: (item: T) => number): Map<string, number> {
  const totals = new Map<string, bigint>();
  for (const item of items) {
    const group = key(item);
    const minor = amount(item);
    assertSafeMinor(minor, `the amount for ${JSON.stringify(group)}`);
    totals.set(group, (totals.get(group) ?? 0n) + BigInt(minor));
  }
  const keys = [...totals.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(keys.map((group) => [group, toSafeMinor(totals.get(group) ?? 0n, `the total for ${JSON.stringify(group)}`)]));
}

/** Totals per currency of `{ minor, currency }` amounts, e.g. Map { EUR → 2000000000, GBP → 755280000 }. */
export function totalsByCurrency(amounts: Iterable<{ minor: number; currency: string }>): Map<string, number> {
  return sumBy(
    amounts,
    (a) => a.currency,
    (a) => a.minor,
  );
}

/**
 * `total + minor` when it is still a safe integer (exact as a number); `undefined` when it would
 * pass ±(2^53 − 1), so that a caller can leave the amount out and say so instead of failing.
 * The sum is taken in BigInt: a float sum beyond 2^53 would silently round.
 */
export function addWithinSafeRange(total: number, minor: number): number | undefined {
  const sum = BigInt(total) + BigInt(minor);
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  return sum > limit || sum < -limit ? undefined : Number(sum);
}
