// The terminal reports in French, pinned as golden files: deadlines, fines, timeline and the detail
// of every bundled case. test/render/no-english-in-french.test.ts searches them for English words.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderDeadlines } from '../../src/render/deadlines.js';
import { renderFines } from '../../src/render/fines.js';
import { renderCaseDetail } from '../../src/render/report-detail.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { bundledCases, bundledDossier } from '../helpers/dossier.js';

const options = (width: number) => ({ chalk: new Chalk({ level: 0 }), width, locale: 'fr' as const });
const AS_OF = ['2023-02-09', '2026-11-23'] as const;

describe('French terminal reports', () => {
  it.each(AS_OF)('deadlines as of %s', async (asOf) => {
    const out = renderDeadlines(
      bundledDossier(asOf).cases.flatMap((c) => c.deadlines),
      { ...options(120), asOf },
    );
    await expect(out).toMatchFileSnapshot(`../golden/deadlines-${asOf}-fr.txt`);
    expect(out).toContain(asOf === '2023-02-09' ? 'Délais, au 9 févr. 2023' : 'Délais, au 23 nov. 2026');
  });

  it('fines by authority as of 2026-11-23', async () => {
    const out = renderFines(
      bundledDossier('2026-11-23').cases.flatMap((c) => c.fines),
      'authority',
      options(160),
    );
    await expect(out).toMatchFileSnapshot('../golden/fines-by-authority-fr.txt');
    expect(out).toContain('8\u202f920\u202f278,73\u00a0€');
  });

  it('the timeline', async () => {
    const out = renderTimeline(bundledCases(), {}, options(120));
    await expect(out).toMatchFileSnapshot('../golden/timeline-fr.txt');
  });

  it.each(AS_OF)('the detail of every case as of %s', async (asOf) => {
    const view = bundledDossier(asOf);
    const out = view.cases.map((c) => renderCaseDetail(c, { ...options(100), asOf })).join('\n');
    await expect(out).toMatchFileSnapshot(`../golden/detail-all-${asOf}-fr.txt`);
    expect(out).toContain('Calcul');
  });
});
