// What is enforceable, and why: imposed, notified, not annulled or remitted, not suspended by a
// recorded suspension or by a pending challenge where the law makes a challenge suspensive.
import { describe, expect, it } from 'vitest';
import type { Appeal, Case } from '../../src/model/case-schema.js';
import { analyseCases } from '../helpers/dossier.js';
import { baseCase, withCase, withEvent } from '../helpers/case-builder.js';

const fineOf = (c: Case, asOf = '2023-06-01') => {
  const fine = analyseCases([c], asOf).cases[0]?.fines[0];
  if (!fine) throw new Error('no fine');
  return fine;
};
const appealed = (appeal: Partial<Appeal>, jurisdiction: Case['jurisdiction'] = 'FR') =>
  withCase((c) => ({
    ...c,
    jurisdiction,
    appeals: [
      {
        id: 'appeal',
        court: 'Court',
        appellant: 'Example SAS',
        against: ['fine'],
        filed: '2022-11-01',
        outcome: 'pending',
        sources: ['decision-text'],
        ...appeal,
      },
    ],
  }));

describe('enforceability of a fine', () => {
  it.each([
    ['notified, no appeal', baseCase(), 'enforceable', 100_000_000],
    [
      'notification date unknown: enforceable if notified, and said so',
      withCase((c) => withEvent(c, 'decision', (e) => ({ ...e, notified: 'unknown' }))),
      'enforceable-if-notified',
      100_000_000,
    ],
    [
      'a source says it was not notified',
      withCase((c) =>
        withEvent(c, 'decision', (e) => ({ ...e, notified: { status: 'not-notified', 'as-of': '2023-04', sources: ['decision-text'] } })),
      ),
      'not-notified',
      0,
    ],
    ['FR: a pending appeal does not suspend (CJA L4)', appealed({}), 'enforceable', 100_000_000],
    ['GB: a pending appeal suspends (DPA 2018 Sch 16)', appealed({}, 'GB'), 'suspended-by-appeal', 0],
    [
      'IE: a fine not appealed has not taken effect without the Circuit Court (DPA 2018 s. 143)',
      withCase((c) => ({ ...c, jurisdiction: 'IE' })),
      'suspended',
      0,
    ],
    ['IE: a pending appeal suspends it', appealed({}, 'IE'), 'suspended-by-appeal', 0],
    ['IE: an appeal of unknown outcome still holds it', appealed({ outcome: 'unknown' }, 'IE'), 'suspended-by-appeal', 0],
    ['IE: once the appeal is dismissed the fine takes effect', appealed({ outcome: 'dismissed' }, 'IE'), 'enforceable', 100_000_000],
    ['annulled on appeal', appealed({ outcome: 'allowed', effects: [{ on: 'fine', effect: 'annulled' }] }), 'annulled', 0],
    [
      'annulled and remitted for a new decision',
      appealed({ outcome: 'remitted', effects: [{ on: 'fine', effect: 'remitted' }] }),
      'remitted',
      0,
    ],
    [
      'reduced on appeal',
      appealed({ outcome: 'partly-allowed', effects: [{ on: 'fine', effect: 'reduced', amount: '400000' }] }),
      'enforceable',
      40_000_000,
    ],
    [
      'an appeal against the whole decision counts against the fine',
      appealed({ against: ['decision'], outcome: 'allowed', effects: [{ on: 'decision', effect: 'annulled' }] }),
      'annulled',
      0,
    ],
    [
      'a recorded suspension of payment',
      withCase((c) => ({
        ...c,
        suspensions: [{ id: 'stay', by: 'state', scope: ['payment'], from: '2022-12-01', sources: ['decision-text'] }],
      })),
      'suspended',
      0,
    ],
  ])('%s', (_name, c, enforceability, minor) => {
    const fine = fineOf(c);
    expect(fine.enforceability).toBe(enforceability);
    expect(fine.enforceable.minor).toBe(minor);
    if (enforceability !== 'enforceable') expect(fine.enforceableNotes?.length).toBeGreaterThan(0);
  });

  it('a suspension that has ended no longer counts', () => {
    const c = withCase((x) => ({
      ...x,
      suspensions: [{ id: 'stay', by: 'court', scope: ['payment'], from: '2022-12-01', to: '2023-01-31', sources: ['decision-text'] }],
    }));
    expect(fineOf(c, '2023-01-15').enforceability).toBe('suspended');
    expect(fineOf(c, '2023-02-01').enforceability).toBe('enforceable');
  });

  it('a decision not yet notified on the as-of day (notified later) is not enforceable then', () => {
    const c = withCase((x) => withEvent(x, 'decision', (e) => ({ ...e, notified: '2022-11-15' })));
    expect(fineOf(c, '2022-11-01')).toMatchObject({ enforceability: 'not-notified', enforceable: { minor: 0 } });
    expect(fineOf(c, '2022-11-15')).toMatchObject({ enforceability: 'enforceable' });
  });
});

describe('appeals as a graph', () => {
  // The ICO shape: the tribunal annuls, the upper tribunal sets that aside and sends it back.
  const remitted = withCase((c) => ({
    ...c,
    jurisdiction: 'GB',
    law: 'UK-GDPR',
    measures: (c.measures ?? []).map((m) => (m.kind === 'fine' ? { ...m, currency: 'GBP' } : m)),
    events: [
      ...c.events,
      { id: 'ftt-judgment', date: '2023-10-17', kind: 'judgment', summary: 'Allowed', sources: ['decision-text'] },
      { id: 'ut-judgment', date: '2025-10-06', kind: 'judgment', summary: 'Set aside, remitted', sources: ['decision-text'] },
    ],
    appeals: [
      {
        id: 'ftt',
        court: 'FTT',
        appellant: 'Example',
        against: ['fine'],
        filed: '2022-11-01',
        decision: 'ftt-judgment',
        outcome: 'allowed',
        effects: [{ on: 'fine', effect: 'annulled' }],
        sources: ['decision-text'],
      },
      {
        id: 'ut',
        court: 'UT',
        appellant: 'Authority',
        against: ['ftt'],
        filed: '2024-10',
        decision: 'ut-judgment',
        outcome: 'allowed',
        effects: [{ on: 'ftt', effect: 'set-aside' }],
        'remitted-to': 'ftt',
        sources: ['decision-text'],
      },
    ],
  }));

  it.each([
    ['2022-10-31', 'none', 'imposed'],
    ['2022-11-01', 'pending', 'imposed'],
    ['2023-10-17', 'annulled', 'annulled'],
    ['2024-10-31', 'pending', 'annulled'],
    ['2025-10-06', 'pending', 'imposed'],
  ])('as of %s the fine is %s (standing: %s)', (asOf, state, standing) => {
    const fine = fineOf(remitted, asOf);
    expect(fine.appeal.state).toBe(state);
    expect(fine.appeal.standing).toBe(standing);
    // UK: not enforceable while an appeal is pending or after annulment.
    if (state !== 'none') expect(fine.enforceable.minor).toBe(0);
  });

  it('the chain shows the tribunal decision set aside and heard again', () => {
    const steps = analyseCases([remitted], '2026-01-01').cases[0]?.appeals ?? [];
    expect(steps.map((s) => [s.appeal.id, s.status, s.by])).toEqual([
      ['ftt', 'reheard', 'ut'],
      ['ut', 'decided', undefined],
    ]);
  });

  it('parallel challenges are siblings: one pending keeps the fine under appeal, an annulment by either stands', () => {
    const two = (second: Partial<Appeal>) =>
      withCase((c) => ({
        ...c,
        appeals: [
          {
            id: 'a',
            court: 'Court A',
            appellant: 'X',
            against: ['fine'],
            filed: '2022-11-01',
            outcome: 'pending',
            sources: ['decision-text'],
          },
          {
            id: 'b',
            court: 'Court B',
            appellant: 'X',
            against: ['fine'],
            filed: '2022-11-02',
            outcome: 'pending',
            sources: ['decision-text'],
            ...second,
          },
        ],
      }));
    expect(fineOf(two({})).appeal).toMatchObject({ state: 'pending', appeals: ['a', 'b'] });
    expect(fineOf(two({ outcome: 'allowed', effects: [{ on: 'fine', effect: 'annulled' }] })).appeal).toMatchObject({
      standing: 'annulled',
      pending: true,
    });
  });
});
