// Small input-handling defects: each a usage error (exit 2) that says what was wrong and what is accepted.
import MarkdownIt from 'markdown-it';
import { lintDefaults } from '../helpers/markdownlint.js';
import { describe, expect, it } from 'vitest';
import { renderMarkdownExport } from '../../src/render/export/markdown.js';
import { analyseCases, bundledCases } from '../helpers/dossier.js';
import { runInProcess } from '../helpers/run-in-process.js';

describe('timeline --from / --to', () => {
  it('refuses a --from after --to, naming both dates', async () => {
    const result = await runInProcess(['timeline', '--from', '2023-01-01', '--to', '2022-01-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--from 2023-01-01 is after --to 2022-01-01');
    expect(result.stdout).toBe('');
  });

  it('accepts a one-day range and an open range', async () => {
    expect((await runInProcess(['timeline', '--from', '2022-01-01', '--to', '2022-01-01'])).status).toBe(0);
    expect((await runInProcess(['timeline', '--from', '2023-01-01'])).status).toBe(0);
  });
});

describe('due --holiday-country', () => {
  it.each(['US', 'GB', 'CH', 'XX'])('refuses %s, listing the EU Member States', async (code) => {
    const result = await runInProcess(['due', '2022-10-18', '2 months', '-j', 'EU', '--holiday-country', code]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`"${code}" is not an EU Member State`);
    expect(result.stderr).toContain(
      'AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK',
    );
    expect(result.stdout).toBe('');
  });

  it.each([
    ['DE', '2022-12-27'],
    ['de', '2022-12-27'],
    ['DE-BY', '2022-12-27'],
    ['ES', '2022-12-27'],
  ])('keeps the Member State %s working', async (code, last) => {
    const result = await runInProcess(['due', '2022-12-24', '1 day', '-j', 'EU', '--holiday-country', code, '--json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { end: string }).end).toBe(last);
  });
});

describe('deadlines --within', () => {
  it('names the limit for a number too large', async () => {
    const result = await runInProcess(['deadlines', '--within', '1000000000']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('at most 36500 days');
    expect(result.stderr).not.toContain('not a whole number');
  });

  it('accepts the limit itself and refuses one more', async () => {
    expect((await runInProcess(['deadlines', '--within', '36500'])).status).toBe(0);
    const over = await runInProcess(['deadlines', '--within', '36501']);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain('at most 36500 days');
  });

  it('still says what a whole number is for text', async () => {
    const result = await runInProcess(['deadlines', '--within', 'soon']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('expected a whole number of 0 or more, got "soon"');
  });
});

describe('export --format md headings', () => {
  /** markdownlint's default rules, line length (MD013) and trailing punctuation (MD026) included. */
  const lintErrors = lintDefaults;

  it('passes markdownlint as the README example writes it', async () => {
    const result = await runInProcess(['export', '--format', 'md', '--as-of', '2023-02-09']);
    expect(result.status).toBe(0);
    expect(lintErrors(result.stdout)).toEqual([]);
  });

  it.each(['Clearview AI Inc.', 'CNIL v. Clearview:', 'Stop!', 'a \\.', 'Décision n° 1,', 'ends in \\'])(
    'keeps a case title ending in punctuation (%j) out of MD026 and renders it unchanged',
    (title) => {
      const base = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
      const out = renderMarkdownExport(analyseCases([{ ...base, title }], '2023-02-09'));
      expect(lintErrors(out)).toEqual([]);
      // The h2s: Summary, Totals, then the case.
      const headings = [...new MarkdownIt().render(out).matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
      expect(headings[2]).toBe(title);
    },
  );
});
