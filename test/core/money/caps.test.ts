import { describe, expect, it } from 'vitest';
import { checkFineAgainstCap, describeCap, fineCap, type FineCap, type FineCapInput } from '../../../src/core/money/caps.js';

const EUR_MILLION = 100_000_000; // in cents
// GBP 8.7m is written 870_000_000 pence: 8.7 * 100_000_000 is 869999999.9999999 in floats.
const GBP_MILLION = 100_000_000; // in pence

function capOf(input: FineCapInput): FineCap {
  const result = fineCap(input);
  if (!result.ok) throw new Error(`expected a cap, got ${result.detail}`);
  return result.cap;
}

describe('fineCap: fixed amounts', () => {
  it.each([
    ['GDPR', '83(4)', 'EUR', 10 * EUR_MILLION, 2, 'GDPR Art. 83(4)'],
    ['GDPR', '83(5)', 'EUR', 20 * EUR_MILLION, 4, 'GDPR Art. 83(5)'],
    ['GDPR', '83(6)', 'EUR', 20 * EUR_MILLION, 4, 'GDPR Art. 83(6)'],
    ['UK-GDPR', '83(4)', 'GBP', 870_000_000, 2, 'UK GDPR Art. 83(4); DPA 2018 s.157(6) (standard maximum amount)'],
    ['UK-GDPR', '83(5)', 'GBP', 1_750_000_000, 4, 'UK GDPR Art. 83(5); DPA 2018 s.157(5) (higher maximum amount)'],
    ['UK-GDPR', '83(6)', 'GBP', 1_750_000_000, 4, 'UK GDPR Art. 83(6); DPA 2018 s.157(5) (higher maximum amount)'],
  ] as const)('%s %s without a turnover: %s %i, the fixed amount', (law, tier, currency, fixedMinor, percent, citation) => {
    expect(fineCap({ law, tier })).toEqual({
      ok: true,
      cap: { law, tier, currency, fixedMinor, percent, capMinor: fixedMinor, basis: 'fixed', citation },
    });
  });
});

describe('fineCap: turnover-based amounts', () => {
  it('uses 4 % of the turnover when that is higher than EUR 20m', () => {
    const cap = capOf({ law: 'GDPR', tier: '83(5)', turnover: { minor: 1_000 * EUR_MILLION, currency: 'EUR', year: 2021 } });
    expect(cap).toMatchObject({
      turnoverMinor: 1_000 * EUR_MILLION,
      turnoverYear: 2021,
      turnoverBasedMinor: 40 * EUR_MILLION,
      capMinor: 40 * EUR_MILLION,
      basis: 'turnover',
    });
  });

  it('keeps the fixed EUR 20m when 4 % of the turnover is lower', () => {
    const cap = capOf({ law: 'GDPR', tier: '83(5)', turnover: { minor: 100 * EUR_MILLION, currency: 'EUR', year: 2021 } });
    expect(cap).toMatchObject({ turnoverBasedMinor: 4 * EUR_MILLION, capMinor: 20 * EUR_MILLION, basis: 'fixed' });
  });

  it('names the fixed amount on a tie (EUR 500m turnover: 4 % is exactly EUR 20m)', () => {
    const cap = capOf({ law: 'GDPR', tier: '83(5)', turnover: { minor: 500 * EUR_MILLION, currency: 'EUR', year: 2021 } });
    expect(cap).toMatchObject({ turnoverBasedMinor: 20 * EUR_MILLION, capMinor: 20 * EUR_MILLION, basis: 'fixed' });
  });

  it('rounds 2 % down to the cent: 2 % of EUR 500,000,000.99 is 10,000,000.0198, capped at 10,000,000.01', () => {
    const cap = capOf({ law: 'GDPR', tier: '83(4)', turnover: { minor: 50_000_000_099, currency: 'EUR', year: 2022 } });
    expect(cap).toMatchObject({ turnoverBasedMinor: 1_000_000_001, capMinor: 1_000_000_001, basis: 'turnover' });
  });

  it('rounds down even just below the next cent (2 % of 0.49 EUR is 0.0098, i.e. 0 cents)', () => {
    const cap = capOf({ law: 'GDPR', tier: '83(4)', turnover: { minor: 49, currency: 'EUR', year: 2022 } });
    expect(cap.turnoverBasedMinor).toBe(0);
  });

  it('computes the UK higher maximum on a GBP turnover', () => {
    const cap = capOf({ law: 'UK-GDPR', tier: '83(5)', turnover: { minor: 1_000 * GBP_MILLION, currency: 'GBP', year: 2021 } });
    expect(cap).toMatchObject({ currency: 'GBP', capMinor: 40 * GBP_MILLION, basis: 'turnover' });
  });

  it('computes the UK standard maximum on a GBP turnover', () => {
    const cap = capOf({ law: 'UK-GDPR', tier: '83(4)', turnover: { minor: 1_000 * GBP_MILLION, currency: 'GBP', year: 2021 } });
    expect(cap).toMatchObject({ fixedMinor: 870_000_000, capMinor: 20 * GBP_MILLION, basis: 'turnover' });
  });

  it('is exact at the largest safe turnover', () => {
    const cap = capOf({ law: 'GDPR', tier: '83(5)', turnover: { minor: Number.MAX_SAFE_INTEGER, currency: 'EUR', year: 2021 } });
    // 9007199254740991 × 4 / 100 = 360287970189639.64 → 360287970189639
    expect(cap.capMinor).toBe(360_287_970_189_639);
  });
});

describe('fineCap: refusals', () => {
  it('refuses a turnover in another currency than the cap', () => {
    const result = fineCap({ law: 'GDPR', tier: '83(5)', turnover: { minor: 1_000, currency: 'USD', year: 2021 } });
    expect(result).toEqual({
      ok: false,
      reason: 'currency-mismatch',
      law: 'GDPR',
      turnoverCurrency: 'USD',
      capCurrency: 'EUR',
      detail: 'the turnover is in USD but the GDPR cap is in EUR: convert the turnover to EUR first, at a stated rate and date',
    });
  });

  it('refuses a EUR turnover for a UK cap, which is in pounds', () => {
    const result = fineCap({ law: 'UK-GDPR', tier: '83(5)', turnover: { minor: 1_000, currency: 'EUR', year: 2021 } });
    expect(result).toMatchObject({ ok: false, reason: 'currency-mismatch' });
  });

  it.each([
    ['negative', { minor: -1, currency: 'EUR', year: 2021 }],
    ['fractional', { minor: 1.5, currency: 'EUR', year: 2021 }],
    ['unsafe', { minor: 2 ** 53, currency: 'EUR', year: 2021 }],
    ['NaN', { minor: Number.NaN, currency: 'EUR', year: 2021 }],
    ['with a fractional year', { minor: 1, currency: 'EUR', year: 2021.5 }],
  ])('refuses a %s turnover', (_label, turnover) => {
    expect(fineCap({ law: 'GDPR', tier: '83(5)', turnover })).toMatchObject({ ok: false, reason: 'invalid-turnover' });
  });

  it.each([
    ['GDPR', '83(7)'],
    ['GDPR', 'constructor'],
    ['CCPA', '83(5)'],
    ['__proto__', '83(5)'],
  ])('refuses law %j tier %j from untrusted input', (law, tier) => {
    const input = { law, tier } as unknown as FineCapInput;
    expect(fineCap(input)).toMatchObject({ ok: false, reason: 'unknown-tier' });
  });
});

describe('checkFineAgainstCap', () => {
  const fixedCap = capOf({ law: 'GDPR', tier: '83(5)' });
  const turnoverCap = capOf({ law: 'GDPR', tier: '83(4)', turnover: { minor: 50_000_000_099, currency: 'EUR', year: 2022 } });

  it('CNIL v Clearview AI, EUR 20m without a turnover: exactly at the maximum', () => {
    expect(checkFineAgainstCap(20 * EUR_MILLION, fixedCap)).toEqual({ status: 'at-maximum' });
  });

  it('one cent above the fixed cap is over by one cent', () => {
    expect(checkFineAgainstCap(20 * EUR_MILLION + 1, fixedCap)).toEqual({ status: 'over', overByMinor: 1 });
  });

  it('one cent below is within', () => {
    expect(checkFineAgainstCap(20 * EUR_MILLION - 1, fixedCap)).toEqual({ status: 'within' });
    expect(checkFineAgainstCap(0, fixedCap)).toEqual({ status: 'within' });
  });

  it('at the turnover-based cap, at the fixed amount below it, and one cent over', () => {
    expect(checkFineAgainstCap(1_000_000_001, turnoverCap)).toEqual({ status: 'at-maximum' });
    expect(checkFineAgainstCap(1_000_000_000, turnoverCap)).toEqual({ status: 'at-fixed-maximum' });
    expect(checkFineAgainstCap(1_000_000_002, turnoverCap)).toEqual({ status: 'over', overByMinor: 1 });
  });

  it('ICO v Clearview AI, GBP 7,552,800 under the UK higher maximum: within', () => {
    const ukCap = capOf({ law: 'UK-GDPR', tier: '83(5)' });
    expect(checkFineAgainstCap(755_280_000, ukCap)).toEqual({ status: 'within' });
  });

  it.each([-1, 0.5, Number.NaN, 2 ** 53])('throws on a fine of %d minor units', (fine) => {
    expect(() => checkFineAgainstCap(fine, fixedCap)).toThrow(RangeError);
  });
});

describe('describeCap', () => {
  it('shows the fixed cap and its citation', () => {
    expect(describeCap(capOf({ law: 'GDPR', tier: '83(5)' }))).toBe('EUR 20000000.00 (GDPR Art. 83(5))');
  });

  it('shows the working of a turnover-based cap', () => {
    const cap = capOf({ law: 'UK-GDPR', tier: '83(5)', turnover: { minor: 1_000 * GBP_MILLION, currency: 'GBP', year: 2021 } });
    expect(describeCap(cap)).toBe(
      'GBP 40000000.00: 4 % of GBP 1000000000.00 turnover in 2021 (UK GDPR Art. 83(5); DPA 2018 s.157(5) (higher maximum amount))',
    );
  });
});
