import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, currencyMinorUnits, isCurrencyCode } from '../../../src/core/codes/currencies.js';

describe('currencyMinorUnits', () => {
  it.each([
    ['EUR', 2],
    ['GBP', 2],
    ['USD', 2],
    ['CHF', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['XOF', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['TND', 3],
    ['CLF', 4],
    ['UYW', 4],
    ['XCG', 2],
    ['ZWG', 2],
    ['SLE', 2],
  ])('%s has %i decimals', (code, minorUnits) => {
    expect(currencyMinorUnits(code)).toBe(minorUnits);
  });

  it.each([
    ['lower case', 'eur'],
    ['a country code', 'GB'],
    ['a made-up code', 'ABC'],
    ['an inherited property name', 'constructor'],
    ['a prototype key', '__proto__'],
    ['gold, whose minor unit is N.A.', 'XAU'],
    ['the test code', 'XTS'],
    ['a withdrawn code (Croatian kuna)', 'HRK'],
    ['a replaced code (Netherlands Antillean guilder)', 'ANG'],
    ['the empty string', ''],
  ])('refuses %s', (_label, code) => {
    expect(currencyMinorUnits(code)).toBeUndefined();
    expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('the currency table', () => {
  it('holds each code once, as three capital letters, in alphabetical order', () => {
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
    expect([...CURRENCY_CODES].sort()).toEqual(CURRENCY_CODES);
  });

  it('has the 166 active codes with minor units of the 2025 list', () => {
    expect(CURRENCY_CODES).toHaveLength(166);
  });

  it('knows every currency the ECB publishes reference rates for', () => {
    const ecbCurrencies =
      'USD JPY BGN CZK DKK GBP HUF PLN RON SEK CHF ISK NOK TRY AUD BRL CAD CNY HKD IDR ILS INR KRW MXN MYR NZD PHP SGD THB ZAR';
    for (const code of ecbCurrencies.split(' ')) expect(isCurrencyCode(code), code).toBe(true);
  });
});
