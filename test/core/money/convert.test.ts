import { describe, expect, it } from 'vitest';
import { convertToEur, convertToEurOn, describeConversion } from '../../../src/core/money/convert.js';
import { bundledRateTable } from '../../../src/core/money/bundled-rates.js';
import { parseEcbRatesCsv, type FoundRate } from '../../../src/core/money/rates.js';

const ICO_FINE_PENCE = 755_280_000; // GBP 7,552,800 (ICO v Clearview AI, 2022)

function rate(currency: string, text: string, date = '2022-05-18'): FoundRate {
  return { currency, rate: text, rateDate: date, requestedDate: date };
}

describe('convertToEur', () => {
  it('converts the ICO fine at the rate of 18 May 2022: GBP 7,552,800 ÷ 0.8467 = EUR 8,920,278.73', () => {
    // 7552800 ÷ 0.8467 = 8920278.7291838...; the third decimal rounds the cent up.
    expect(convertToEur(ICO_FINE_PENCE, 'GBP', rate('GBP', '0.8467'))).toEqual({
      sourceMinor: ICO_FINE_PENCE,
      sourceCurrency: 'GBP',
      rate: '0.8467',
      rateDate: '2022-05-18',
      requestedDate: '2022-05-18',
      eurMinor: 892_027_873,
      rounding: 'half-even',
      exact: false,
    });
  });

  it('converts it at the rate of 23 May 2022, the announcement date: EUR 8,908,389.65', () => {
    // 7552800 ÷ 0.84783 = 8908389.6536...
    expect(convertToEur(ICO_FINE_PENCE, 'GBP', rate('GBP', '0.84783', '2022-05-23')).eurMinor).toBe(890_838_965);
  });

  it('converts a currency without decimals: JPY 1,000 ÷ 135.76 = EUR 7.3659... → 7.37', () => {
    expect(convertToEur(1_000, 'JPY', rate('JPY', '135.76')).eurMinor).toBe(737);
  });

  it('converts a currency with three decimals: KWD 1.000 ÷ 0.3 = EUR 3.3333... → 3.33', () => {
    expect(convertToEur(1_000, 'KWD', rate('KWD', '0.3')).eurMinor).toBe(333);
  });

  it.each([
    [1, 0], // 0.005 EUR: a tie, rounded to the even 0
    [3, 2], // 0.015 → 0.02
    [5, 2], // 0.025 → 0.02
    [7, 4], // 0.035 → 0.04
    [-3, -2], // symmetric around zero
    [-1, 0],
  ])('rounds ties half-even: %i cents of USD at 2 is %i euro cents', (minor, eurMinor) => {
    const conversion = convertToEur(minor, 'USD', rate('USD', '2'));
    expect(conversion.eurMinor).toBe(eurMinor);
    expect(Object.is(conversion.eurMinor, -0)).toBe(false);
  });

  it('says when no rounding was needed', () => {
    expect(convertToEur(200, 'USD', rate('USD', '2')).exact).toBe(true);
    expect(convertToEur(200, 'USD', rate('USD', '3')).exact).toBe(false);
  });

  it('converts EUR to itself without a rate', () => {
    expect(convertToEur(2_000_000_000, 'EUR')).toEqual({
      sourceMinor: 2_000_000_000,
      sourceCurrency: 'EUR',
      rate: '1',
      eurMinor: 2_000_000_000,
      rounding: 'half-even',
      exact: true,
    });
  });

  it.each([
    ['no rate for a foreign currency', () => convertToEur(100, 'GBP')],
    ['a rate for another currency', () => convertToEur(100, 'GBP', rate('USD', '1.05'))],
    ['a zero rate', () => convertToEur(100, 'GBP', rate('GBP', '0.000'))],
    ['a negative rate', () => convertToEur(100, 'GBP', rate('GBP', '-0.8467'))],
    ['a rate in exponent form', () => convertToEur(100, 'GBP', rate('GBP', '8.467e-1'))],
    ['an unknown currency', () => convertToEur(100, 'XYZ', rate('XYZ', '1'))],
    ['a fractional amount', () => convertToEur(1.5, 'GBP', rate('GBP', '0.8467'))],
    ['an unsafe amount', () => convertToEur(2 ** 53, 'GBP', rate('GBP', '0.8467'))],
    ['a result beyond 2^53 cents', () => convertToEur(Number.MAX_SAFE_INTEGER, 'GBP', rate('GBP', '0.5'))],
  ])('throws on %s', (_label, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('convertToEurOn, with the bundled ECB rates', () => {
  const table = bundledRateTable();

  it('converts the ICO fine on 18 May 2022', () => {
    const result = convertToEurOn(table, ICO_FINE_PENCE, 'GBP', '2022-05-18');
    expect(result).toMatchObject({ ok: true, conversion: { eurMinor: 892_027_873, rate: '0.8467', rateDate: '2022-05-18' } });
  });

  it('uses the Friday 20 May rate for Saturday 21 May: EUR 8,904,503.65', () => {
    // 7552800 ÷ 0.8482 = 8904503.6548...
    const result = convertToEurOn(table, ICO_FINE_PENCE, 'GBP', '2022-05-21');
    expect(result).toEqual({
      ok: true,
      conversion: {
        sourceMinor: ICO_FINE_PENCE,
        sourceCurrency: 'GBP',
        rate: '0.8482',
        rateDate: '2022-05-20',
        requestedDate: '2022-05-21',
        eurMinor: 890_450_365,
        rounding: 'half-even',
        exact: false,
      },
    });
  });

  it('refuses a date before the first row', () => {
    expect(convertToEurOn(table, ICO_FINE_PENCE, 'GBP', '2021-07-14')).toEqual({
      ok: false,
      reason: 'no-rate',
      currency: 'GBP',
      date: '2021-07-14',
      firstDate: '2021-07-15',
      detail: 'no rate for GBP on or before 2021-07-14: the first is of 2021-07-15',
    });
  });

  it('refuses a currency the table does not have, rather than using 1:1', () => {
    expect(convertToEurOn(table, 100, 'CHF', '2022-05-18')).toMatchObject({ ok: false, reason: 'unknown-currency' });
  });

  it('converts EUR to itself on any day, and records the day', () => {
    expect(convertToEurOn(table, 2_000_000_000, 'EUR', '2022-02-17')).toEqual({
      ok: true,
      conversion: {
        sourceMinor: 2_000_000_000,
        sourceCurrency: 'EUR',
        rate: '1',
        rateDate: '2022-02-17',
        requestedDate: '2022-02-17',
        eurMinor: 2_000_000_000,
        rounding: 'half-even',
        exact: true,
      },
    });
  });

  it('returns too-large, not a wrong number, when the result cannot be held exactly', () => {
    const parsed = parseEcbRatesCsv('Date,JPY,\n2022-05-18,0.0001,\n');
    if (!parsed.ok) throw new Error('fixture');
    const result = convertToEurOn(parsed.table, Number.MAX_SAFE_INTEGER, 'JPY', '2022-05-18');
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('describeConversion', () => {
  it('shows the working of a conversion', () => {
    const conversion = convertToEur(ICO_FINE_PENCE, 'GBP', rate('GBP', '0.8467'));
    expect(describeConversion(conversion)).toBe('GBP 7552800.00 ÷ 0.8467 (ECB, 2022-05-18) = EUR 8920278.73, rounded half-even');
  });

  it('shows a euro amount as it is', () => {
    expect(describeConversion(convertToEur(2_000_000_000, 'EUR'))).toBe('EUR 20000000.00');
  });
});
