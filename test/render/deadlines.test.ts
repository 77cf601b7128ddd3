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
  it('lists every deadline by date with its status; as of 2023-02-09 the CNIL penalty has nothing accrued or liquidated on record', async () => {
    const out = render('2023-02-09');
    await expect(out).toMatchFileSnapshot('../golden/deadlines-2023-02-09.txt');
    // The CNIL's statement that the injunction was not complied with dates from May 2023.
    expect(render('2023-02-09', 70)).toMatch(
      /cnil-clearview-ai \/ injunction\n(.*\n){1,12}.*Status +│ unknown +│\n.*│ past the deadline, compliance not on record/,
    );
    expect(out).toMatch(
      /cnil-clearview-ai \/ injunction\n {2}Amount: €100,000\.00 per day\n {2}payable once liquidated\n {2}Days late: nothing has accrued\n/,
    );
    expect(out).toContain('  Payable: €0.00\n');
    expect(out).toMatch(/Accrued, not liquidated: .*\(as of 9 Feb 2023\):\n {4}€0\.00\n/);
    expect(out).toContain('! compliance is not on record: nothing is counted as accrued');
    // Decided on 13 Apr 2023: on 9 Feb the liquidation was still to come.
    expect(out).not.toContain('Liquidated (');
  });

  it('shows the remainder accrued but not liquidated as of 2026-11-23, counted only to the last day non-compliance is on record', async () => {
    const out = render('2026-11-23');
    await expect(out).toMatchFileSnapshot('../golden/deadlines-2026-11-23.txt');
    expect(out).toContain('Days late: 142 (20 Dec 2022 – 10 May 2023)');
    expect(out).toMatch(
      /Liquidated \(liquidation, decided on 13 Apr 2023\): 19 Dec 2022 – 9 Feb 2023, 52 days \(one end not counted\),\n {4}€5,200,000\.00; equal to days × rate \(€5,200,000\.00\)/,
    );
    expect(out).toContain('  Payable: €5,200,000.00\n');
    // 142 days × €100,000 = €14,200,000 accrued, of which €5,200,000 liquidated.
    expect(out).toMatch(/Accrued, not liquidated: .*\(as of 23 Nov 2026\):\n {4}€9,000,000\.00\n/);
    expect(out).toContain('! counted only to 2023-05-10, the last day non-compliance is on record');
  });

  it('numbers each assumption once and flags it in yellow', () => {
    const out = render('2023-02-09', 120, 'en', 1);
    expect(out.match(/notification date of "sanction" unknown/g)).toHaveLength(1);
    expect(out).toContain('\u001b[33m[4] [5]\u001b[39m');
    expect(render('2026-11-23', 120, 'en', 1)).toMatch(/\u001b\[31mmissed, 142[ \u00a0]days[ \u00a0]late\u001b\[39m/);
  });

  it('speaks French', () => {
    const out = render('2023-02-09', 120, 'fr');
    expect(out).toContain('Jours de retard\u00a0: rien n’a couru');
    // One record per deadline at 70 columns, so each status is on one line.
    expect(render('2023-02-09', 70, 'fr')).toContain('en cours, 11\u00a0jours\u00a0restants');
    expect(out).toContain('Exigible\u00a0: 0,00\u00a0€');
    const later = render('2026-11-23', 120, 'fr');
    expect(later).toContain('Jours de retard\u00a0: 142 (20 déc. 2022 – 10 mai 2023)');
    expect(later).toContain('Exigible\u00a0: 5\u202f200\u202f000,00\u00a0€');
    expect(later).toMatch(/Courue, non liquidée.*\(au 23 nov\. 2026\)\u00a0:\n {4}9\u202f000\u202f000,00\u00a0€/);
  });
});
