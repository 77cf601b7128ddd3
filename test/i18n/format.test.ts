// formatCount and formatMoney write whole numbers and amounts in the common currencies without
// Intl (building the first Intl.NumberFormat costs milliseconds); they must write exactly what
// Intl.NumberFormat writes for the same locale, on every sign, group count and currency.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor } from '../../src/core/money/amount.js';
import { CURRENCY_SYMBOL, formatCount, formatMoney, type Locale } from '../../src/i18n/format.js';

const TAG: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };
const LOCALES: Locale[] = ['en', 'fr'];

// 0, then ±(10^k − 1), ±10^k and ±(10^k + 1) for every length up to the largest safe integer.
const EDGES = [0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
for (let power = 1; power <= 1e15; power *= 10) for (const n of [power - 1, power, power + 1]) EDGES.push(n, -n);
const integers = fc.oneof(fc.constantFrom(...EDGES), fc.integer(), fc.maxSafeInteger());

describe.each(LOCALES)('in %s', (locale) => {
  const counts = new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 0 });

  it('formatCount writes what Intl.NumberFormat writes', () => {
    for (const n of [...EDGES, -0, 2.5, -1234.5, 0.4]) expect(formatCount(n, locale)).toBe(counts.format(n));
    fc.assert(fc.property(integers, (n) => formatCount(n, locale) === counts.format(n)));
  });

  it.each(Object.keys(CURRENCY_SYMBOL[locale]))('formatMoney writes %s as Intl.NumberFormat does', (currency) => {
    const money = new Intl.NumberFormat(TAG[locale], { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const intl = (minor: number) => money.format(formatMinor(minor, currency) as unknown as number);
    for (const minor of EDGES) expect(formatMoney(minor, currency, locale)).toBe(intl(minor));
    fc.assert(fc.property(integers, (minor) => formatMoney(minor, currency, locale) === intl(minor)));
  });

  it('formatMoney still goes to Intl for other currencies', () => {
    expect(formatMoney(-123456789, 'CHF', locale)).toBe(
      new Intl.NumberFormat(TAG[locale], { style: 'currency', currency: 'CHF', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        '-1234567.89' as unknown as number,
      ),
    );
  });
});
