// WCAG 2.1 contrast of the HTML export's text colours against the backgrounds they sit on.
import { describe, expect, it } from 'vitest';
import { STYLE } from '../../src/render/html/style.js';

function luminance(hex: string): number {
  const channel = (k: number) => {
    const c = parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a rule of the style sheet gives, e.g. `fill` of `.c-deadline`. */
function colourOf(selector: string, property: string): string {
  const rule = new RegExp(`${selector.replace('.', '\\.')} \\{[^}]*?\\b${property}: (#[0-9a-f]{6})`).exec(STYLE);
  if (!rule?.[1]) throw new Error(`no ${property} for ${selector}`);
  return rule[1];
}

describe('the HTML export’s colours', () => {
  const backgrounds = [colourOf('.lane-even', 'fill'), colourOf('.lane-odd', 'fill'), '#ffffff'];
  it.each([
    ['.c-decision', 'fill'],
    ['.c-appeal', 'fill'],
    ['.c-liquidation', 'fill'],
    ['.c-deadline', 'fill'],
    ['.tl-label', 'fill'],
    ['.tl-asof-label', 'fill'],
    ['.pc-tick', 'fill'],
    ['a', 'color'],
    ['code, .id', 'color'],
    ['footer', 'color'],
  ])('%s (%s) has a contrast of at least 4.5:1 on every background', (selector, property) => {
    const colour = colourOf(selector, property);
    for (const background of backgrounds) expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
