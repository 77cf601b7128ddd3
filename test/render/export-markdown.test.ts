import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderMarkdownExport } from '../../src/render/export/markdown.js';
import type { Case } from '../../src/model/case-schema.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';
import { lintDefaults, lintFileWithCli2 } from '../helpers/markdownlint.js';

const AS_OF = ['2023-02-09', '2026-11-23'] as const;

const PAYLOADS = [
  '| a | b |',
  '<script>alert(1)</script>',
  '[Pay here](https://evil)',
  '![x](https://tracker/p.gif)',
  '@someone',
  '#123',
  'javascript:alert(1)',
  '\n# Heading',
  'ends with a backslash \\',
  '=HYPERLINK("x")',
  '\nATTENDEE:mailto:x',
  '<img src=x onerror=alert(1)>',
  '```\ncode fence',
  'x : y ; z # w %%{init: {}}%%',
];

/** The CNIL case with every free-text field replaced by a payload. */
function hostileCase(): Case {
  const base = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
  const p = (k: number) => PAYLOADS[k % PAYLOADS.length]!;
  return {
    ...base,
    title: p(0) + p(1),
    authority: { ...base.authority, short: p(2), name: p(3) },
    respondents: base.respondents.map((r) => ({ ...r, name: p(4) })),
    sources: base.sources.map((s, k) => ({ ...s, title: p(k + 5), publisher: p(k + 6), note: p(k + 7) })),
    events: base.events.map((e, k) => ({ ...e, summary: p(k), ref: p(k + 3), note: p(k + 9) })),
    measures: (base.measures ?? []).map((m, k) => ({ ...m, summary: p(k + 1), note: p(k + 2) })),
    deadlines: (base.deadlines ?? []).map((d, k) => ({ ...d, label: p(k + 7), basis: p(k + 8), note: p(k + 10) })),
    notes: (base.notes ?? []).map((n, k) => ({ ...n, text: p(k + 11) })),
  };
}

// markdownlint's defaults, MD013 (80 columns) included: the prose is wrapped, tables carry a
// scoped disable.
const lintErrors = lintDefaults;

/**
 * The document with wrapped prose joined again: a line that continues a paragraph or a list item
 * (not blank, not a heading, table row, comment or new list item) is put back after the previous.
 */
function flat(markdown: string): string {
  const lines: string[] = [];
  for (const line of markdown.split('\n')) {
    const previous = lines[lines.length - 1];
    const continues = previous !== undefined && !/^(?:$|#|\||<!--)/.test(previous) && !/^(?:$|#|\||<!--| *[-*+] )/.test(line);
    if (continues) lines[lines.length - 1] = `${previous} ${line.trimStart()}`;
    else lines.push(line);
  }
  return lines.join('\n');
}

/** A URL as a browser resolves it, so `(` and `%28` compare equal. */
const normal = (url: string): string => decodeURI(new URL(url).href);

/** Each table's rows, as cell counts per row (header first). */
function tableShapes(html: string): number[][] {
  return [...html.matchAll(/<table>([^]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([^]*?)<\/tr>/g)].map((r) => (r[1]!.match(/<t[hd][ >]/g) ?? []).length),
  );
}

describe('renderMarkdownExport', () => {
  it.each(AS_OF)('matches the golden file as of %s', async (asOf) => {
    await expect(renderMarkdownExport(bundledDossier(asOf))).toMatchFileSnapshot(`../golden/export-${asOf}.md`);
  });

  it.each(AS_OF)('passes markdownlint-cli2 with its default configuration, written to a file (%s)', (asOf) => {
    for (const locale of ['en', 'fr'] as const) {
      const out = renderMarkdownExport(bundledDossier(asOf), { locale, timelineImage: 'export.timeline.svg' });
      const { status, output } = lintFileWithCli2(out);
      expect(output).toContain('Summary: 0 error(s)');
      expect(status).toBe(0);
    }
  });

  it.each(AS_OF)('wraps prose without changing what renders: joined again, it renders the same (%s)', (asOf) => {
    const out = renderMarkdownExport(bundledDossier(asOf), { timelineImage: 'export.timeline.svg' });
    const md = new MarkdownIt();
    const html = (markdown: string) => md.render(markdown).replace(/\s+/g, ' ');
    // Past 80 columns only a word that cannot be broken (a link's destination), as MD013 allows.
    expect(out.split('\n').filter((line) => !line.startsWith('|') && /\s/.test(line.slice(80)))).toEqual([]);
    expect(html(out)).toBe(html(flat(out)));
    expect(flat(out)).not.toBe(out);
  });

  it.each(AS_OF)('passes markdownlint and is byte-identical for the same input (%s)', (asOf) => {
    const out = renderMarkdownExport(bundledDossier(asOf));
    expect(lintErrors(out)).toEqual([]);
    expect(renderMarkdownExport(bundledDossier(asOf))).toBe(out);
  });

  it('shows the figures a reader checks', () => {
    const out = flat(renderMarkdownExport(bundledDossier('2023-02-09')));
    expect(out.startsWith('# Enforcement dossier as of 2023-02-09\n')).toBe(true);
    // On 9 Feb 2023 the CNIL's statement on compliance (May 2023) and the liquidation (13 Apr 2023)
    // are not yet on record: nothing accrued, nothing payable.
    expect(out).toContain('(injunction, compliance): last day 2022-12-19; unknown\n');
    expect(out).toContain('days of non-compliance on record: 0; payable EUR 0.00;');
    expect(out).toContain('  - Assumption: compliance is not on record: nothing is counted as accrued\n');
    expect(out).not.toContain('2023-04-13');
    expect(out).toContain('In EUR: GBP 7,552,800.00 ÷ 0.8467 (ECB rate of 2022-05-18) = EUR 8,920,278.73, rounded half-even');
    expect(out).toContain('Enforceable now: GBP 0.00 (suspended: appeal), not enforceable while the appeal is pending');
    expect(out).toContain('| Collected | EUR 0.00 |');
    expect(out).toContain('| of which: if notified | EUR 40,000,000.00 | — |');
    expect(out).toContain('| Owed (enforceable + penalty payments payable − collected) | EUR 40,000,000.00 | — |');
    const atFixedMaximum =
      'Cap: EUR 20,000,000.00 under GDPR Art. 83\\(5\\): the higher of the fixed EUR 20,000,000.00 and 4 % of turnover (no turnover recorded); set by the fixed amount; the fine is at-maximum';
    expect(out.split(atFixedMaximum)).toHaveLength(4);
    // On standard output there is no picture to link: one line says how to get it.
    expect(out).toContain('## Chart\n\nNo timeline picture on standard output: `--output FILE.md` writes and links it.\n');
    expect(out).not.toContain('mermaid');
    // As of 23 Nov 2026: late until 10 May 2023, the liquidation payable and equal to 52 × rate.
    const later = flat(renderMarkdownExport(bundledDossier('2026-11-23')));
    expect(later).toContain('(injunction, compliance): last day 2022-12-19; missed, 142 days late\n');
    expect(later).toContain('days of non-compliance on record: 142 (2022-12-20 – 2023-05-10); payable EUR 5,200,000.00;');
    expect(later).toMatch(/Accrued, not liquidated: [^\n]*: EUR 9,000,000\.00\n/);
    expect(later).toContain(
      'Liquidation by event liquidation of 2023-04-13: 2022-12-19 to 2023-02-09, 52 days (one end not counted), EUR 5,200,000.00; equal to days × rate (EUR 5,200,000.00)',
    );
    expect(later).toContain('| Owed (enforceable + penalty payments payable − collected) | EUR 75,700,000.00 | — |');
  });

  it('renders with markdown-it to tables of constant width and links only to the sources', () => {
    const view = bundledDossier('2026-11-23');
    const html = new MarkdownIt().render(renderMarkdownExport(view));
    // One link per source of each case: the CNIL and HDPA cases both cite the Solomon article.
    const urls = view.cases.flatMap((c) => c.case.sources.map((s) => normal(s.url)));
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => normal(m[1]!.replace(/&amp;/g, '&')));
    expect([...hrefs].sort()).toEqual([...urls].sort());
    for (const shape of tableShapes(html)) expect(new Set(shape).size).toBe(1);
  });

  it('keeps a hostile case inert: no script, image or foreign link, tables intact, lint clean', () => {
    const hostile = hostileCase();
    const out = renderMarkdownExport(analyseCases([hostile], '2023-02-09'));
    expect(lintErrors(out)).toEqual([]);
    const html = new MarkdownIt().render(out);
    expect(html).not.toMatch(/<script|<img|<h[1-6]>Heading/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    const allowed = new Set(hostile.sources.map((s) => normal(s.url)));
    for (const href of hrefs) expect(allowed).toContain(normal(href.replace(/&amp;/g, '&')));
    const shapes = tableShapes(html);
    expect(shapes.length).toBeGreaterThanOrEqual(5);
    for (const shape of shapes) expect(new Set(shape).size).toBe(1);
    // Only the document's own headings: the title, the fixed sections and the case's subsections.
    expect((html.match(/<h1>/g) ?? []).length).toBe(1);
  });

  describe('in French', () => {
    const NNBSP = '\u202f';
    const NBSP = '\u00a0';
    /** "5 200 000,00 €" as Intl fr-FR writes it: U+202F between groups, U+00A0 before the symbol. */
    const eur = (text: string) => `${text.replace(/ /g, NNBSP)}${NBSP}€`;

    it.each(AS_OF)('matches the golden file as of %s', async (asOf) => {
      await expect(renderMarkdownExport(bundledDossier(asOf), { locale: 'fr' })).toMatchFileSnapshot(`../golden/export-${asOf}-fr.md`);
    });

    it.each(AS_OF)('passes markdownlint and is byte-identical for the same input (%s)', (asOf) => {
      const out = renderMarkdownExport(bundledDossier(asOf), { locale: 'fr' });
      expect(lintErrors(out)).toEqual([]);
      expect(renderMarkdownExport(bundledDossier(asOf), { locale: 'fr' })).toBe(out);
    });

    it('leaves the English output unchanged when asked for it explicitly', () => {
      const view = bundledDossier('2023-02-09');
      expect(renderMarkdownExport(view, { locale: 'en' })).toBe(renderMarkdownExport(view));
    });

    it('shows the figures a reader checks, in French', () => {
      const out = flat(renderMarkdownExport(bundledDossier('2023-02-09'), { locale: 'fr' }));
      expect(out.startsWith('# Dossier de sanctions au 9 février 2023\n')).toBe(true);
      // On 9 Feb 2023 the CNIL's statement on compliance (May 2023) is not yet on record.
      expect(out).toContain(`échéance le 19 décembre 2022${NNBSP}; inconnu\n`);
      expect(out).toContain(
        `Astreinte${NBSP}: ${eur('100 000,00')} par jour${NNBSP}; exigible une fois liquidée${NNBSP}; jours d’inexécution documentés${NBSP}: 0${NNBSP}; exigible ${eur('0,00')}`,
      );
      // The liquidation of 13 Apr 2023 is still to come.
      expect(out).not.toContain('13 avril 2023');
      expect(out).toContain(`÷ 0,8467 (taux BCE du 18 mai 2022) = ${eur('8 920 278,73')}, arrondi au pair le plus proche`);
      expect(out).toContain(`| Recouvré | ${eur('0,00')} |`);
      // As of 9 Feb 2023 the file's "final" was not yet so: later facts were still to come.
      expect(out).toContain('| CNIL v. Clearview AI | CNIL | en cours |');
      expect(out).toContain('1 remplacé, 1 inconnu, 1 en cours');
      expect(out).toContain('échéance le 20 février 2023');
      expect(out).toContain('11 jours restants');
      expect(out).toContain('## Graphique\n\nSur la sortie standard, pas d’image\u00a0: `--output FICHIER.md` l’écrit et la lie.\n');
      const linked = flat(renderMarkdownExport(bundledDossier('2023-02-09'), { locale: 'fr', timelineImage: 'dossier.timeline.svg' }));
      expect(linked).toContain('## Graphique\n\n![Chronologie des sanctions au 9 février 2023](dossier.timeline.svg)\n');
      // No English amount and no English status word outside the engine's working and assumptions.
      expect(out).not.toMatch(/(EUR|GBP) \d[\d,]*\.\d\d| days late| days left|\(unpaid\)|not-complied/);
      // Tables keep ISO dates, as in English.
      expect(out).toContain('| 2022-10-17 | décision | SAN-2022-019 |');
      // The ICO fine's suspension, in French words only (the English explanation is left out).
      expect(out.replace(/[\u00a0\u202f]/g, ' ')).toContain('Exigible : 0,00 £GB (suspendue : recours)');
      expect(out).not.toContain('not enforceable while the appeal is pending');
    });

    it('writes the figures of the 2026 dossier with French grouping', () => {
      const out = flat(renderMarkdownExport(bundledDossier('2026-11-23'), { locale: 'fr' }));
      expect(out).toContain(`échéance le 19 décembre 2022${NNBSP}; non respecté, 142 jours de retard\n`);
      expect(out).toContain(
        `jours d’inexécution documentés${NBSP}: 142 (20 décembre 2022 – 10 mai 2023)${NNBSP}; exigible ${eur('5 200 000,00')}`,
      );
      expect(out).toMatch(new RegExp(`Courue, non liquidée[^\n]*${NBSP}: ${eur('9 000 000,00')}\n`));
      expect(out).toContain(
        `Liquidation décidée par l’événement liquidation le 13 avril 2023${NBSP}: du 19 décembre 2022 au 9 février 2023, 52 jours (une borne non comptée), ${eur('5 200 000,00')}${NNBSP}; égal à jours × taux (${eur('5 200 000,00')})`,
      );
      expect(out).toContain(`| Astreintes exigibles (liquidées, ou encourues et recouvrées) | ${eur('5 200 000,00')} | — |`);
      // Sent back to the FTT by the Upper Tribunal: the appeal is pending again.
      expect(out).toContain('Recours\u00a0: pendant (ftt, ut)');
    });

    it('keeps a hostile case inert in French too', () => {
      const out = renderMarkdownExport(analyseCases([hostileCase()], '2023-02-09'), { locale: 'fr' });
      expect(lintErrors(out)).toEqual([]);
      const html = new MarkdownIt().render(out);
      expect(html).not.toMatch(/<script|<img|<h[1-6]>Heading/i);
      for (const shape of tableShapes(html)) expect(new Set(shape).size).toBe(1);
    });
  });

  it.each([
    ['dossier.timeline.svg', 'dossier.timeline.svg'],
    ['my file #1 (draft).timeline.svg', 'my%20file%20%231%20(draft).timeline.svg'],
    ['[x](y) ]<>.timeline.svg', '%5Bx%5D(y)%20%5D%3C%3E.timeline.svg'],
  ])('links the timeline picture %j by a relative URL that keeps the name whole', (file, url) => {
    const out = renderMarkdownExport(analyseCases([hostileCase()], '2023-02-09'), { timelineImage: file });
    expect(flat(out)).toContain(`![Enforcement timeline as of 2023-02-09](${url})\n`);
    expect(lintErrors(out)).toEqual([]);
    // The only image of the document is the picture, at the name given.
    const images = [...new MarkdownIt().render(out).matchAll(/<img src="([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(images).toEqual([file]);
  });
});
