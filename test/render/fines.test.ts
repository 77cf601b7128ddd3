import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderFines } from '../../src/render/fines.js';
import { bundledDossier } from '../helpers/dossier.js';

const fines = (asOf: string) => bundledDossier(asOf).cases.flatMap((c) => c.fines);
const options = { chalk: new Chalk({ level: 0 }), width: 160, locale: 'en' as const };

describe('fines', () => {
  it('renders each fine and exact totals by authority', async () => {
    const out = renderFines(fines('2026-11-23'), 'authority', options);
    await expect(out).toMatchFileSnapshot('../golden/fines-by-authority.txt');
    expect(out.match(/at the fixed/g)).toHaveLength(3);
    expect(out).toContain('€8,920,278.73');
    expect(out).toContain('at 0.8467');
    expect(out).toContain('18\u00a0May\u00a02022');
    expect(out).toContain('within the cap');
    // The AP's EUR 30.5 million is above the fixed maximum and no turnover is recorded.
    expect(out).toMatch(/above the fixed │[^\n]*\n.*maximum: lawful only if │[^\n]*\n.*turnover ≥ │[^\n]*\n.*€762,500,000\.00 │/);
    // Enforceable: the AP, CNIL and HDPA fines (if notified); not the Garante's (not notified) nor
    // the ICO's (suspended by the appeal, pending again after the remittal). Nothing collected.
    expect(out).toMatch(/All\s+│\s+5 │ +€90,500,000\.00 │ +€99,420,278\.73 │ +€70,500,000\.00 │ +€0\.00 │\n│ +│ +│ +£7,552,800\.00 │/);
    expect(out.match(/enforceable if notified/g)).toHaveLength(3);
    expect(out).toMatch(/Garante \(IT\) +│ +1 │ +€20,000,000\.00 │ +€20,000,000\.00 │ +€0\.00 │/);
    expect(out).toMatch(/ICO \(GB\) +│ +1 │ +£7,552,800\.00 │ +€8,920,278\.73 │ +€0\.00 │/);
  });

  it('groups by year, country and respondent', () => {
    expect(renderFines(fines('2026-11-23'), 'year', options)).toMatch(
      /2022\s+│\s+4 │[^\n]*\n[^\n]*\n[^\n]*\n│ 2024\s+│\s+1 │ +€30,500,000\.00 │/,
    );
    expect(renderFines(fines('2026-11-23'), 'country', options)).toMatch(/GB\s+│\s+1 │ +£7,552,800\.00 │ +€8,920,278\.73 │ +€0\.00 │/);
    expect(renderFines(fines('2026-11-23'), 'respondent', options)).toMatch(/Clearview AI Inc\.\s+│\s+5 │/);
  });

  it('colours unpaid owed fines red and leaves the suspended and the unnotified ones plain', () => {
    const out = renderFines(fines('2026-11-23'), 'authority', { ...options, chalk: new Chalk({ level: 1 }) });
    // Owed: CNIL and HDPA unpaid, the AP's payment unknown. The Garante's and the ICO's unpaid
    // fines are not enforceable (not notified; suspended by the appeal).
    expect(out.match(/\u001b\[31munpaid\u001b\[39m/g)).toHaveLength(2);
    expect(out.match(/\u001b\[31m/g)).toHaveLength(4);
    expect(out).toContain('\u001b[31mpayment\u001b[39m');
    expect(out).toContain('\u001b[33mnot notified\u001b[39m');
    expect(out).toContain('\u001b[33msuspended: appeal\u001b[39m');
    expect(out).toContain('\u001b[33munder\u001b[39m');
  });
});
