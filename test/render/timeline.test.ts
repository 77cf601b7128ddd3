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
    const out = renderTimeline(bundledCases(), { from: '2021-05-01', to: '2021-05-31' }, { ...options, width: 200 });
    const rows = stripVTControlCharacters(out)
      .split('\n')
      .filter((line) => /^│ \S/.test(line) && !line.startsWith('│ Date'));
    // The Garante's investigation, dated only "2021", overlaps the range and sorts on 1 Jan; May
    // 2021 (CNIL pi-alert, ICO pi-complaint) sorts on 1 May, by case id, before HDPA's 26 May.
    expect(rows.map((r) => r.split('│')[3]!.trim())).toEqual(['Garante · IT', 'CNIL · FR', 'ICO · GB', 'HDPA · GR']);
  });

  it('keeps year-only events that overlap the range', () => {
    const out = renderTimeline(bundledCases(), { from: '2021-06-01', to: '2021-06-30' }, options);
    expect(out).toContain('Investigation opened ex officio');
  });

  it('says so when no event falls in the range', () => {
    expect(renderTimeline(bundledCases(), { from: '1990-01-01', to: '1990-12-31' }, options)).toContain('No events in the range.');
  });

  it('renders in French with a narrow terminal as one record per event', () => {
    const out = renderTimeline(bundledCases(), { from: '2022-10-01', to: '2022-10-31' }, { ...options, width: 60, locale: 'fr' });
    expect(out).toContain('Chronologie (1 oct. 2022 – 31 oct. 2022)');
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });
});
