import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../../src/render/timeline.js';
import { bundledCases } from '../helpers/dossier.js';

const options = { chalk: new Chalk({ level: 0 }), width: 120, locale: 'en' as const };

describe('timeline', () => {
  it('lists every event of every case in date order', async () => {
    const out = renderTimeline(bundledCases(), {}, options);
    await expect(out).toMatchFileSnapshot('../golden/timeline.txt');
    const events = bundledCases().reduce((n, c) => n + c.events.length, 0);
    expect(out.match(/●/g)).toHaveLength(events);
  });

  it('sorts partial dates by their first day, ties by case then event', () => {
    const authorityAndKind = (from: string, to: string) =>
      stripVTControlCharacters(renderTimeline(bundledCases(), { from, to }, { ...options, width: 200 }))
        .split('\n')
        .filter((line) => /^│ \S/.test(line) && !line.startsWith('│ Date'))
        // From the right: the "Cases" lanes can themselves hold │.
        .map((r) =>
          r
            .split('│')
            .slice(-4, -2)
            .map((cell) => cell.trim()),
        );
    // May 2021: the ICO's "May 2021" sorts on 1 May, before HDPA's 26 May; on 27 May the CNIL
    // (pi-alert) and the DSB (complaint) tie and sort by case id.
    expect(authorityAndKind('2021-05-01', '2021-05-31')).toEqual([
      ['ICO · GB', 'complaint'],
      ['HDPA · GR', 'complaint'],
      ['CNIL · FR', 'complaint'],
      ['DSB · AT', 'complaint'],
    ]);
    // May 2023: the AP's two events dated only "2023" overlap the range and sort on 1 Jan, by event
    // id (complaints, investigation); on 10 May the CNIL and the DSB tie and sort by case id.
    expect(authorityAndKind('2023-05-01', '2023-05-31')).toEqual([
      ['AP · NL', 'complaint'],
      ['AP · NL', 'investigation'],
      ['DSB · AT', 'decision'],
      ['CNIL · FR', 'publication'],
      ['DSB · AT', 'publication'],
    ]);
  });

  it('keeps year-only events that overlap the range', () => {
    const out = renderTimeline(bundledCases(), { from: '2023-06-01', to: '2023-06-30' }, options);
    expect(out).toContain('The AP opens an investigation into Clearview');
    expect(out).toContain('Dutch data subjects complain');
  });

  it('says so when no event falls in the range', () => {
    expect(renderTimeline(bundledCases(), { from: '1990-01-01', to: '1990-12-31' }, options)).toContain('No events in the range.');
  });

  it('renders in French with a narrow terminal as one record per event', () => {
    const out = renderTimeline(bundledCases(), { from: '2022-10-01', to: '2022-10-31' }, { ...options, width: 60, locale: 'fr' });
    expect(out).toContain('Chronologie (1er oct. 2022 – 31 oct. 2022)');
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });
});
