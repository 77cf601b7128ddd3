// Fines as reported: EUR at the decision date's ECB rate, caps, appeal chains, enforceable
// amounts, and totals that equal the sum of their parts whatever the order of the files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealStatusOf } from '../../src/analysis/appeals.js';
import { groupFines, totalOfFines } from '../../src/analysis/fine-groups.js';
import type { Case } from '../../src/model/case-schema.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';

const fines = bundledDossier('2026-11-23').cases.flatMap((c) => c.fines);
const fine = (caseId: string) => fines.find((f) => f.caseId === caseId)!;

describe('fines of the bundled cases', () => {
  it.each(['cnil-clearview-ai', 'garante-clearview-ai', 'hdpa-clearview-ai'])(
    '%s: EUR 20,000,000 at the fixed Art. 83(5) maximum',
    (id) => {
      const f = fine(id);
      expect(f.imposed).toEqual({ minor: 2_000_000_000, currency: 'EUR' });
      expect(f.cap).toMatchObject({ ok: true, status: 'at-maximum', cap: { basis: 'fixed', capMinor: 2_000_000_000, tier: '83(5)' } });
      expect(f.eur).toMatchObject({ ok: true, conversion: { eurMinor: 2_000_000_000 } });
    },
  );

  it('ICO: GBP 7,552,800 is EUR 8,920,278.73 at the ECB rate of 18 May 2022 (0.8467)', () => {
    const f = fine('ico-clearview-ai');
    expect(f.imposed).toEqual({ minor: 755_280_000, currency: 'GBP' });
    expect(f.eur).toMatchObject({ ok: true, conversion: { eurMinor: 892_027_873, rate: '0.8467', rateDate: '2022-05-18' } });
    expect(f.cap).toMatchObject({ ok: true, status: 'within', cap: { currency: 'GBP', capMinor: 1_750_000_000 } });
    expect(f.proposed).toEqual({ minor: 1_700_000_000, currency: 'GBP', approximate: true });
  });

  it('ICO: annulled by the First-tier Tribunal, then remitted by the Upper Tribunal: not enforceable while pending', () => {
    const f = fine('ico-clearview-ai');
    expect(f.appeal).toEqual({ state: 'remitted', settled: 'annulled', chain: ['ftt', 'ut'] });
    expect(f.enforceable).toEqual({ minor: 0, currency: 'GBP' });
  });

  it('nothing has been collected', () => {
    expect(fines.map((f) => [f.paymentStatus, f.paid.minor])).toEqual([
      ['unpaid', 0],
      ['unpaid', 0],
      ['unpaid', 0],
      ['unpaid', 0],
    ]);
  });

  it.each([
    // As of 9 Feb 2023 the liquidation (13 Apr 2023) had not been decided: all 52 days are accrued, none liquidated.
    ['2023-02-09', 6_000_000_000, 0, 520_000_000, 6_000_000_000],
    ['2023-04-13', 6_000_000_000, 520_000_000, 630_000_000, 6_520_000_000],
  ])(
    'totals as of %s: imposed, enforceable, liquidated, accrued not liquidated, owed in EUR',
    (asOf, enforceable, liquidated, notLiquidated, owed) => {
      const totals = bundledDossier(asOf).totals;
      expect(totals.imposed).toEqual({ minor: 6_892_027_873, unconverted: [] });
      expect(totals.enforceable.minor).toBe(enforceable);
      expect(totals.penaltiesLiquidated.minor).toBe(liquidated);
      expect(totals.penaltiesNotLiquidated.minor).toBe(notLiquidated);
      expect(totals.collected.minor).toBe(0);
      expect(totals.owed.minor).toBe(owed);
    },
  );

  it.each([
    ['2022-05-17', 'none', 0],
    // The filing date of the First-tier Tribunal appeal is unknown: it counts from the notices' date.
    ['2022-05-18', 'pending', 0],
    ['2022-06-01', 'pending', 0],
    ['2023-10-17', 'annulled', 0],
    ['2024-10-28', 'pending', 0],
    ['2025-10-06', 'remitted', 0],
  ])('the ICO appeal chain as of %s: %s, enforceable %i', (asOf, state, enforceable) => {
    const f = bundledDossier(asOf).cases.find((c) => c.case.id === 'ico-clearview-ai')!.fines[0]!;
    expect(f.appeal.state).toBe(state);
    expect(f.enforceable.minor).toBe(enforceable);
  });
});

describe('appeal chains', () => {
  const ico = bundledCases().find((c) => c.id === 'ico-clearview-ai')!;
  const withAppeals = (appeals: Case['appeals']): Case => ({ ...ico, appeals });
  const first = ico.appeals![0]!;
  const second = ico.appeals![1]!;

  it.each([
    ['no appeal', [], 'none'],
    ['pending', [{ ...first, outcome: 'pending' as const, effect: undefined }], 'pending'],
    ['dismissed', [{ ...first, outcome: 'dismissed' as const, effect: undefined }], 'upheld'],
    ['annulled', [first], 'annulled'],
    ['annulled, then remitted', [first, second], 'remitted'],
    ['annulled, then the onward appeal withdrawn', [first, { ...second, outcome: 'withdrawn' as const }], 'annulled'],
    ['reduced', [{ ...first, outcome: 'partly-allowed' as const, effect: { kind: 'reduced' as const, amount: '5000000' } }], 'reduced'],
  ])('%s → %s', (_name, appeals, state) => {
    expect(appealStatusOf(withAppeals(appeals as Case['appeals']), 'penalty', '2026-11-23').state).toBe(state);
  });

  it('a reduction stands while a further appeal is pending (outside the UK an appeal does not suspend it)', () => {
    const cnil = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
    const court = {
      id: 'ce',
      court: "Conseil d'État",
      appellant: 'Clearview AI Inc.',
      filed: '2022-12-01',
      outcome: 'partly-allowed' as const,
      effect: { kind: 'reduced' as const, amount: '10000000' },
      sources: ['san-2022-019'],
    };
    const onward = {
      id: 'onward',
      court: 'Tribunal des conflits',
      appellant: 'Clearview AI Inc.',
      against: ['ce'],
      filed: '2023-06-01',
      outcome: 'pending' as const,
      sources: ['san-2022-019'],
    };
    const c: Case = { ...cnil, appeals: [{ ...court, against: ['fine'], decision: 'liquidation' }, onward] };
    const fine = analyseCases([c], '2024-01-01').cases[0]!.fines[0]!;
    expect(fine.appeal).toEqual({ state: 'pending', settled: 'reduced', chain: ['ce', 'onward'], reducedTo: '10000000' });
    expect(fine.enforceable).toEqual({ minor: 1_000_000_000, currency: 'EUR' });
  });

  it('a reduction makes the reduced amount enforceable', () => {
    const c = withAppeals([{ ...first, outcome: 'partly-allowed', effect: { kind: 'reduced', amount: '5000000' } }]);
    expect(analyseCases([c], '2026-11-23').cases[0]!.fines[0]!.enforceable).toEqual({ minor: 500_000_000, currency: 'GBP' });
  });
});

describe('grouping and totals', () => {
  it.each([
    ['authority', ['CNIL (FR)', 'Garante (IT)', 'HDPA (GR)', 'ICO (GB)']],
    ['country', ['FR', 'GB', 'GR', 'IT']],
    ['year', ['2022']],
    ['respondent', ['Clearview AI Inc.']],
  ] as const)('by %s', (by, keys) => {
    const groups = groupFines(fines, by);
    expect(groups.map((g) => g.key)).toEqual(keys);
    expect(groups.reduce((sum, g) => sum + g.imposedEurMinor, 0)).toBe(6_892_027_873);
  });

  it('a fine decided after the as-of day counts in no group', () => {
    const early = bundledDossier('2022-05-17').cases.flatMap((c) => c.fines);
    const groups = groupFines(early, 'authority');
    // On 17 May 2022 only the Garante had decided (10 Feb 2022); the CNIL, HDPA and ICO came later.
    expect(groups.map((g) => g.key)).toEqual(['Garante (IT)']);
    expect(totalOfFines(early, 'all')).toMatchObject({ count: 1, imposedEurMinor: 2_000_000_000 });
  });

  it('the totals equal the sum of the parts in minor units, whatever the order of the files', () => {
    const cases = bundledCases();
    const reference = analyseCases(cases, '2023-04-13').totals;
    fc.assert(
      fc.property(fc.shuffledSubarray(cases, { minLength: cases.length, maxLength: cases.length }), (shuffled) => {
        const view = analyseCases(shuffled, '2023-04-13');
        expect(view.totals).toEqual(reference);
        const parts = view.cases.flatMap((c) => c.fines).map((f) => (f.eur.ok ? f.eur.conversion.eurMinor : 0));
        expect(view.totals.imposed.minor).toBe(parts.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 24, seed: 83 },
    );
  });
});
