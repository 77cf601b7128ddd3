// Penalty payments in the forms the law has them, and the three figures a lawyer keeps apart:
// payable (liquidated or collected), accrued but not payable, and the maximum exposure.
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/model/case-schema.js';
import { analyseCases } from '../helpers/dossier.js';
import { baseCase, withCase, withEvent, withOrder } from '../helpers/case-builder.js';

const penaltyOf = (c: ReturnType<typeof baseCase>, asOf: string) => {
  const deadline = analyseCases([c], asOf).cases[0]?.deadlines.find((d) => d.id === 'order');
  if (!deadline?.penalty) throw new Error('no penalty');
  return deadline.penalty;
};
const penalty = (p: Partial<NonNullable<Order['penalty']>>) =>
  withCase((c) => withOrder(c, (o) => ({ ...o, penalty: { ...(o.penalty ?? { currency: 'EUR', per: 'day' }), ...p } })));

describe('accrual by form', () => {
  // The deadline is Saturday 17 Dec 2022 (not extended): the first late day is 18 Dec.
  it.each([
    ['per day', { per: 'day', amount: '1000' }, '2022-12-27', 10, 1_000_000],
    ['per day, under a maximum', { per: 'day', amount: '1000', maximum: '5000' }, '2022-12-27', 10, 500_000],
    ['per week, each week begun', { per: '1 week', amount: '10000' }, '2022-12-27', 10, 2_000_000],
    ['lump sum, forfeited on the first late day', { per: 'lump-sum', amount: '50000' }, '2022-12-18', 1, 5_000_000],
    ['nothing before the deadline has passed', { per: 'day', amount: '1000' }, '2022-12-17', 0, 0],
  ] as const)('%s', (_name, p, asOf, days, accrued) => {
    const view = penaltyOf(penalty(p), asOf);
    expect(view.daysLate).toBe(days);
    expect(view.accruedMinor).toBe(accrued);
    expect(view.payableMinor).toBe(0);
    expect(view.notPayableMinor).toBe(accrued);
  });

  it.each([
    ['per breach', { per: 'breach', amount: '1000' }],
    ['breakdown unknown, only a maximum', { per: 'unknown', amount: undefined, maximum: '5100000', 'payable-by': 'forfeiture' }],
  ] as const)('%s: accrual is not computed, the maximum is the exposure', (_name, p) => {
    const view = penaltyOf(penalty(p), '2023-06-01');
    expect(view.accruedMinor).toBeUndefined();
    expect(view.notPayableMinor).toBeUndefined();
    expect(view.payableMinor).toBe(0);
    expect(view.notes.map((n) => n.kind)).toContainEqual(expect.stringMatching(/breach|breakdown/));
  });
});

describe('where accrual stops', () => {
  const compliance = (value: object) => withCase((c) => withOrder(c, (o) => ({ ...o, compliance: value as Order['compliance'] })));
  it.each([
    ['non-compliance continuing', { status: 'not-complied', continuing: true }, 'as-of', 10],
    ['non-compliance on record until 20 Dec', { status: 'not-complied', 'as-of': '2022-12-20' }, 'last-known-non-compliance', 3],
    ['non-compliance with no date and no dated source', { status: 'not-complied' }, 'no-evidence', 0],
    ['complied on 22 Dec (a day late counts)', { status: 'complied', date: '2022-12-22' }, 'complied', 5],
    ['complied on a date not recorded', { status: 'complied' }, 'no-evidence', 0],
    ['compliance unknown', { status: 'unknown' }, 'no-evidence', 0],
  ])('%s', (_name, value, end, days) => {
    // The only source is published before the deadline, so it dates no non-compliance.
    const view = penaltyOf(compliance(value), '2022-12-27');
    expect(view.end).toBe(end);
    expect(view.daysLate).toBe(days);
    expect(view.accruedMinor).toBe(days * 100_000);
  });

  it('a status without a date is as old as its newest source', () => {
    const c = withCase((x) => ({
      ...withOrder(x, (o) => ({ ...o, compliance: { status: 'not-complied', sources: ['later'] } })),
      sources: [...x.sources, { id: 'later', title: 'Report', url: 'https://example.org/r', published: '2022-12-22' }],
    }));
    expect(penaltyOf(c, '2023-01-31')).toMatchObject({ end: 'last-known-non-compliance', daysLate: 5 });
  });

  it('days under a suspension of accrual or compliance are not counted', () => {
    const c = withCase((x) => ({
      ...x,
      sources: x.sources,
      suspensions: [
        {
          id: 'interim',
          by: 'court',
          scope: ['compliance'],
          measures: ['order'],
          from: '2022-12-20',
          to: '2022-12-23',
          sources: ['decision-text'],
        },
      ],
    }));
    expect(penaltyOf(c, '2022-12-27')).toMatchObject({ daysLate: 6, suspendedDays: 4, accruedMinor: 600_000 });
  });
});

describe('liquidation and collection', () => {
  const liquidated = (amount: string, decided = '2023-01-20') =>
    withCase((x) => ({
      ...withOrder(x, (o) => ({
        ...o,
        penalty: {
          ...o.penalty!,
          liquidations: [{ event: 'liquidation', from: '2022-12-17', to: '2022-12-27', amount }],
        },
      })),
      events: [...x.events, { id: 'liquidation', date: decided, kind: 'liquidation', summary: 'Liquidation', sources: ['decision-text'] }],
    }));

  it.each([
    ['10000', 'equal'],
    ['4000', 'below'],
    ['20000', 'above'],
  ] as const)('liquidating %s for 10 days at 1,000 a day is %s rate × days, and is what is payable', (amount, compared) => {
    const view = penaltyOf(liquidated(amount), '2023-01-31');
    expect(view.liquidations[0]).toMatchObject({ days: 10, rateTimesDaysMinor: 1_000_000, comparedWithRate: compared, payable: true });
    expect(view.payableMinor).toBe(Number(amount) * 100);
  });

  it('the authority may liquidate less: the rest is accrued, not payable, never owed', () => {
    const view = penaltyOf(liquidated('4000'), '2023-01-31');
    // 18 Dec 2022 – 31 Jan 2023 = 45 days at 1,000.
    expect(view.accruedMinor).toBe(4_500_000);
    expect(view.notPayableMinor).toBe(4_500_000 - 400_000);
    const totals = analyseCases([liquidated('4000')], '2023-01-31').totals;
    expect(totals.penaltiesPayable.minor).toBe(400_000);
    expect(totals.owed.minor).toBe(100_000_000 + 400_000);
  });

  it('a liquidation dated only to the month is payable once the month is over', () => {
    const c = liquidated('10000', '2023-04');
    expect(penaltyOf(c, '2023-04-15').payableMinor).toBe(0);
    expect(penaltyOf(c, '2023-05-01').payableMinor).toBe(1_000_000);
  });

  it('a Dutch dwangsom is forfeited by law and payable once a collection decision is taken', () => {
    const c = withCase((x) => ({
      ...withEvent(
        withOrder(x, (o) => ({
          ...o,
          penalty: { per: 'unknown', maximum: '5100000', currency: 'EUR', collections: [{ event: 'collect', amount: '1000000' }] },
        })),
        'decision',
        (e) => e,
      ),
      jurisdiction: 'NL',
      events: [
        ...x.events,
        { id: 'collect', date: '2023-03-01', kind: 'collection', summary: 'Collection decision', sources: ['decision-text'] },
      ],
    }));
    const view = penaltyOf(c, '2023-06-01');
    expect(view).toMatchObject({ payableBy: 'forfeiture', payableMinor: 100_000_000, maximumMinor: 510_000_000 });
    expect(analyseCases([c], '2023-06-01').totals.penaltiesPayable.minor).toBe(100_000_000);
    expect(penaltyOf(c, '2023-02-01').payableMinor).toBe(0);
  });
});
