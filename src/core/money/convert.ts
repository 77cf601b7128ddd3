// Converting an amount to euros at an ECB reference rate, exactly and with its working shown.
//
// The ECB quotes units of the currency per 1 EUR, so EUR = amount ÷ rate. The division is done
// on integers (BigInt) built from the decimal text of the amount and of the rate, and the result
// is rounded once, half-even ("banker's rounding", which does not drift upwards over many
// amounts), to the cent. Example: GBP 7,552,800 ÷ 0.8467 = EUR 8,920,278.7291...
// → EUR 8,920,278.73 (ICO v Clearview, rate of 18 May 2022).

import { currencyMinorUnits } from '../codes/currencies.js';
import { assertSafeMinor, formatMinor } from './amount.js';
import { findRate, type FoundRate, type RateFailure, type RateTable } from './rates.js';

export interface Conversion {
  sourceMinor: number;
  sourceCurrency: string;
  /** The rate used: units of `sourceCurrency` per 1 EUR, as published ("1" for EUR itself). */
  rate: string;
  /** The publication day of the rate; absent only for EUR converted without a lookup. */
  rateDate?: string;
  /** The day the rate was asked for (a weekend asks for Saturday and gets Friday's rate). */
  requestedDate?: string;
  eurMinor: number;
  rounding: 'half-even';
  /** True when the division left no remainder, so no rounding happened. */
  exact: boolean;
}

const EUR_MINOR_UNITS = 2;
const RATE_TEXT = /^(?:0|[1-9]\d*)(?:\.(\d+))?$/;

/**
 * Converts `minor` units of `currency` to euro cents at `rate` (as found by `findRate`). EUR
 * needs no rate and converts to itself. Throws a RangeError on inputs that a caller must have
 * checked: an unknown currency, an amount that is not a safe integer, a missing rate or one
 * for another currency, a rate that is not a positive decimal, or a result beyond 2^53 cents.
 */
export function convertToEur(minor: number, currency: string, rate?: FoundRate): Conversion {
  const result = convert(minor, currency, rate);
  if ('tooLarge' in result) throw new RangeError(result.tooLarge);
  return result;
}

/** An amount whose conversion would pass 2^53 − 1 euro cents, beyond exact arithmetic. */
export interface TooLarge {
  readonly reason: 'too-large';
  readonly currency: string;
  readonly minor: number;
  readonly rate: string;
}
/** Why an amount was not converted, as data; `detail` words it in English. */
export type ConversionFailure = RateFailure | TooLarge;

export type ConversionResult = { ok: true; conversion: Conversion } | ({ ok: false; detail: string } & ConversionFailure);

/**
 * Looks up the ECB rate for `onDate` (or the last publication before it) and converts. A
 * missing rate is an error result, never a silent 1:1. Throws only on the caller mistakes
 * listed under `convertToEur`.
 */
export function convertToEurOn(
  table: RateTable,
  minor: number,
  currency: string,
  onDate: string,
  options: { maxAgeDays?: number } = {},
): ConversionResult {
  const found = findRate(table, currency, onDate, options);
  if (!found.ok) return found;
  const { rate, rateDate, requestedDate } = found;
  const result = convert(minor, currency, { currency, rate, rateDate, requestedDate });
  if ('tooLarge' in result) return { ok: false, reason: 'too-large', currency, minor, rate, detail: result.tooLarge };
  return { ok: true, conversion: result };
}

function convert(minor: number, currency: string, rate: FoundRate | undefined): Conversion | { tooLarge: string } {
  const minorUnits = currencyMinorUnits(currency);
  if (minorUnits === undefined) throw new RangeError(`${JSON.stringify(currency)} is not a known currency`);
  assertSafeMinor(minor, `the ${currency} amount`);
  if (rate !== undefined && rate.currency !== currency) {
    throw new RangeError(`a ${rate.currency} rate cannot convert an amount in ${currency}`);
  }
  const dates = rate === undefined ? {} : { rateDate: rate.rateDate, requestedDate: rate.requestedDate };
  const source = { sourceMinor: minor, sourceCurrency: currency };
  if (currency === 'EUR') return { ...source, rate: '1', ...dates, eurMinor: minor, rounding: 'half-even', exact: true };
  if (rate === undefined) throw new RangeError(`converting ${currency} to EUR needs a rate`);
  const match = RATE_TEXT.exec(rate.rate);
  if (match === null || !/[1-9]/.test(rate.rate)) {
    throw new RangeError(`${JSON.stringify(rate.rate)} is not a positive decimal rate`);
  }
  const rateDecimals = match[1]?.length ?? 0;
  const rateDigits = BigInt(rate.rate.replace('.', ''));
  // EUR cents = (minor ÷ 10^minorUnits) ÷ (rateDigits ÷ 10^rateDecimals) × 10^2
  //           = minor × 10^(rateDecimals + 2) ÷ (rateDigits × 10^minorUnits)
  const numerator = BigInt(Math.abs(minor)) * 10n ** BigInt(rateDecimals + EUR_MINOR_UNITS);
  const denominator = rateDigits * 10n ** BigInt(minorUnits);
  const { quotient, exact } = divideRoundingHalfEven(numerator, denominator);
  if (quotient > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { tooLarge: `${currency} ${formatMinor(minor, currency)} at ${rate.rate} is beyond 2^53 − 1 euro cents` };
  }
  // Rounding the magnitude and then restoring the sign keeps half-even symmetric around zero.
  const eurMinor = minor < 0 && quotient > 0n ? -Number(quotient) : Number(quotient);
  return { ...source, rate: rate.rate, ...dates, eurMinor, rounding: 'half-even', exact };
}

/** The working, for a report: "GBP 7552800.00 ÷ 0.8467 (ECB, 2022-05-18) = EUR 8920278.73". */
export function describeConversion(conversion: Conversion): string {
  const source = `${conversion.sourceCurrency} ${formatMinor(conversion.sourceMinor, conversion.sourceCurrency)}`;
  const eur = `EUR ${formatMinor(conversion.eurMinor, 'EUR')}`;
  if (conversion.sourceCurrency === 'EUR') return eur;
  const when = conversion.rateDate === undefined ? '' : ` (ECB, ${conversion.rateDate})`;
  return `${source} ÷ ${conversion.rate}${when} = ${eur}${conversion.exact ? '' : ', rounded half-even'}`;
}

/** `numerator ÷ denominator` for non-negative numerator and positive denominator, half-even. */
function divideRoundingHalfEven(numerator: bigint, denominator: bigint): { quotient: bigint; exact: boolean } {
  const quotient = numerator / denominator;
  const twiceRemainder = 2n * (numerator % denominator);
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) {
    return { quotient: quotient + 1n, exact: false };
  }
  return { quotient, exact: twiceRemainder === 0n };
}
