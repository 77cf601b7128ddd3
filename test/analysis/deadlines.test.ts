// Deadlines computed from case files: anchors, statuses as of a day, penalties and liquidations.
import { describe, expect, it } from 'vitest';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';
import type { Case } from '../../src/model/case-schema.js';

const find = (asOf: string, caseId: string, id: string) => {
  const view = bundledDossier(asOf).cases.find((c) => c.case.id === caseId);
  const deadline = view?.deadlines.find((d) => d.id === id);
  if (!deadline) throw new Error(`${caseId}/${id}`);
  return deadline;
};

describe('the CNIL injunction', () => {
  it('ends on Monday 19 Dec 2022: 17 Oct + 2 months is Saturday 17 Dec, extended (CPC 642), counted from the decision date as an assumption', () => {
    const d = find('2023-02-09', 'cnil-clearview-ai', 'injunction');
    expect(d).toMatchObject({
      kind: 'compliance',
      jurisdiction: 'FR',
      end: '2022-12-19',
      anchor: { date: '2022-10-17', basis: 'event-date' },
    });
    expect(d.computation?.rawEnd).toBe('2022-12-17');
    expect(d.computation?.skipped.map((s) => s.date)).toEqual(['2022-12-17', '2022-12-18']);
    expect(d.assumptions[0]).toContain('notification date of "sanction" unknown');
  });

  it.each([
    ['2022-12-01', 'open', { daysLeft: 18 }, 0],
    ['2022-12-19', 'open', { daysLeft: 0 }, 0],
    ['2022-12-20', 'missed', { daysLate: 1 }, 10_000_000],
    ['2023-02-09', 'missed', { daysLate: 52 }, 520_000_000],
    ['2026-11-23', 'missed', { daysLate: 1435 }, 14_350_000_000],
  ])('as of %s it is %s', (asOf, status, days, accrued) => {
    const d = find(asOf, 'cnil-clearview-ai', 'injunction');
    expect(d).toMatchObject({ status, ...days });
    expect(d.penalty?.accrual.accruedMinor).toBe(accrued);
  });

  it('accrues exactly the EUR 5,200,000 the CNIL liquidated for 19 Dec 2022 – 9 Feb 2023 (52 days)', () => {
    const penalty = find('2023-02-09', 'cnil-clearview-ai', 'injunction').penalty!;
    expect(penalty.liquidations).toEqual([
      {
        eventId: 'liquidation',
        decidedOn: '2023-04-13',
        afterAsOf: true,
        from: '2022-12-19',
        to: '2023-02-09',
        days: 52,
        amountMinor: 520_000_000,
        expectedMinor: 520_000_000,
        matchesRate: true,
        accruedInPeriodMinor: 520_000_000,
      },
    ]);
    // On 9 Feb 2023 the liquidation was still to come: everything accrued is not yet liquidated.
    expect(penalty.liquidatedMinor).toBe(0);
    expect(penalty.notLiquidatedMinor).toBe(520_000_000);
  });

  it('keeps accruing after the liquidated period: the remainder is reported separately', () => {
    const penalty = find('2023-04-13', 'cnil-clearview-ai', 'injunction').penalty!;
    expect(penalty.accrual.daysLate).toBe(115);
    expect(penalty.liquidatedMinor).toBe(520_000_000);
    expect(penalty.notLiquidatedMinor).toBe(630_000_000);
  });
});

describe('legal periods', () => {
  it.each([
    ['cnil-clearview-ai', 'appeal-conseil-etat', '2023-02-20'],
    ['garante-clearview-ai', 'opposition', '2022-04-11'],
    ['garante-clearview-ai', 'payment', '2022-03-14'],
    ['hdpa-clearview-ai', 'annulment', '2022-09-12'],
    ['ico-clearview-ai', 'ftt-appeal', '2022-06-15'],
  ])('%s %s ends on %s', (caseId, id, end) => {
    expect(find('2023-02-09', caseId, id).end).toBe(end);
  });

  it('is open before its end and expired after', () => {
    expect(find('2023-02-09', 'cnil-clearview-ai', 'appeal-conseil-etat')).toMatchObject({ status: 'open', daysLeft: 11 });
    expect(find('2023-02-21', 'cnil-clearview-ai', 'appeal-conseil-etat')).toMatchObject({ status: 'expired' });
  });
});

describe('statuses from compliance records', () => {
  const base = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
  const withCompliance = (compliance: object): Case => ({
    ...base,
    measures: base.measures!.map((m) => (m.id === 'injunction' ? ({ ...m, compliance } as typeof m) : m)),
  });
  const injunction = (c: Case, asOf: string) => analyseCases([c], asOf).cases[0]!.deadlines.find((d) => d.id === 'injunction')!;

  it.each([
    [{ status: 'complied', date: '2022-12-10' }, '2023-02-09', 'met', 0],
    [{ status: 'complied', date: '2022-12-29' }, '2023-02-09', 'missed', 100_000_000],
    [{ status: 'complied', date: '2022-12-29' }, '2022-12-25', 'missed', 60_000_000],
    [{ status: 'unknown' }, '2023-02-09', 'unknown', 520_000_000],
  ])('%j as of %s is %s with %i accrued', (compliance, asOf, status, accrued) => {
    const d = injunction(withCompliance(compliance), asOf);
    expect(d.status).toBe(status);
    expect(d.penalty?.accrual.accruedMinor).toBe(accrued);
  });

  it('a notification date, when recorded, replaces the assumption', () => {
    const c: Case = { ...base, events: base.events.map((e) => (e.id === 'sanction' ? { ...e, notified: '2022-10-19' } : e)) };
    const d = injunction(c, '2023-02-09');
    expect(d).toMatchObject({ end: '2022-12-19', anchor: { date: '2022-10-19', basis: 'notified' } });
    expect(d.assumptions.join(' ')).not.toContain('notification date');
  });

  it('an event known only to the month gives no deadline, and says why', () => {
    const c: Case = { ...base, events: base.events.map((e) => (e.id === 'sanction' ? { ...e, date: '2022-10' } : e)) };
    const d = injunction(c, '2023-02-09');
    expect(d.status).toBe('not-computable');
    expect(d.problem).toContain('dated only to the month');
  });
});

describe('liquidations', () => {
  const base = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
  const withPenalty = (penalty: object, liquidationDate = '2023-04-13'): Case => ({
    ...base,
    events: base.events.map((e) => (e.id === 'liquidation' ? { ...e, date: liquidationDate } : e)),
    measures: base.measures!.map((m) => (m.id === 'injunction' ? ({ ...m, penalty } as typeof m) : m)),
  });
  const penaltyOf = (c: Case, asOf: string) => analyseCases([c], asOf).cases[0]!.deadlines.find((d) => d.id === 'injunction')!.penalty!;

  it('under a cap, a liquidation matches the rate when it stops at the cap', () => {
    const c = withPenalty({
      daily: '100000',
      currency: 'EUR',
      cap: '6000000',
      liquidations: [
        { event: 'liquidation', from: '2022-12-19', to: '2023-02-09', amount: '5200000' },
        { event: 'liquidation', from: '2023-02-09', to: '2023-03-31', amount: '800000' },
      ],
    });
    const penalty = penaltyOf(c, '2023-06-01');
    expect(penalty.liquidations.map((l) => [l.expectedMinor, l.matchesRate])).toEqual([
      [520_000_000, true],
      [80_000_000, true],
    ]);
    expect(penalty.accrual).toMatchObject({ accruedMinor: 600_000_000, capped: true });
    expect(penalty.notLiquidatedMinor).toBe(0);
  });

  it('a liquidation dated only to the month counts once that month is over', () => {
    const c = withPenalty(
      {
        daily: '100000',
        currency: 'EUR',
        liquidations: [{ event: 'liquidation', from: '2022-12-19', to: '2023-02-09', amount: '5200000' }],
      },
      '2023-04',
    );
    expect(penaltyOf(c, '2023-04-15').liquidations[0]).toMatchObject({ afterAsOf: true });
    expect(penaltyOf(c, '2023-04-15').liquidatedMinor).toBe(0);
    expect(penaltyOf(c, '2023-05-01').liquidations[0]).toMatchObject({ afterAsOf: false });
    expect(penaltyOf(c, '2023-05-01').liquidations[0]).not.toHaveProperty('decidedOn');
  });
});

describe('rule options set in a case file', () => {
  const garante = bundledCases().find((c) => c.id === 'garante-clearview-ai')!;
  const withOpposition = (extra: object): Case => ({
    ...garante,
    events: garante.events.map((e) => (e.id === 'decision' ? { ...e, date: '2022-07-20' } : e)),
    deadlines: garante.deadlines!.map((d) => (d.id === 'opposition' ? { ...d, period: '30 days', ...extra } : d)),
  });
  const end = (c: Case) => analyseCases([c], '2023-01-01').cases[0]!.deadlines.find((d) => d.id === 'opposition')!.end;

  it.each([
    [{}, '2022-08-19'],
    [{ 'summer-suspension': true }, '2022-09-19'],
  ])('Italian opposition of 20 Jul 2022 + 30 days with %j ends on %s', (extra, expected) => {
    expect(end(withOpposition(extra))).toBe(expected);
  });

  it('saturday-working keeps a Saturday as the last day in Italy', () => {
    const c: Case = { ...garante, deadlines: garante.deadlines!.map((d) => (d.id === 'payment' ? { ...d, 'saturday-working': true } : d)) };
    const payment = analyseCases([c], '2023-01-01').cases[0]!.deadlines.find((d) => d.id === 'payment')!;
    expect(payment.end).toBe('2022-03-12');
  });
});
