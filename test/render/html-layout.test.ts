import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownLabels } from '../../src/i18n/catalogue.js';
import { htmlLabels } from '../../src/i18n/catalogue.js';
import { laneLabels, laneMarks, SVG_WIDTH, timelineScale } from '../../src/render/html/timeline-svg.js';
import { labelsIntersect, labelWidth, LABEL_GAP_PX, placeLabels, type PlacedLabel } from '../../src/render/html/timeline-layout.js';
import { bundledDossier } from '../helpers/dossier.js';

function overlaps(placed: readonly PlacedLabel[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < placed.length; i += 1)
    for (let j = i + 1; j < placed.length; j += 1) if (labelsIntersect(placed[i]!, placed[j]!)) found.push([i, j]);
  return found;
}

describe('placeLabels', () => {
  it.each([
    // anchors, widths → rows
    { anchors: [0, 100, 200], width: 50, rows: [0, 0, 0] },
    { anchors: [0, 10, 20], width: 50, rows: [0, 1, 2] },
    // The gap is kept: 50 + 6 = 56 fits, 55 does not.
    { anchors: [0, 56], width: 50, rows: [0, 0] },
    { anchors: [0, 55], width: 50, rows: [0, 1] },
    // A freed row is reused.
    { anchors: [0, 10, 60], width: 50, rows: [0, 1, 0] },
  ])('puts labels at $anchors (width $width) in rows $rows', ({ anchors, width, rows }) => {
    const { placed } = placeLabels(
      anchors.map((anchor) => ({ anchor, width })),
      1000,
    );
    expect(placed.map((p) => p.row)).toEqual(rows);
  });

  it('pulls a label left so it ends inside the right edge, and keeps it clear of the others', () => {
    const { placed } = placeLabels(
      [
        { anchor: 900, width: 80 },
        { anchor: 990, width: 80 },
      ],
      1000,
    );
    expect(placed[1]).toEqual({ anchor: 990, x: 920, width: 80, row: 1 });
    expect(overlaps(placed)).toEqual([]);
  });

  it('never lets two labels intersect, whatever the anchors and widths (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ anchor: fc.integer({ min: 0, max: 1000 }), width: fc.integer({ min: 1, max: 300 }) }), { maxLength: 60 }),
        (requests) => {
          const { placed, rows } = placeLabels(requests, 1000);
          expect(overlaps(placed)).toEqual([]);
          for (const [k, p] of placed.entries()) {
            expect(p.x + p.width).toBeLessThanOrEqual(1000);
            expect(p.row).toBeLessThan(rows);
            // A label starts at its mark, or left of it only when pulled in from the edge.
            expect(p.x).toBeLessThanOrEqual(requests[k]!.anchor);
          }
        },
      ),
    );
  });

  it('keeps at least the gap between labels of one row', () => {
    const { placed } = placeLabels(
      [0, 40, 80, 120].map((anchor) => ({ anchor, width: 40 })),
      1000,
    );
    const row0 = placed.filter((p) => p.row === 0);
    for (let k = 1; k < row0.length; k += 1)
      expect(row0[k]!.x - (row0[k - 1]!.x + row0[k - 1]!.width)).toBeGreaterThanOrEqual(LABEL_GAP_PX);
  });
});

describe('the timeline of the bundled cases', () => {
  it.each(['2023-02-09', '2026-11-23'])('has no two label boxes intersecting, with the width estimate, as of %s', (asOf) => {
    const view = bundledDossier(asOf);
    for (const locale of ['en', 'fr'] as const) {
      const L = markdownLabels(locale);
      const H = htmlLabels(locale);
      const lanes = view.cases.map((c) => laneMarks(c, L));
      const scale = timelineScale([view.asOf, ...lanes.flatMap((marks) => marks.map((m) => m.day))]);
      let labelled = 0;
      for (const marks of lanes) {
        const { placed } = laneLabels(marks, H, scale);
        expect(overlaps(placed)).toEqual([]);
        for (const p of placed) {
          expect(p.width).toBe(labelWidth(p.text));
          expect(p.x + p.width).toBeLessThanOrEqual(SVG_WIDTH);
        }
        labelled += placed.length;
      }
      expect(labelled).toBeGreaterThan(10);
    }
  });

  it('estimates a label as 0.62 em per character at 11 px', () => {
    expect(labelWidth('décision')).toBe(Math.ceil(8 * 11 * 0.62));
    expect(labelWidth('')).toBe(0);
  });
});
