// The timeline picture written beside the Markdown export: a stand-alone SVG file (own styles,
// generic font families, a title that says the day, a size that fits 1,000 px) that shows
// what was known on the as-of day (the HTML page's marks) and whose labels do not overlap.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/model/case-schema.js';
import { renderHtmlExport } from '../../src/render/html/page.js';
import { renderTimelineSvgFile } from '../../src/render/html/timeline-file.js';
import { LABEL_FONT_PX, labelWidth } from '../../src/render/html/timeline-layout.js';
import { intersecting, type Box } from '../helpers/boxes.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';

const AS_OF = ['2023-02-09', '2026-11-23'] as const;

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every text of the picture as a box, from its x, baseline and the width estimate the layout uses. */
function textBoxes(svg: string): Box[] {
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="[^"]*"( text-anchor="end")?>([^<]*)<\/text>/g)].map((m) => {
    const text = unescape(m[4]!);
    const x = Number(m[1]);
    const y = Number(m[2]);
    const width = labelWidth(text);
    const left = m[3] === undefined ? x : x - width;
    // An 11 px monospace face: ascent about 0.8 em, descent 0.2 em.
    return { text, left, right: left + width, top: y - LABEL_FONT_PX * 0.8, bottom: y + LABEL_FONT_PX * 0.2 };
  });
}

/** The days of every mark: each mark's <title> lists its items, one per line, each starting with its date. */
function markDays(svg: string): string[] {
  return [...svg.matchAll(/<g class="tl-mark"><title>([^<]*)<\/title>/g)].flatMap((m) =>
    m[1]!.split('\n').map((line) => line.slice(0, 10)),
  );
}

describe('renderTimelineSvgFile', () => {
  it.each(AS_OF)('matches the golden file as of %s', async (asOf) => {
    await expect(renderTimelineSvgFile(bundledDossier(asOf))).toMatchFileSnapshot(`../golden/export-${asOf}.timeline.svg`);
  });

  it('matches the golden file in French', async () => {
    await expect(renderTimelineSvgFile(bundledDossier('2023-02-09'), { locale: 'fr' })).toMatchFileSnapshot(
      '../golden/export-2023-02-09-fr.timeline.svg',
    );
  });

  it.each(AS_OF)('stands alone: its own styles, generic fonts, a title with the day, a size that fits 1,000 px (%s)', (asOf) => {
    const svg = renderTimelineSvgFile(bundledDossier(asOf));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(svg.endsWith('</svg>\n')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`<title id="tl-title">Timeline of the proceedings as of ${asOf}</title>`);
    const [, vbWidth, vbHeight, width, height] = /viewBox="0 0 (\d+) (\d+)" width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(Number(width)).toBeLessThanOrEqual(1000);
    expect([width, height]).toEqual([vbWidth, vbHeight]);
    expect(svg).toMatch(/<style>[^<]*\.tl-label \{ font: 11px monospace;[^<]*<\/style>/);
    // Every font is a generic family: the file names no face that the reader's machine may lack.
    for (const [, family] of svg.matchAll(/font: [\d.]+px ([^;]+);/g)) expect(family).toMatch(/^(monospace|sans-serif|serif)$/);
    // Nothing to fetch, nothing to run.
    expect(svg).not.toMatch(/<script|href=|url\(|@import|\son[a-z]+=/i);
    expect(renderTimelineSvgFile(bundledDossier(asOf))).toBe(svg);
  });

  it.each(AS_OF)('holds the marks of the HTML page, as of %s: no later fact, and the deadlines then known', (asOf) => {
    const dossier = bundledDossier(asOf);
    const days = markDays(renderTimelineSvgFile(dossier));
    expect(days.length).toBeGreaterThan(30);
    expect(days).toEqual(markDays(renderHtmlExport(dossier)));
  });

  it('shows a deadline whose last day is still to come, right of the as-of line', () => {
    // The CNIL's appeal to the Conseil d'État ends on 20 February 2023, after 9 February.
    const svg = renderTimelineSvgFile(bundledDossier('2023-02-09'));
    expect(svg).toContain('2023-02-20');
    expect(svg).toContain('2022-12-19 · last day (unknown)');
  });

  it.each([
    ['2023-02-09', 'en'],
    ['2026-11-23', 'en'],
    ['2023-02-09', 'fr'],
    ['2026-11-23', 'fr'],
  ] as const)('has no two text boxes intersecting, as of %s (%s)', (asOf, locale) => {
    const boxes = textBoxes(renderTimelineSvgFile(bundledDossier(asOf), { locale }));
    expect(boxes.length).toBeGreaterThan(20);
    expect(intersecting(boxes)).toEqual([]);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(960);
  });

  it('keeps hostile case strings as text', () => {
    const base = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
    const payload = '</title><script>alert(1)</script>]]><!--\u0000\u202e';
    const hostile: Case = {
      ...base,
      title: payload,
      authority: { ...base.authority, short: payload },
      events: base.events.map((e) => ({ ...e, summary: payload })),
    };
    const svg = renderTimelineSvgFile(analyseCases([hostile], '2023-02-09'));
    expect(svg).not.toMatch(/<script|<!--|\u0000|\u202e/);
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
  });
});
