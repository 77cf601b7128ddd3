import { describe, expect, it } from 'vitest';
import { addMinor, formatMinor, parseAmount } from '../../../src/core/money/amount.js';

describe('parseAmount: valid amounts', () => {
  it.each([
    ['20000000', 'EUR', 2_000_000_000],
    ['7552800.00', 'GBP', 755_280_000],
    ['7552800', 'GBP', 755_280_000],
    ['1234.5', 'EUR', 123_450],
    ['0.01', 'EUR', 1],
    ['0', 'EUR', 0],
    ['0.5', 'EUR', 50],
    ['100', 'JPY', 100],

    ['1.234', 'KWD', 1_234],
    ['1.2345', 'CLF', 12_345],
    ['90071992547409.91', 'EUR', Number.MAX_SAFE_INTEGER],
    ['9007199254740991', 'JPY', Number.MAX_SAFE_INTEGER],
  ])('%s %s is %i minor units', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toEqual({ ok: true, minor });
  });

  it('never goes through a float: 1.15 EUR is 115 cents (1.15 * 100 is 114.99999999999999)', () => {
    expect(parseAmount('1.15', 'EUR')).toEqual({ ok: true, minor: 115 });
    expect(parseAmount('0.29', 'EUR')).toEqual({ ok: true, minor: 29 });
  });
});

describe('parseAmount: refusals', () => {
  it.each([
    ['precision', '1.005', 'EUR'],
    ['precision', '0.001', 'EUR'],
    ['precision', '100.5', 'JPY'],
    ['precision', '1.0001', 'KWD'],
    ['precision', '1.000', 'EUR'],
    ['precision', '100.00', 'JPY'],
    ['precision', '1.00001', 'CLF'],
    ['negative', '-5', 'EUR'],
    ['negative', '-0', 'EUR'],
    ['negative', '-1.50', 'EUR'],
    ['too-large', '90071992547409.92', 'EUR'],
    ['too-large', '9007199254740992', 'JPY'],
    ['too-large', '9007199254740993', 'EUR'],
    ['too-large', '1'.repeat(10_000), 'EUR'],
    ['format', '1e21', 'EUR'],
    ['format', '1E5', 'EUR'],
    ['format', '0x10', 'EUR'],
    ['format', '0o17', 'EUR'],
    ['format', '', 'EUR'],
    ['format', ' 5', 'EUR'],
    ['format', '5 ', 'EUR'],
    ['format', '+5', 'EUR'],
    ['format', '1,000', 'EUR'],
    ['format', '1 000', 'EUR'],
    ['format', '5.', 'EUR'],
    ['format', '.5', 'EUR'],
    ['format', '010', 'EUR'],
    ['format', 'NaN', 'EUR'],
    ['format', 'Infinity', 'EUR'],
    ['format', '１２', 'EUR'], // full-width digits
    ['format', '12\n', 'EUR'],
    ['format', '--5', 'EUR'],
    ['currency', '5', 'eur'],
    ['currency', '5', 'XAU'],
    ['currency', '5', 'constructor'],
  ])('%s: %j %s', (reason, text, currency) => {
    const result = parseAmount(text, currency);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.detail.length).toBeGreaterThan(0);
  });

  it('says which precision the currency has', () => {
    expect(parseAmount('1.005', 'EUR')).toEqual({
      ok: false,
      reason: 'precision',
      detail: 'more decimals than EUR has (2): it would need rounding',
    });
  });

  it('names the largest amount in a too-large message', () => {
    const result = parseAmount('90071992547409.92', 'EUR');
    expect(!result.ok && result.detail).toContain('90071992547409.91 EUR');
  });

  it('refuses a number where text is expected, as a case file could give one', () => {
    expect(parseAmount(20_000_000 as unknown as string, 'EUR')).toMatchObject({ ok: false, reason: 'format' });
  });
});

describe('formatMinor', () => {
  it.each([
    [2_000_000_000, 'EUR', '20000000.00'],
    [755_280_000, 'GBP', '7552800.00'],
    [1, 'EUR', '0.01'],
    [0, 'EUR', '0.00'],
    [-5, 'EUR', '-0.05'],
    [-0, 'EUR', '0.00'],
    [100, 'JPY', '100'],
    [1_234, 'KWD', '1.234'],
    [5, 'CLF', '0.0005'],
    [Number.MAX_SAFE_INTEGER, 'EUR', '90071992547409.91'],
  ])('%i %s is %j', (minor, currency, text) => {
    expect(formatMinor(minor, currency)).toBe(text);
  });

  it('uses no locale: no grouping separators, a point for decimals', () => {
    expect(formatMinor(123_456_789, 'EUR')).toBe('1234567.89');
  });

  it.each([
    ['a fraction', 1.5, 'EUR'],
    ['NaN', Number.NaN, 'EUR'],
    ['Infinity', Number.POSITIVE_INFINITY, 'EUR'],
    ['an unsafe integer', 2 ** 53, 'EUR'],
    ['an unknown currency', 100, 'XXX'],
  ])('throws on %s', (_label, minor, currency) => {
    expect(() => formatMinor(minor, currency)).toThrow(RangeError);
  });
});

describe('addMinor', () => {
  it('adds exactly', () => {
    expect(addMinor(10, 20)).toBe(30);
    expect(addMinor()).toBe(0);
    expect(addMinor(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('sums ten times 0.10 EUR to exactly 1.00 EUR (floats give 0.9999999999999999)', () => {
    expect(addMinor(...Array<number>(10).fill(10))).toBe(100);
  });

  it('does not overflow in between: the BigInt sum comes back into range', () => {
    expect(addMinor(Number.MAX_SAFE_INTEGER, 1, -1)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('throws a clear error when the sum is not a safe integer', () => {
    expect(() => addMinor(Number.MAX_SAFE_INTEGER, 1)).toThrow(/sum of 2 amounts is 9007199254740992 minor units, beyond/);
  });

  it('throws on an input that is not a safe integer, naming it', () => {
    expect(() => addMinor(1, 0.5)).toThrow(/amount #2 must be a whole number/);
    expect(() => addMinor(2 ** 53)).toThrow(RangeError);
  });
});
