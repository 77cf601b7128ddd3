// Properties over random proceedings: what is owed never includes unliquidated accrual, totals
// are the sum of their rows, an authority may liquidate less than rate × days, and nothing is
// enforceable or accrues on a day a suspension of that scope covers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/model/case-schema.js';
import { addDays } from '../../src/core/time/calendar-date.js';
import { severityOf } from '../../src/diagnostics/codes.js';
import { checkCase } from '../../src/rules/index.js';
import { analyseCases } from '../helpers/dossier.js';
import { withCase, withEvent, withMeasure, withOrder } from '../helpers/case-builder.js';

const day = (offset: number) => addDays('2022-10-17', offset);

const proceeding = fc.record({
  fine: fc.integer({ min: 1, max: 2_000_000 }),
  notified: fc.constantFrom('date', 'unknown', 'not-notified'),
  appeal: fc.constantFrom('none', 'pending', 'annulled', 'reduced', 'dismissed'),
  jurisdiction: fc.constantFrom('FR', 'GB', 'NL', 'IT'),
  rate: fc.integer({ min: 1, max: 100_000 }),
  liquidatedDays: fc.integer({ min: 0, max: 120 }),
  discount: fc.integer({ min: 0, max: 100 }),
  paid: fc.integer({ min: 0, max: 100 }),
  suspension: fc.option(
    fc.record({
      from: fc.integer({ min: 0, max: 400 }),
      length: fc.integer({ min: 0, max: 200 }),
      scope: fc.constantFrom('payment', 'compliance', 'accrual'),
    }),
    { nil: undefined },
  ),
  asOf: fc.integer({ min: 0, max: 900 }),
});

type Proceeding = typeof proceeding extends fc.Arbitrary<infer T> ? T : never;

function build(p: Proceeding): Case {
  return withCase((c0) => {
    let c: Case = { ...c0, jurisdiction: p.jurisdiction, law: p.jurisdiction === 'GB' ? 'UK-GDPR' : 'GDPR' };
    const currency = p.jurisdiction === 'GB' ? 'GBP' : 'EUR';
    c = withEvent(c, 'decision', (e) => ({
      ...e,
      notified:
        p.notified === 'date'
          ? e.date
          : p.notified === 'unknown'
            ? 'unknown'
            : { status: 'not-notified', 'as-of': day(30), sources: ['decision-text'] },
    }));
    c = withMeasure(c, 'fine', (m) =>
      m.kind === 'fine'
        ? {
            ...m,
            currency,
            amount: String(p.fine),
            payment: {
              status: p.paid > 0 ? 'partly-paid' : 'unpaid',
              paid: String(Math.floor((p.fine * p.paid) / 100)),
              sources: ['decision-text'],
            },
          }
        : m,
    );
    // Deadline 17 Dec 2022 (day 61); a liquidation of `liquidatedDays` days, at most rate × days.
    const liquidatedAmount = Math.floor((p.rate * p.liquidatedDays * (100 - p.discount)) / 100);
    c = withOrder(c, (o) => ({
      ...o,
      penalty: {
        per: 'day',
        amount: String(p.rate),
        currency,
        'payable-by': 'liquidation',
        ...(p.liquidatedDays > 0
          ? { liquidations: [{ event: 'liquidation', from: day(61), to: day(61 + p.liquidatedDays), amount: String(liquidatedAmount) }] }
          : {}),
      },
    }));
    c = {
      ...c,
      events: [
        ...c.events,
        {
          id: 'liquidation',
          date: day(61 + p.liquidatedDays + 30),
          kind: 'liquidation',
          summary: 'Liquidation',
          sources: ['decision-text'],
        },
      ],
      ...(p.appeal === 'none'
        ? {}
        : {
            appeals: [
              {
                id: 'appeal',
                court: 'Court',
                appellant: 'Example SAS',
                against: ['fine', 'order'],
                filed: day(20),
                outcome: p.appeal === 'pending' ? 'pending' : p.appeal === 'dismissed' ? 'dismissed' : 'partly-allowed',
                ...(p.appeal === 'annulled' ? { effects: [{ on: 'fine', effect: 'annulled' }] } : {}),
                ...(p.appeal === 'reduced' && p.fine > 1
                  ? { effects: [{ on: 'fine', effect: 'reduced', amount: String(Math.floor(p.fine / 2)) }] }
                  : {}),
                sources: ['decision-text'],
              },
            ],
          }),
      ...(p.suspension
        ? {
            suspensions: [
              {
                id: 'stay',
                by: 'court',
                scope: [p.suspension.scope],
                from: day(p.suspension.from),
                to: day(p.suspension.from + p.suspension.length),
                sources: ['decision-text'],
              },
            ],
          }
        : {}),
    };
    return c;
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('properties of the money', () => {
  it('owed is enforceable + payable − collected and never includes accrual that is not payable; totals are the sum of their rows', () => {
    fc.assert(
      fc.property(proceeding, (p) => {
        const c = build(p);
        const view = analyseCases([c], day(p.asOf));
        const caseView = view.cases[0];
        if (!caseView || p.jurisdiction === 'GB') return; // GBP needs a rate per day; the EUR cases test the arithmetic
        const penalties = caseView.deadlines.flatMap((d) => (d.penalty ? [d.penalty] : []));
        const t = view.totals;
        expect(t.enforceable.minor).toBe(sum(caseView.fines.map((f) => f.enforceable.minor)));
        expect(t.collected.minor).toBe(sum(caseView.fines.map((f) => f.paid.minor)));
        expect(t.penaltiesPayable.minor).toBe(sum(penalties.map((x) => x.payableMinor)));
        expect(t.penaltiesNotPayable.minor).toBe(sum(penalties.map((x) => x.notPayableMinor ?? 0)));
        expect(t.owed.minor).toBe(Math.max(0, t.enforceable.minor + t.penaltiesPayable.minor - t.collected.minor));
        expect(t.owed.minor).toBeLessThanOrEqual(t.enforceable.minor + t.penaltiesPayable.minor);
      }),
      { numRuns: 150 },
    );
  });

  it('a liquidation at or below rate × days validates and is shown as equal or below', () => {
    fc.assert(
      fc.property(proceeding, (p) => {
        const c = build(p);
        expect(checkCase(c, 'example').filter((f) => severityOf(f.code) === 'error')).toEqual([]);
        const asOf = day(61 + p.liquidatedDays + 40);
        const liquidation = analyseCases([c], asOf).cases[0]?.deadlines.find((d) => d.id === 'order')?.penalty?.liquidations[0];
        if (p.liquidatedDays === 0 || liquidation === undefined) return;
        const liquidated = Math.floor((p.rate * p.liquidatedDays * (100 - p.discount)) / 100);
        expect(liquidation.comparedWithRate).toBe(liquidated === p.rate * p.liquidatedDays ? 'equal' : 'below');
        expect(liquidation.amountMinor).toBe(liquidated * 100);
      }),
      { numRuns: 150 },
    );
  });
});

describe('properties of suspensions', () => {
  it('no fine is enforceable and no penalty accrues on a day covered by a suspension of that scope', () => {
    fc.assert(
      fc.property(proceeding, fc.integer({ min: 0, max: 200 }), (p, offset) => {
        if (!p.suspension) return;
        const c = build({ ...p, notified: 'date' });
        const inside = day(p.suspension.from + Math.min(offset, p.suspension.length));
        const fine = analyseCases([c], inside).cases[0]?.fines[0];
        if (p.suspension.scope === 'payment') expect(fine?.enforceable.minor).toBe(0);
        // Accrual: the days counted as of a day inside the suspension are those counted the day it began.
        if (p.suspension.scope !== 'payment') {
          const start = day(p.suspension.from);
          const penalty = (asOf: string) => analyseCases([c], asOf).cases[0]?.deadlines.find((d) => d.id === 'order')?.penalty;
          const atStart = penalty(addDays(start, -1));
          const later = penalty(inside);
          if (atStart && later && inside >= start) expect(later.daysLate).toBe(atStart.daysLate);
        }
      }),
      { numRuns: 150 },
    );
  });
});
