// Small case files built in code for the analysis tests: one FR proceeding with a fine and an
// order under a daily penalty, which each test changes in the one place it is about. The result
// is checked against the schema, so a test can never run on a case the validator would refuse.
import { caseSchema, type Case, type CaseEvent, type Measure, type Order } from '../../src/model/case-schema.js';

export function baseCase(): Case {
  return caseSchema.parse({
    dossier: 2,
    id: 'example',
    title: 'Authority v. Example',
    status: 'open',
    authority: { short: 'CNIL', name: 'Commission nationale de l’informatique et des libertés', country: 'FR' },
    jurisdiction: 'FR',
    law: 'GDPR',
    respondents: [{ id: 'example', name: 'Example SAS', country: 'FR' }],
    sources: [{ id: 'decision-text', title: 'Decision', url: 'https://example.org/decision', published: '2022-10-20' }],
    events: [
      {
        id: 'decision',
        date: '2022-10-17',
        kind: 'decision',
        summary: 'Fine and order',
        notified: '2022-10-17',
        sources: ['decision-text'],
      },
    ],
    measures: [
      {
        id: 'fine',
        kind: 'fine',
        decision: 'decision',
        summary: 'Fine',
        amount: '1000000',
        currency: 'EUR',
        articles: [6],
        tier: '83(5)',
        payment: { status: 'unpaid', sources: ['decision-text'] },
        sources: ['decision-text'],
      },
      {
        id: 'order',
        kind: 'order',
        decision: 'decision',
        summary: 'Stop processing',
        orders: ['stop-processing'],
        // 17 Oct 2022 + 2 months = Saturday 17 Dec: "extend: false" keeps the arithmetic plain.
        due: { period: '2 months', from: 'decision', extend: false },
        penalty: { per: 'day', amount: '1000', currency: 'EUR', 'payable-by': 'liquidation' },
        compliance: { status: 'not-complied', continuing: true, sources: ['decision-text'] },
        sources: ['decision-text'],
      },
    ],
  });
}

/** The case with changes applied and checked against the schema again. */
export function withCase(change: (c: Case) => Case, base: Case = baseCase()): Case {
  return caseSchema.parse(change(structuredClone(base)));
}

export function withEvent(c: Case, id: string, change: (e: CaseEvent) => CaseEvent): Case {
  return { ...c, events: c.events.map((e) => (e.id === id ? change(e) : e)) };
}

export function withMeasure(c: Case, id: string, change: (m: Measure) => Measure): Case {
  return { ...c, measures: (c.measures ?? []).map((m) => (m.id === id ? change(m) : m)) };
}

export function withOrder(c: Case, change: (o: Order) => Order): Case {
  return withMeasure(c, 'order', (m) => (m.kind === 'order' || m.kind === 'ban' ? change(m) : m));
}
