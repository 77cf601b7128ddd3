// Every status a deadline can have, and what it says about itself.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/model/case-schema.js';
import { analyseCases } from '../helpers/dossier.js';
import { baseCase, withCase, withEvent, withMeasure, withOrder } from '../helpers/case-builder.js';

const deadline = (c: Case, id: string, asOf: string) => {
  const found = analyseCases([c], asOf).cases[0]?.deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no deadline ${id}`);
  return found;
};

describe('compliance deadlines', () => {
  it.each([
    ['open before the end', {}, '2022-12-10', { status: 'open', daysLeft: 7 }],
    ['missed after it, non-compliance on record', {}, '2022-12-27', { status: 'missed', daysLate: 10 }],
    ['met on time', { compliance: { status: 'complied', date: '2022-12-01' } }, '2023-01-01', { status: 'met', metOn: '2022-12-01' }],
    ['met late', { compliance: { status: 'complied', date: '2022-12-20' } }, '2023-01-01', { status: 'missed', daysLate: 3 }],
    [
      'complied in a month that straddles the end: ambiguous',
      { compliance: { status: 'complied', date: '2022-12' } },
      '2023-01-01',
      { status: 'ambiguous', metWithin: '2022-12' },
    ],
    ['past the end, compliance unknown', { compliance: { status: 'unknown' } }, '2023-01-01', { status: 'unknown' }],
  ])('%s', (_name, change, asOf, expected) => {
    const c = withCase((x) => withOrder(x, (o) => ({ ...o, ...change }) as typeof o));
    expect(deadline(c, 'order', asOf)).toMatchObject(expected);
  });

  it('superseded by a later event: days late frozen at that event, no penalty counted', () => {
    const c = withCase((x) => ({
      ...withOrder(x, (o) => ({ ...o, 'superseded-by': 'sanction' })),
      events: [...x.events, { id: 'sanction', date: '2023-01-06', kind: 'decision', summary: 'Sanction', sources: ['decision-text'] }],
    }));
    const d = deadline(c, 'order', '2026-12-02');
    expect(d).toMatchObject({ status: 'superseded', daysLate: 20, supersededBy: { eventId: 'sanction', date: '2023-01-06' } });
    expect(d.penalty).toBeUndefined();
    // Before the superseding event, it is simply missed.
    expect(deadline(c, 'order', '2023-01-01')).toMatchObject({ status: 'missed', daysLate: 15 });
  });

  it('not started while the decision is not notified', () => {
    const c = withCase((x) =>
      withEvent(x, 'decision', (e) => ({ ...e, notified: { status: 'not-notified', 'as-of': '2025-04', sources: ['decision-text'] } })),
    );
    expect(deadline(c, 'order', '2026-12-02')).toMatchObject({ status: 'not-started', notNotifiedAsOf: '2025-04' });
  });

  it('suspended by a court: neither missed nor accruing', () => {
    const c = withCase((x) => ({
      ...x,
      suspensions: [{ id: 'stay', by: 'court', scope: ['compliance'], from: '2022-12-01', sources: ['decision-text'] }],
    }));
    const d = deadline(c, 'order', '2023-06-01');
    expect(d.status).toBe('suspended');
    expect(d.penalty?.daysLate).toBe(0);
  });
});

describe('a day the decision names', () => {
  it.each([
    ['on a day', { date: '2023-06-30' }, { end: '2023-06-30', fixedDate: '2023-06-30' }],
    ['before a day', { before: '2023-07-01' }, { end: '2023-06-30', fixedDate: '2023-06-30', fixedBefore: '2023-07-01' }],
    ['before a month', { before: '2024-03' }, { end: '2024-02-29', fixedBefore: '2024-03-01' }],
    ['before a year', { before: '2024' }, { end: '2023-12-31', fixedBefore: '2024-01-01' }],
  ])('%s', (_name, due, expected) => {
    const c = withCase((x) => withOrder(x, (o) => ({ ...o, due })));
    expect(deadline(c, 'order', '2023-06-01')).toMatchObject({ status: 'open', ...expected });
  });

  it('is missed the day after the day before', () => {
    const c = withCase((x) => withOrder(x, (o) => ({ ...o, due: { before: '2023-07-01' } })));
    expect(deadline(c, 'order', '2023-07-01')).toMatchObject({ status: 'missed', daysLate: 1 });
  });
});

describe('payment deadlines', () => {
  const withDue = (payment: object | undefined) =>
    withCase((x) =>
      withMeasure(x, 'fine', (m) => {
        if (m.kind !== 'fine') return m;
        const { payment: _old, ...rest } = m;
        return { ...rest, due: { period: '30 days', from: 'decision', extend: false }, ...(payment ? { payment } : {}) } as typeof m;
      }),
    );
  it.each([
    [
      'unpaid after the end is overdue, never expired',
      { status: 'unpaid', sources: ['decision-text'] },
      { status: 'overdue', daysLate: 15 },
    ],
    ['paid on time', { status: 'paid', date: '2022-11-10', paid: '1000000' }, { status: 'met' }],
    ['no payment on record', undefined, { status: 'unknown' }],
  ])('%s', (_name, payment, expected) => {
    expect(deadline(withDue(payment), 'fine', '2022-12-01')).toMatchObject(expected);
  });
});

describe('legal periods', () => {
  const withPeriod = (extra: object) =>
    withCase((x) => ({
      ...x,
      deadlines: [{ id: 'appeal', label: 'Appeal', period: '2 months', from: 'decision', sources: ['decision-text'], ...extra }],
    }));
  it('expire once run out', () => {
    expect(deadline(withPeriod({ extend: false }), 'appeal', '2022-12-18')).toMatchObject({ status: 'expired' });
  });

  it('count a compound period part by part, as written in the case file', () => {
    // EU GC: 2 months + 10 days from Mon 17 Oct 2022: Sat 17 Dec, + 10 days = Tue 27 Dec 2022.
    const d = deadline(withPeriod({ period: '2 months + 10 days', jurisdiction: 'EU' }), 'appeal', '2022-12-20');
    expect(d).toMatchObject({ end: '2022-12-27', status: 'open' });
  });

  it.each([
    ['1 week', true],
    ['1 week + 1 day', false],
  ])('a penalty per %j is accepted by the schema: %s (per takes one unit only)', (per, accepted) => {
    const build = () =>
      withCase((x) => withOrder(x, (o) => ({ ...o, penalty: { per, amount: '10', currency: 'EUR', 'payable-by': 'liquidation' } })));
    if (accepted) expect(build).not.toThrow();
    else expect(build).toThrow(/per/);
  });

  it('where a roll-forward rests on an open point, both readings are given and the later one decides', () => {
    // FR, a period set by the decision: CPC 642 moving Saturday 17 Dec to Monday 19 Dec is unsettled.
    const d = deadline(baseCase(), 'order', '2022-12-18');
    expect(d.end).toBe('2022-12-17');
    const c = withCase((x) => withOrder(x, (o) => ({ ...o, due: { period: '2 months', from: 'decision' } })));
    const open = deadline(c, 'order', '2022-12-18');
    expect(open).toMatchObject({ end: '2022-12-19', status: 'open', alternative: { end: '2022-12-17' } });
  });
});
