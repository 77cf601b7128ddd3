import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { accruePenalty, checkLiquidation, penaltyForPeriod } from '../../../src/core/time/penalty.js';

const EUR_100K = 10_000_000; // minor units per day (CNIL maximum)

describe('accruePenalty', () => {
  it('CNIL example: met after "2 months and 10 days" = 10 × the daily rate', () => {
    expect(accruePenalty({ deadlineEnd: '2022-12-20', compliedOn: '2022-12-30', asOf: '2023-03-01', dailyMinor: EUR_100K })).toEqual({
      firstDay: '2022-12-21',
      lastDay: '2022-12-30',
      daysLate: 10,
      accruedMinor: 100_000_000,
      capped: false,
    });
  });

  it('Clearview: 52 days from 20 Dec 2022 to 9 Feb 2023 = EUR 5,200,000', () => {
    const accrual = accruePenalty({ deadlineEnd: '2022-12-19', asOf: '2023-02-09', dailyMinor: EUR_100K });
    expect(accrual).toMatchObject({ firstDay: '2022-12-20', daysLate: 52, accruedMinor: 520_000_000 });
  });

  it.each([
    ['complied on the last day', '2022-12-20', '2023-01-31', 0],
    ['complied early', '2022-11-02', '2023-01-31', 0],
    ['not yet late', undefined, '2022-12-20', 0],
    ['asOf before the deadline', undefined, '2022-11-01', 0],
    ['complied after asOf: counts to asOf', '2023-02-01', '2023-01-01', 12],
    ['one day late', '2022-12-21', '2023-01-31', 1],
  ])('%s', (_label, compliedOn, asOf, daysLate) => {
    const accrual = accruePenalty({
      deadlineEnd: '2022-12-20',
      ...(compliedOn === undefined ? {} : { compliedOn }),
      asOf,
      dailyMinor: 15_000,
    });
    expect(accrual.daysLate).toBe(daysLate);
    expect(accrual.accruedMinor).toBe(daysLate * 15_000);
    expect(accrual.lastDay).toBe(daysLate === 0 ? undefined : compliedOn !== undefined && compliedOn < asOf ? compliedOn : asOf);
  });

  it('NL last onder dwangsom: stops at the cap (Awb 5:32b)', () => {
    const accrual = accruePenalty({ deadlineEnd: '2022-12-20', asOf: '2023-01-31', dailyMinor: 5_000_000, capMinor: 50_000_000 });
    expect(accrual).toMatchObject({ daysLate: 42, accruedMinor: 50_000_000, capped: true });
    const exactlyAtCap = accruePenalty({ deadlineEnd: '2022-12-20', asOf: '2022-12-30', dailyMinor: 5_000_000, capMinor: 50_000_000 });
    expect(exactlyAtCap).toMatchObject({ accruedMinor: 50_000_000, capped: false });
  });

  it('refuses amounts that are not exact whole minor units', () => {
    const base = { deadlineEnd: '2022-12-20', asOf: '2023-01-31' };
    expect(() => accruePenalty({ ...base, dailyMinor: 10.5 })).toThrow(/whole number of minor units/);
    expect(() => accruePenalty({ ...base, dailyMinor: -1 })).toThrow(/non-negative/);
    expect(() => accruePenalty({ ...base, dailyMinor: 1, capMinor: Number.MAX_SAFE_INTEGER + 2 })).toThrow(/capMinor/);
    expect(() => accruePenalty({ ...base, asOf: '9999-12-31', dailyMinor: Number.MAX_SAFE_INTEGER })).toThrow(/too large/);
    expect(() => accruePenalty({ ...base, compliedOn: '2023-02-30', dailyMinor: 1 })).toThrow(/compliedOn is not a calendar date/);
  });

  it('never accrues more than the cap nor a negative amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 400 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: undefined }),
        (offset, dailyMinor, capMinor) => {
          const asOf = new Date(Date.UTC(2022, 11, 20 + offset)).toISOString().slice(0, 10);
          const accrual = accruePenalty({ deadlineEnd: '2022-12-20', asOf, dailyMinor, ...(capMinor === undefined ? {} : { capMinor }) });
          expect(accrual.daysLate).toBe(Math.max(0, offset));
          expect(accrual.accruedMinor).toBe(Math.min(Math.max(0, offset) * dailyMinor, capMinor ?? Infinity));
        },
      ),
    );
  });
});

describe('checkLiquidation', () => {
  it('Clearview: 19 Dec 2022 – 9 Feb 2023, EUR 5,200,000 at EUR 100,000/day matches 52 days', () => {
    expect(checkLiquidation({ from: '2022-12-19', to: '2023-02-09', amountMinor: 520_000_000, dailyMinor: EUR_100K })).toEqual({
      days: 52,
      expectedMinor: 520_000_000,
      matches: true,
      differenceMinor: 0,
    });
  });

  it('reports a liquidation below rate × days as a negative difference', () => {
    expect(checkLiquidation({ from: '2022-12-19', to: '2023-02-09', amountMinor: 300_000_000, dailyMinor: EUR_100K })).toEqual({
      days: 52,
      expectedMinor: 520_000_000,
      matches: false,
      differenceMinor: -220_000_000,
    });
  });

  it('counts across a leap day', () => {
    expect(checkLiquidation({ from: '2024-02-19', to: '2024-04-05', amountMinor: 690_000, dailyMinor: 15_000 })).toMatchObject({
      days: 46,
      matches: true,
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => checkLiquidation({ from: '2023-02-09', to: '2022-12-19', amountMinor: 0, dailyMinor: 1 })).toThrow(/ends before/);
  });
});

describe('penaltyForPeriod', () => {
  it('Clearview: accrued in the period = liquidated, nothing left over', () => {
    expect(
      penaltyForPeriod({
        deadlineEnd: '2022-12-19',
        from: '2022-12-19',
        to: '2023-02-09',
        dailyMinor: EUR_100K,
        liquidatedMinor: 520_000_000,
      }),
    ).toEqual({ daysLate: 52, accruedMinor: 520_000_000, liquidatedMinor: 520_000_000, unliquidatedMinor: 0, capped: false });
  });

  it('a reduced liquidation leaves accrued but not liquidated amounts', () => {
    const result = penaltyForPeriod({
      deadlineEnd: '2022-12-19',
      from: '2022-12-19',
      to: '2023-02-09',
      dailyMinor: EUR_100K,
      liquidatedMinor: 300_000_000,
    });
    expect(result).toMatchObject({ accruedMinor: 520_000_000, unliquidatedMinor: 220_000_000 });
  });

  it('splits partial liquidations, and stops at compliance', () => {
    const common = { deadlineEnd: '2022-12-19', compliedOn: '2023-02-01', dailyMinor: 100, liquidatedMinor: 0 };
    const first = penaltyForPeriod({ ...common, from: '2022-12-19', to: '2023-01-19' });
    const second = penaltyForPeriod({ ...common, from: '2023-01-19', to: '2023-02-09' });
    expect([first.daysLate, second.daysLate]).toEqual([31, 13]);
    expect(first.accruedMinor + second.accruedMinor).toBe(44 * 100);
  });

  it('counts earlier accrual against the cap', () => {
    const common = { deadlineEnd: '2022-12-19', dailyMinor: 100, capMinor: 4_000, liquidatedMinor: 0 };
    expect(penaltyForPeriod({ ...common, from: '2022-12-19', to: '2023-01-19' })).toMatchObject({ accruedMinor: 3_100, capped: false });
    expect(penaltyForPeriod({ ...common, from: '2023-01-19', to: '2023-02-09' })).toMatchObject({
      daysLate: 21,
      accruedMinor: 900,
      capped: true,
    });
  });

  it('a period before the deadline accrues nothing', () => {
    expect(
      penaltyForPeriod({ deadlineEnd: '2022-12-19', from: '2022-11-01', to: '2022-12-19', dailyMinor: 100, liquidatedMinor: 500 }),
    ).toMatchObject({ daysLate: 0, accruedMinor: 0, unliquidatedMinor: -500 });
  });
});
