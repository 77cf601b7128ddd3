// Fines grouped by authority, country, year or respondent: exact sums whatever the file order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupFines, totalOfFines } from '../../src/analysis/fine-groups.js';
import type { Case } from '../../src/model/case-schema.js';
import { analyseCases } from '../helpers/dossier.js';
import { withCase, withEvent, withMeasure } from '../helpers/case-builder.js';

const variant = (id: string, authority: string, country: string, date: string, amount: string, respondent: string): Case =>
  withCase((c) => ({
    ...withMeasure(
      withEvent(c, 'decision', (e) => ({ ...e, date, notified: date })),
      'fine',
      (m) => (m.kind === 'fine' ? { ...m, amount } : m),
    ),
    id,
    authority: { ...c.authority, short: authority, country },
    respondents: [{ name: respondent, country: 'US' }],
  }));

const cases = [
  variant('a', 'CNIL', 'FR', '2022-10-17', '20000000', 'Clearview AI Inc.'),
  variant('b', 'Garante', 'IT', '2022-02-10', '20000000', 'Clearview AI Inc.'),
  variant('c', 'AP', 'NL', '2024-05-16', '30500000', 'Clearview AI Inc.'),
  variant('d', 'CNIL', 'FR', '2024-01-01', '1000000', 'Other SA'),
];

describe('grouping and totals', () => {
  const fines = analyseCases(cases, '2026-12-02').cases.flatMap((c) => c.fines);
  it.each([
    ['authority', ['AP (NL)', 'CNIL (FR)', 'Garante (IT)']],
    ['country', ['FR', 'IT', 'NL']],
    ['year', ['2022', '2024']],
    ['respondent', ['Clearview AI Inc.', 'Other SA']],
  ] as const)('by %s', (by, keys) => {
    const groups = groupFines(fines, by);
    expect(groups.map((g) => g.key)).toEqual(keys);
    expect(groups.reduce((sum, g) => sum + g.imposedEurMinor, 0)).toBe(7_150_000_000);
    expect(totalOfFines(fines, 'all')).toMatchObject({ count: 4, imposedEurMinor: 7_150_000_000 });
  });

  it('a fine decided after the as-of day is not in the record of that day', () => {
    const early = analyseCases(cases, '2022-05-17').cases.flatMap((c) => c.fines);
    expect(groupFines(early, 'authority').map((g) => g.key)).toEqual(['Garante (IT)']);
  });

  it('the totals equal the sum of the parts in minor units, whatever the order of the files', () => {
    const reference = analyseCases(cases, '2025-01-01').totals;
    fc.assert(
      fc.property(fc.shuffledSubarray(cases, { minLength: cases.length, maxLength: cases.length }), (shuffled) => {
        const view = analyseCases(shuffled, '2025-01-01');
        expect(view.totals).toEqual(reference);
        const parts = view.cases.flatMap((c) => c.fines).map((f) => (f.eur.ok ? f.eur.conversion.eurMinor : 0));
        expect(view.totals.imposed.minor).toBe(parts.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 24, seed: 83 },
    );
  });
});
