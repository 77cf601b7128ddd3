// formatCount and formatMoney write whole numbers and amounts in the common currencies without
// Intl (building the first Intl.NumberFormat costs milliseconds); they must write exactly what
// Intl.NumberFormat writes for the same locale, on every sign, group count and currency. plural()
// chooses a noun's number without Intl.PluralRules, and must choose as it does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor } from '../../src/core/money/amount.js';
import { CURRENCY_SYMBOL, formatCount, formatMoney, isOne, plural, type Locale } from '../../src/i18n/format.js';

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

  it('plural() puts a count in the "one" category exactly when Intl.PluralRules does', () => {
    const rules = new Intl.PluralRules(TAG[locale]);
    const fractions = [0.5, 1.5, 1.99, 2.01, -0.5, -1.5, -0, NaN, Infinity, -Infinity];
    for (const n of [...EDGES, ...fractions]) expect([n, isOne(n, locale)]).toEqual([n, rules.select(n) === 'one']);
    // Beyond the safe integers ICU's French rules answer "one" for any number (5e33 included);
    // no count is that large.
    const doubles = fc.double({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    fc.assert(fc.property(fc.oneof(integers, doubles), (n) => isOne(n, locale) === (rules.select(n) === 'one')));
    expect(plural(1, { one: 'day', other: 'days' }, locale)).toBe('1 day');
    expect(plural(0, { one: 'day', other: 'days' }, locale)).toBe(locale === 'en' ? '0 days' : '0 day');
  });

  it('formatMoney still goes to Intl for other currencies', () => {
    expect(formatMoney(-123456789, 'CHF', locale)).toBe(
      new Intl.NumberFormat(TAG[locale], { style: 'currency', currency: 'CHF', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        '-1234567.89' as unknown as number,
      ),
    );
  });
});
