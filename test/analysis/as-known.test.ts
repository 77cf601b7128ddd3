// The record as known on a day: later facts are cut, and what they change goes with them.
import { describe, expect, it } from 'vitest';
import { recordAsOf } from '../../src/analysis/as-known.js';
import { withCase, withEvent } from '../helpers/case-builder.js';

const record = withCase((base) => {
  const c = withEvent(base, 'decision', (e) => ({ ...e, notified: '2022-10-20', final: '2023-03-01' }));
  return {
    ...c,
    status: 'final',
    sources: [...c.sources, { id: 'later', title: 'Judgment report', url: 'https://example.org/later', published: '2024-01-10' }],
    events: [...c.events, { id: 'judgment', date: '2024-01-05', kind: 'judgment', summary: 'Appeal dismissed', sources: ['later'] }],
    appeals: [
      {
        id: 'appeal',
        court: 'Court',
        appellant: 'Example SAS',
        against: ['fine'],
        filed: '2022-12-01',
        decision: 'judgment',
        outcome: 'dismissed',
        sources: ['decision-text'],
      },
    ],
  };
});

describe('recordAsOf', () => {
  it.each([
    ['2022-10-17', { notified: { status: 'not-notified', 'as-of': '2022-10-17' } }, 'open', 0],
    ['2022-12-31', { notified: '2022-10-20' }, 'under-appeal', 1],
    ['2024-01-10', { notified: '2022-10-20', final: '2023-03-01' }, 'final', 1],
  ])('as of %s', (asOf, decision, status, appeals) => {
    const known = recordAsOf(record, asOf);
    expect(known.events.find((e) => e.id === 'decision')).toMatchObject(decision);
    expect(known.status).toBe(status);
    expect(known.appeals ?? []).toHaveLength(appeals);
  });

  it('an appeal decided later is still pending, without its outcome', () => {
    const appeal = recordAsOf(record, '2023-06-01').appeals?.[0];
    expect(appeal).toMatchObject({ outcome: 'pending' });
    expect(appeal).not.toHaveProperty('decision');
  });

  it('a source published later, and one nothing known cites, are not in the record', () => {
    expect(recordAsOf(record, '2023-06-01').sources.map((s) => s.id)).toEqual(['decision-text']);
    expect(recordAsOf(record, '2024-01-10').sources.map((s) => s.id)).toEqual(['decision-text', 'later']);
  });

  it('an onward appeal with no filing date is known from the judgment it challenges, not before', () => {
    const onward = {
      ...record,
      appeals: [
        ...(record.appeals ?? []),
        {
          id: 'onward',
          court: 'Higher court',
          appellant: 'Example SAS',
          against: ['appeal'],
          outcome: 'pending' as const,
          sources: ['decision-text'],
        },
      ],
    };
    expect(recordAsOf(onward, '2023-06-01').appeals?.map((a) => a.id)).toEqual(['appeal']);
    expect(recordAsOf(onward, '2024-01-04').appeals?.map((a) => a.id)).toEqual(['appeal']);
    expect(recordAsOf(onward, '2024-01-05').appeals?.map((a) => a.id)).toEqual(['appeal', 'onward']);
  });
});

describe('event order', () => {
  it('is the order they happened in, whatever the file says; same-day events keep the file order', () => {
    const c = withCase((base) => ({
      ...base,
      events: [
        { id: 'late', date: '2023-05', kind: 'other', summary: 'Later, known to the month', sources: ['decision-text'] },
        ...base.events,
        { id: 'notice-b', date: '2022-06-01', kind: 'other', summary: 'Second notice', sources: ['decision-text'] },
        { id: 'notice-a', date: '2022-06-01', kind: 'other', summary: 'Written after, same day', sources: ['decision-text'] },
        { id: 'mid', date: '2023-05-01', kind: 'other', summary: 'First day of that month', sources: ['decision-text'] },
      ],
    }));
    expect(recordAsOf(c, '2026-12-02').events.map((e) => e.id)).toEqual(['notice-b', 'notice-a', 'decision', 'late', 'mid']);
  });
});
