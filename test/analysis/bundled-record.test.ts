// The bundled Clearview record as a lawyer reads it today: what is enforceable, what is owed,
// which periods have not started, and what stands after the appeals.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { loadCase } from '../../src/load/load-case.js';
import { bundledDossier } from '../helpers/dossier.js';

const TODAY = '2026-12-02';
const view = bundledDossier(TODAY);
const caseView = (id: string) => {
  const found = view.cases.find((c) => c.case.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('the seven proceedings', () => {
  it('validate with no error; the only warning is the AP fine above the fixed maximum with no turnover known', () => {
    const dir = new URL('../../cases/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(7);
    const diagnostics = files.flatMap((f) => loadCase(`cases/${f}`, readFileSync(new URL(f, dir)), { today: TODAY }).diagnostics);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([['cases/ap-clearview-ai.yaml', 'money/cap-needs-turnover']]);
  });
});

describe('as of today', () => {
  it('the Garante fine, never notified, is not enforceable and its periods have not started', () => {
    const garante = caseView('garante-clearview-ai');
    expect(garante.fines[0]).toMatchObject({ enforceability: 'not-notified', enforceable: { minor: 0 } });
    const fromDecision = garante.deadlines.filter((d) => d.anchor === undefined && d.notNotifiedAsOf !== undefined);
    expect(fromDecision.length).toBeGreaterThanOrEqual(3);
    for (const d of fromDecision) expect(d.status).toBe('not-started');
  });

  it('no payment deadline says expired', () => {
    const payments = view.cases.flatMap((c) => c.deadlines).filter((d) => d.kind === 'payment');
    expect(payments.length).toBeGreaterThan(0);
    expect(payments.filter((d) => d.status === 'expired')).toEqual([]);
  });

  it('the CNIL formal notice is superseded by the sanction', () => {
    expect(caseView('cnil-clearview-ai').deadlines.find((d) => d.id === 'formal-notice-orders')).toMatchObject({
      status: 'superseded',
      supersededBy: { eventId: 'sanction' },
    });
  });

  it('owed holds only what is payable: the CNIL liquidation, never the accrual that no decision made payable', () => {
    const t = view.totals;
    expect(t.penaltiesPayable.minor).toBe(520_000_000);
    expect(t.penaltiesNotPayable.minor).toBeGreaterThan(0);
    expect(t.owed.minor).toBe(t.enforceable.minor + t.penaltiesPayable.minor - t.collected.minor);
  });

  it('the ICO chain shows the First-tier Tribunal decision set aside and the appeal heard again', () => {
    const ico = caseView('ico-clearview-ai');
    expect(ico.appeals.map((s) => [s.appeal.id, s.status])).toEqual([
      ['ftt', 'reheard'],
      ['ut', 'decided'],
    ]);
    expect(ico.fines[0]).toMatchObject({ appeal: { state: 'pending', standing: 'imposed' }, enforceability: 'suspended-by-appeal' });
  });

  it('the AP fine of EUR 30.5 million is enforceable with no turnover invented, and its penalties show only their maximum', () => {
    const ap = caseView('ap-clearview-ai');
    expect(ap.fines[0]).toMatchObject({
      imposed: { minor: 3_050_000_000 },
      cap: { ok: true, status: 'needs-turnover', lawfulIfTurnoverAboveMinor: 76_250_000_000 },
    });
    const penalty = ap.deadlines.find((d) => d.penalty)?.penalty;
    expect(penalty).toMatchObject({ per: 'unknown', maximumMinor: 510_000_000, payableBy: 'forfeiture', payableMinor: 0 });
    expect(penalty?.accruedMinor).toBeUndefined();
  });
});
