// Property tests (totals and rounding; order independence). Seeded, so a
// failure in CI can be replayed; fast-check prints the seed and path of any counterexample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor, parseAmount } from '../../../src/core/money/amount.js';
import { checkFineAgainstCap, fineCap } from '../../../src/core/money/caps.js';
import { convertToEur } from '../../../src/core/money/convert.js';
import { findRate, parseEcbRatesCsv } from '../../../src/core/money/rates.js';
import { totalsByCurrency } from '../../../src/core/money/totals.js';

const SEED = 20220518;
const RUNS = { seed: SEED, numRuns: 500 };

const currency = fc.constantFrom('EUR', 'GBP', 'USD', 'JPY', 'KWD', 'CLF');
const safeMinor = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe('properties of exact money', () => {
  it('totals equal the BigInt sum of the parts, whatever the order of the items', () => {
    const amounts = fc.array(fc.record({ minor: fc.integer({ min: 0, max: 2 ** 40 }), currency }), { maxLength: 60 });
    fc.assert(
      fc.property(amounts, fc.infiniteStream(fc.nat()), (items, randomness) => {
        const shuffled = [...items];
        const stream = randomness[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = (stream.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const totals = totalsByCurrency(items);
        expect(totalsByCurrency(shuffled)).toEqual(totals);
        expect([...totalsByCurrency(shuffled).keys()]).toEqual([...totals.keys()]);
        for (const [code, total] of totals) {
          const expected = items.filter((a) => a.currency === code).reduce((sum, a) => sum + BigInt(a.minor), 0n);
          expect(BigInt(total)).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  it('parseAmount(formatMinor(m)) gives m back, for every safe amount and currency', () => {
    fc.assert(
      fc.property(safeMinor, currency, (minor, code) => {
        expect(parseAmount(formatMinor(minor, code), code)).toEqual({ ok: true, minor });
      }),
      RUNS,
    );
  });

  it('parseAmount never throws and only accepts plain decimals', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), currency, (text, code) => {
        const result = parseAmount(text, code);
        if (result.ok) {
          expect(text).toMatch(/^(0|[1-9]\d*)(\.\d+)?$/);
          expect(Number.isSafeInteger(result.minor)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a conversion is off by at most half a cent, and a tie goes to the even cent', () => {
    const rateText = fc
      .record({ digits: fc.integer({ min: 1, max: 99_999_999 }), decimals: fc.integer({ min: 0, max: 6 }) })
      .map(({ digits, decimals }) => {
        const text = String(digits).padStart(decimals + 1, '0');
        return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
      });
    const amount = fc.oneof(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 14 }));
    fc.assert(
      fc.property(amount, fc.constantFrom('GBP', 'JPY', 'KWD'), rateText, (minor, code, rate) => {
        const sourceDecimals = code === 'JPY' ? 0 : code === 'KWD' ? 3 : 2;
        const found = { currency: code, rate, rateDate: '2022-05-18', requestedDate: '2022-05-18' };
        // The exact result in cents is numerator / denominator.
        const rateDecimals = rate.includes('.') ? rate.length - rate.indexOf('.') - 1 : 0;
        const numerator = BigInt(minor) * 10n ** BigInt(rateDecimals + 2);
        const denominator = BigInt(rate.replace('.', '')) * 10n ** BigInt(sourceDecimals);
        if (numerator / denominator >= BigInt(Number.MAX_SAFE_INTEGER)) {
          // Too large to hold exactly (allowing for rounding up): refused, never approximated.
          if (numerator / denominator > BigInt(Number.MAX_SAFE_INTEGER)) expect(() => convertToEur(minor, code, found)).toThrow(RangeError);
          return;
        }
        const conversion = convertToEur(minor, code, found);
        const twiceError = 2n * (BigInt(conversion.eurMinor) * denominator - numerator);
        const absTwiceError = twiceError < 0n ? -twiceError : twiceError;
        expect(absTwiceError <= denominator).toBe(true);
        if (absTwiceError === denominator) expect(conversion.eurMinor % 2).toBe(0);
        expect(conversion.exact).toBe(twiceError === 0n);
      }),
      RUNS,
    );
  });

  it('the cap is never below the fixed amount nor above the exact percentage of the turnover', () => {
    fc.assert(
      fc.property(safeMinor, fc.constantFrom('83(4)', '83(5)', '83(6)' as const), (turnover, tier) => {
        const result = fineCap({ law: 'GDPR', tier, turnover: { minor: turnover, currency: 'EUR', year: 2021 } });
        if (!result.ok) throw new Error(result.detail);
        const { cap } = result;
        expect(cap.capMinor).toBeGreaterThanOrEqual(cap.fixedMinor);
        // Rounded down: percent × turnover / 100 is at least the turnover-based cap, and less than one cent more.
        const exactTimes100 = BigInt(turnover) * BigInt(cap.percent);
        const based = BigInt(cap.turnoverBasedMinor ?? -1);
        expect(based * 100n <= exactTimes100 && exactTimes100 < (based + 1n) * 100n).toBe(true);
        expect(checkFineAgainstCap(cap.capMinor, cap).status).toBe('at-maximum');
        expect(checkFineAgainstCap(cap.capMinor + 1, cap)).toEqual({ status: 'over', overByMinor: 1 });
      }),
      RUNS,
    );
  });
});

describe('properties of the ECB rates parser', () => {
  it('never throws, and every problem points inside the file', () => {
    const csvish = fc.string({
      unit: fc.constantFrom('D', 'a', 't', 'e', ',', '\n', '\r', '2', '0', '-', '.', 'N', '/', 'A', 'G', 'B', 'P', ' '),
    });
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string()), (text) => {
        const result = parseEcbRatesCsv(text);
        if (result.ok) return;
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
        expect(result.problems.length).toBeGreaterThan(0);
        for (const { line, column } of result.problems) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines.length);
          expect(column).toBeGreaterThanOrEqual(1);
          expect(column).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('findRate gives the latest publication on or before the day, and none is skipped', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10));
    const rows = fc.uniqueArray(day, { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(rows, day, (dates, requested) => {
        const csv = ['Date,GBP,', ...dates.map((d, i) => `${d},0.${8400 + i},`)].join('\n');
        const parsed = parseEcbRatesCsv(csv);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const found = findRate(parsed.table, 'GBP', requested, { maxAgeDays: 1000 });
        const candidates = dates.filter((d) => d <= requested).sort();
        const expected = candidates[candidates.length - 1];
        const last = [...dates].sort()[dates.length - 1]!;
        if (requested > last) expect(found).toMatchObject({ ok: false, reason: 'beyond-table' });
        else if (expected === undefined) expect(found).toMatchObject({ ok: false, reason: 'no-rate' });
        else expect(found).toMatchObject({ ok: true, rateDate: expected, rate: `0.${8400 + dates.indexOf(expected)}` });
      }),
      RUNS,
    );
  });
});
