import { describe, expect, it } from 'vitest';
import { sumBy, totalsByCurrency } from '../../../src/core/money/totals.js';

const fines = [
  { authority: 'CNIL', minor: 2_000_000_000, currency: 'EUR' },
  { authority: 'ICO', minor: 755_280_000, currency: 'GBP' },
  { authority: 'Garante', minor: 2_000_000_000, currency: 'EUR' },
  { authority: 'HDPA', minor: 2_000_000_000, currency: 'EUR' },
  { authority: 'AP', minor: 3_050_000_000, currency: 'EUR' },
];

describe('totalsByCurrency', () => {
  it('adds per currency, never across currencies', () => {
    expect(totalsByCurrency(fines)).toEqual(
      new Map([
        ['EUR', 9_050_000_000],
        ['GBP', 755_280_000],
      ]),
    );
  });

  it('orders the totals by currency code, whatever the input order', () => {
    const reversed = totalsByCurrency([...fines].reverse());
    expect([...reversed.keys()]).toEqual(['EUR', 'GBP']);
  });

  it('is empty for no amounts', () => {
    expect(totalsByCurrency([])).toEqual(new Map());
  });

  it('adds ten times 0.10 EUR to exactly 1.00 EUR', () => {
    expect(totalsByCurrency(Array.from({ length: 10 }, () => ({ minor: 10, currency: 'EUR' })))).toEqual(new Map([['EUR', 100]]));
  });

  it('throws when a total is beyond 2^53, naming the currency', () => {
    const huge = [
      { minor: Number.MAX_SAFE_INTEGER, currency: 'EUR' },
      { minor: 1, currency: 'EUR' },
    ];
    expect(() => totalsByCurrency(huge)).toThrow(/total for "EUR" is 9007199254740992 minor units/);
  });

  it('throws on an amount that is not a whole number of minor units', () => {
    expect(() => totalsByCurrency([{ minor: 0.1, currency: 'EUR' }])).toThrow(RangeError);
  });
});

describe('sumBy', () => {
  it('groups by any key, e.g. authority and currency', () => {
    const totals = sumBy(
      fines,
      (f) => `${f.currency} ${f.authority}`,
      (f) => f.minor,
    );
    expect([...totals.keys()]).toEqual(['EUR AP', 'EUR CNIL', 'EUR Garante', 'EUR HDPA', 'GBP ICO']);
  });

  it('orders keys by code unit, not by locale (upper case before lower case)', () => {
    const totals = sumBy(
      ['b', 'B', 'a', 'A', 'é'],
      (k) => k,
      () => 1,
    );
    expect([...totals.keys()]).toEqual(['A', 'B', 'a', 'b', 'é']);
  });

  it('accepts any iterable, such as a generator', () => {
    function* amounts(): Generator<number> {
      yield 1;
      yield 2;
    }
    expect(
      sumBy(
        amounts(),
        () => 'EUR',
        (m) => m,
      ),
    ).toEqual(new Map([['EUR', 3]]));
  });

  it('keeps a key named like a built-in as an ordinary key', () => {
    expect(
      sumBy(
        [1, 2],
        () => '__proto__',
        (m) => m,
      ),
    ).toEqual(new Map([['__proto__', 3]]));
  });
});
