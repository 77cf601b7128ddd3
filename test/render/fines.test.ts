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
    // The ICO fine is suspended by the remitted appeal; nothing has been collected anywhere.
    expect(out).toMatch(/All\s+│\s+4 │ +€60,000,000\.00 │ +€68,920,278\.73 │ +€60,000,000\.00 │ +€0\.00 │/);
  });

  it('groups by year, country and respondent', () => {
    expect(renderFines(fines('2026-11-23'), 'year', options)).toMatch(/2022\s+│\s+4 │/);
    expect(renderFines(fines('2026-11-23'), 'country', options)).toMatch(/GB\s+│\s+1 │ +£7,552,800\.00 │ +€8,920,278\.73 │ +€0\.00 │/);
    expect(renderFines(fines('2026-11-23'), 'respondent', options)).toMatch(/Clearview AI Inc\.\s+│\s+4 │/);
  });

  it('colours unpaid owed fines red and leaves the suspended one plain', () => {
    const out = renderFines(fines('2026-11-23'), 'authority', { ...options, chalk: new Chalk({ level: 1 }) });
    expect(out.match(/\u001b\[31munpaid\u001b\[39m/g)).toHaveLength(3);
    expect(out).toContain('\u001b[33mremitted, under\u001b[39m');
  });
});
