import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/model/case-schema.js';
import { escapeHtml, htmlLink } from '../../src/render/html/escape.js';
import { CONTENT_SECURITY_POLICY, renderHtmlExport } from '../../src/render/html/page.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';

const AS_OF = '2023-02-09';

// The Markdown export's hostile strings, and the HTML-specific ones (attribute break-outs,
// comments, CDATA, entities, an SVG script, bidi and control characters).
const PAYLOADS = [
  '| a | b |',
  '<script>alert(1)</script>',
  '[Pay here](https://evil)',
  '![x](https://tracker/p.gif)',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  '</title><script>alert(1)</script>',
  '<!-- comment --> <![CDATA[ x ]]>',
  '&lt;b&gt; &amp; &#60;',
  '</style><style>body{display:none}</style>',
  'x\u202Eevil\u0000\u001b[31m',
  '<a href="javascript:alert(1)">x</a>',
  '<meta http-equiv="refresh" content="0;url=https://evil">',
];

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://user:pw@evil.example/',
  'vbscript:x',
  'file:///etc/passwd',
];

/** The CNIL case with every free-text field replaced by a payload, and hostile source URLs. */
function hostileCase(): Case {
  const base = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
  const p = (k: number) => PAYLOADS[k % PAYLOADS.length]!;
  return {
    ...base,
    title: p(0) + p(1),
    authority: { ...base.authority, short: p(5), name: p(3) },
    respondents: base.respondents.map((r) => ({ ...r, name: p(4) })),
    sources: base.sources.map((s, k) => ({
      ...s,
      title: p(k + 5),
      publisher: p(k + 6),
      note: p(k + 7),
      url: k < HOSTILE_URLS.length ? HOSTILE_URLS[k]! : s.url,
    })),
    events: base.events.map((e, k) => ({ ...e, summary: p(k), ref: p(k + 3), note: p(k + 9) })),
    measures: (base.measures ?? []).map((m, k) => ({ ...m, summary: p(k + 1), note: p(k + 2) })),
    deadlines: (base.deadlines ?? []).map((d, k) => ({ ...d, label: p(k + 7), basis: p(k + 8), note: p(k + 10) })),
    notes: (base.notes ?? []).map((n, k) => ({ ...n, text: p(k + 11) })),
  };
}

/** Every element name the page may contain: anything else came from data. */
const ALLOWED_TAGS = new Set(
  'html head meta title style body header nav h1 h2 h3 h4 ol ul li a main section figure figcaption span svg desc g rect text line circle path polyline p div table caption thead tbody tr th td code strong footer'.split(
    ' ',
  ),
);

function tags(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
}

describe('renderHtmlExport', () => {
  it.each(['en', 'fr'] as const)('matches the golden file as of %s (%s)', async (locale) => {
    const suffix = locale === 'en' ? '' : '-fr';
    await expect(renderHtmlExport(bundledDossier(AS_OF), { locale })).toMatchFileSnapshot(`../golden/export-${AS_OF}${suffix}.html`);
  });

  it.each(['en', 'fr'] as const)('is a page that forbids scripts, names its language and heads its tables (%s)', (locale) => {
    const html = renderHtmlExport(bundledDossier(AS_OF), { locale });
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-eval/);
    // The CSP comes before anything that could load or run.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect((html.match(/<h1>/g) ?? []).length).toBe(1);
    expect((html.match(/<th scope="(col|row)">/g) ?? []).length).toBe((html.match(/<th[ >]/g) ?? []).length);
    expect(html).toMatch(/<svg class="timeline" role="img" aria-labelledby="tl-title tl-desc"/);
    expect(new Set(tags(html).filter((t) => !ALLOWED_TAGS.has(t)))).toEqual(new Set());
    // No external resource: the only URLs are links for the reader and the SVG namespace.
    for (const m of html.matchAll(/(?:src|href|xlink:href|action)="([^"]*)"/g)) expect(m[1]).toMatch(/^(#|https?:\/\/)/);
    expect(html).not.toMatch(/url\(|@import/);
    expect(renderHtmlExport(bundledDossier(AS_OF), { locale })).toBe(html);
  });

  it('honours the as-of day: nothing dated later is shown, and the line says the day', () => {
    const html = renderHtmlExport(bundledDossier(AS_OF));
    expect(html).toContain('as of 2023-02-09</text>');
    // The CNIL's liquidation of 13 April 2023 is not known on 9 February 2023.
    expect(html).not.toContain('2023-04-13');
    expect(renderHtmlExport(bundledDossier('2026-11-23'))).toContain('2023-04-13');
  });

  it('charts each penalty payment: accrued to the last day counted, the liquidation as a step, payable and cap', () => {
    const html = renderHtmlExport(bundledDossier('2026-11-23'));
    const charts = html
      .split('<figure class="penalty-chart">')
      .slice(1)
      .map((c) => c.slice(0, c.indexOf('</figure>')));
    // The CNIL's astreinte and the AP's dwangsom.
    expect(charts).toHaveLength(2);
    const [ap, cnil] = charts as [string, string];
    expect(cnil).toContain('accrued</th><td>EUR 14,200,000.00</td>');
    expect(cnil).toContain('liquidated</th><td>EUR 5,200,000.00</td>');
    expect(cnil).toContain('payable</th><td>EUR 5,200,000.00</td>');
    expect(cnil).toContain('cap</th><td>not computed</td>');
    // From (first day, 0) up to (last day, accrued), the top of the chart; the liquidation of 13 April 2023 halfway up.
    expect(cnil).toMatch(/<polyline points="16\.0,174 [\d.]+,14\.0 624,14\.0" class="pc-accrued"\/>/);
    expect(cnil).toMatch(/<polyline points="16,174 ([\d.]+),174\.0 \1,115\.4 624,115\.4" class="pc-liquidated"\/>/);
    expect(cnil).toContain('>2022-12-20</text>');
    expect(cnil).toContain('>2023-05-10</text>');
    expect(ap).toContain('cap</th><td>EUR 5,100,000.00</td>');
    expect(ap).toContain('accrued</th><td>not computed</td>');
    expect(ap).not.toContain('pc-accrued"/>\n');
    const fr = renderHtmlExport(bundledDossier('2026-11-23'), { locale: 'fr' });
    expect(fr).toContain('<h3>Astreintes</h3>');
    expect(fr).toContain('couru</th><td>14\u202f200\u202f000,00\u00a0€</td>');
  });

  it('words the page in French with --locale fr', () => {
    const html = renderHtmlExport(bundledDossier(AS_OF), { locale: 'fr' });
    expect(html).toContain('<h2 id="timeline-h">Chronologie</h2>');
    expect(html).toContain('au 9 février 2023</text>');
    expect(html).toContain('>décision</text>');
    for (const english of ['>Timeline<', '>Contents<', '>Legend<', '>Working', '>as of 2023', '>deadline</text>', '>decision</text>'])
      expect(html).not.toContain(english);
  });

  it.each(['en', 'fr'] as const)('keeps a hostile case inert: only its own elements, links only to http(s) (%s)', (locale) => {
    const hostile = hostileCase();
    const html = renderHtmlExport(analyseCases([hostile], AS_OF), { locale });
    expect(new Set(tags(html).filter((t) => !ALLOWED_TAGS.has(t)))).toEqual(new Set());
    expect(html).not.toMatch(/<script|<img|<iframe|<!--|<!\[CDATA/i);
    // No event-handler or style attribute in any tag.
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) expect(tag).not.toMatch(/\s(on\w+|style)\s*=/i);
    // Exactly one of each of the page's own singular elements.
    for (const only of ['</head>', '<style>', '</style>', '<h1>', '<html', '<body>']) expect(html.split(only)).toHaveLength(2);
    expect((html.match(/<meta /g) ?? []).length).toBe(4);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(href).toMatch(/^(#case-[a-z0-9-]+|#[a-z]+|https?:\/\/[^@]*)$/);
    // The hostile URLs are shown as text, not linked.
    expect(html).toContain(escapeHtml('javascript:alert(1)'));
    expect(html).not.toMatch(/href="(javascript|data|vbscript|file):/i);
    // Control and bidi characters are made visible.
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain('\\u202E');
  });
});

describe('escapeHtml and htmlLink', () => {
  it.each([
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
    ['plain é ✓', 'plain é ✓'],
    ['a\nb', 'a↵b'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it.each([
    ['Report', 'https://example.org/a?b=1&c=2', '<a href="https://example.org/a?b=1&amp;c=2">Report</a>'],
    ['', 'https://example.org/', '<a href="https://example.org/">https://example.org/</a>'],
    ['x', 'javascript:alert(1)', 'x (javascript:alert(1))'],
    ['x', 'https://u:p@evil.example/', 'x (https://u:p@evil.example/)'],
    ['<i>', 'data:text/html,x', '&lt;i&gt; (data:text/html,x)'],
  ])('links %j to %j as %j', (text, url, expected) => {
    expect(htmlLink(text, url)).toBe(expected);
  });
});
