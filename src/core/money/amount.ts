// Exact money amounts: integer minor units (cents) read from and written to decimal text.
//
// Amounts are never read through a float: `Number("1.005") * 100` is 100.49999999999999 and
// `0.1 + 0.2` is 0.30000000000000004. The decimal
// text is split into digits and assembled with BigInt, and the result must be a safe integer
// (at most 2^53 − 1 minor units, about EUR 90 trillion), so that every later sum is exact.

import { currencyMinorUnits } from '../codes/currencies.js';

export type AmountProblem = 'format' | 'negative' | 'precision' | 'too-large' | 'currency';

export type ParsedAmount = { ok: true; minor: number } | { ok: false; reason: AmountProblem; detail: string };

/**
 * Plain decimal notation only: digits, optionally a point and more digits. No sign, exponent,
 * hexadecimal, grouping separator or surrounding space. The integer part has no leading zero
 * ("010" is refused: YAML 1.1 readers take it for octal 8).
 */
const DECIMAL_TEXT = /^(0|[1-9]\d*)(?:\.(\d+))?$/;

// More digits than this in the integer part cannot be a safe integer in any currency; checking
// the length first keeps a megabyte of digits from being turned into a BigInt.
const MAX_SAFE_INTEGER_DIGITS = String(Number.MAX_SAFE_INTEGER).length;

/**
 * Reads `text` (e.g. "7552800.00") as an amount of `currency` in minor units (755280000 for
 * GBP). An amount may not have more decimals than its currency, even zeros ("1.000" EUR is a
 * precision error): a third decimal in euros says the writer meant something the currency
 * cannot hold, and an amount is never rounded silently.
 */
export function parseAmount(text: string, currency: string): ParsedAmount {
  const minorUnits = currencyMinorUnits(currency);
  if (minorUnits === undefined) {
    return fail('currency', `${JSON.stringify(currency)} is not an ISO 4217 currency code with minor units`);
  }
  if (typeof text !== 'string') {
    return fail('format', `expected the amount as decimal text, got a ${typeof text}`);
  }
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) {
    if (text.startsWith('-') && DECIMAL_TEXT.test(text.slice(1))) {
      return fail('negative', 'negative: amounts are written without a sign');
    }
    return fail(
      'format',
      'not a plain decimal amount such as 1234 or 1234.50 ' + '(no sign, exponent, spaces, thousands separators or leading zeros)',
    );
  }
  const integerDigits = match[1] ?? '';
  const fractionDigits = match[2] ?? '';
  const keptFraction = fractionDigits.slice(0, minorUnits);
  const droppedFraction = fractionDigits.slice(minorUnits);
  if (droppedFraction.length > 0) {
    return fail('precision', `more decimals than ${currency} has (${minorUnits}): it would need rounding`);
  }
  const minor = integerDigits.length > MAX_SAFE_INTEGER_DIGITS ? undefined : BigInt(integerDigits + keptFraction.padEnd(minorUnits, '0'));
  if (minor === undefined || minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    const largest = formatMinor(Number.MAX_SAFE_INTEGER, currency);
    return fail('too-large', `larger than ${largest} ${currency}, the largest amount that can be added up exactly`);
  }
  return { ok: true, minor: Number(minor) };
}

/**
 * Writes an amount in minor units as plain, locale-free decimal text with exactly the
 * currency's number of decimals: `formatMinor(2000000000, 'EUR')` is "20000000.00",
 * `formatMinor(-5, 'EUR')` is "-0.05". For display to people use `Intl.NumberFormat`.
 * Throws on a non-safe-integer amount or an unknown currency (both are programming errors).
 */
export function formatMinor(minor: number, currency: string): string {
  const minorUnits = currencyMinorUnits(currency);
  if (minorUnits === undefined) {
    throw new RangeError(`"${currency}" is not an ISO 4217 currency code with minor units`);
  }
  assertSafeMinor(minor, 'amount');
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(minorUnits + 1, '0');
  if (minorUnits === 0) return sign + digits;
  const cut = digits.length - minorUnits;
  return `${sign}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/**
 * Adds amounts in minor units of one currency. Throws when an input or the sum is not a safe
 * integer: past 2^53 a `number` sum silently loses units (9007199254740993 reads as …992).
 */
export function addMinor(...amounts: number[]): number {
  let sum = 0n;
  for (const [index, amount] of amounts.entries()) {
    assertSafeMinor(amount, `amount #${index + 1}`);
    sum += BigInt(amount);
  }
  return toSafeMinor(sum, `the sum of ${amounts.length} amounts`);
}

/** Throws a RangeError unless `minor` is a safe integer. `what` names it in the message. */
export function assertSafeMinor(minor: number, what: string): void {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`${what} must be a whole number of minor units within ±(2^53 − 1), got ${String(minor)}`);
  }
}

/** Converts an exact BigInt result back to a `number`, or throws if it is not a safe integer. */
export function toSafeMinor(minor: bigint, what: string): number {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (minor > limit || minor < -limit) {
    throw new RangeError(`${what} is ${minor} minor units, beyond ±(2^53 − 1): it cannot be held exactly in a number`);
  }
  return Number(minor);
}

function fail(reason: AmountProblem, detail: string): ParsedAmount {
  return { ok: false, reason, detail };
}
