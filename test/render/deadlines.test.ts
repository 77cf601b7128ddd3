import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderDeadlines } from '../../src/render/deadlines.js';
import { bundledDossier } from '../helpers/dossier.js';

const render = (asOf: string, width = 120, locale: 'en' | 'fr' = 'en', level: 0 | 1 = 0) =>
  renderDeadlines(
    bundledDossier(asOf).cases.flatMap((c) => c.deadlines),
    { chalk: new Chalk({ level }), width, locale, asOf },
  );

describe('deadlines', () => {
  it('lists every deadline by date with its status and the penalty as of 2023-02-09', async () => {
    const out = render('2023-02-09');
    await expect(out).toMatchFileSnapshot('../golden/deadlines-2023-02-09.txt');
    expect(render('2023-02-09', 70)).toMatch(/cnil-clearview-ai \/ injunction\n(.*\n){1,12}.*Status +│ missed, 52\u00a0days\u00a0late/);
    expect(out).toContain('Days late: 52 (first day late 20 Dec 2022)');
    expect(out).toContain('Accrued as of 9 Feb 2023: €5,200,000.00');
    expect(out).toMatch(/19 Dec 2022 – 9 Feb 2023, 52 days, €5,200,000\.00 = 52 × €100,000\.00: matches/);
    // Decided on 13 Apr 2023: on 9 Feb it had accrued but was not yet liquidated.
    expect(out).toContain('Accrued, not liquidated: €5,200,000.00');
  });

  it('shows the remainder accrued but not liquidated as of 2026-11-23', async () => {
    const out = render('2026-11-23');
    await expect(out).toMatchFileSnapshot('../golden/deadlines-2026-11-23.txt');
    expect(out).toContain('Days late: 1,435');
    expect(out).toContain('Accrued as of 23 Nov 2026: €143,500,000.00');
    expect(out).toContain('Accrued, not liquidated: €138,300,000.00');
  });

  it('numbers each assumption once and flags it in yellow', () => {
    const out = render('2023-02-09', 120, 'en', 1);
    expect(out.match(/notification date of "sanction" unknown/g)).toHaveLength(1);
    expect(out).toContain('\u001b[33m[6] [7]\u001b[39m');
    expect(out).toContain('\u001b[31m52\u00a0days\u00a0late\u001b[39m');
  });

  it('speaks French', () => {
    const out = render('2023-02-09', 120, 'fr');
    expect(out).toContain('Jours de retard\u00a0: 52');
    // One record per deadline at 70 columns, so each status is on one line.
    expect(render('2023-02-09', 70, 'fr')).toContain('en cours, 11\u00a0jours\u00a0restants');
    expect(out).toContain('Couru au 9 févr. 2023\u00a0: 5\u202f200\u202f000,00\u00a0€');
  });
});
