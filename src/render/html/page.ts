// The HTML export: one self-contained static page. No script, no external resource (the CSP
// meta forbids both, so even an escaping bug could not run one), an inline style sheet that also
// prints, the timeline as inline SVG, and every case string escaped (escape.ts).
import type { CaseView, DossierView } from '../../analysis/dossier.js';
import type { FineView } from '../../analysis/fines.js';
import type { EurTotal } from '../../analysis/totals.js';
import { catalogue, htmlLabels, labels, markdownLabels } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/format.js';
import { caseAnchor, caseSection } from './case-section.js';
import { htmlTable, type HtmlCtx } from './context.js';
import { escapeHtml as esc } from './escape.js';
import type { MarkCategory } from '../../i18n/html-labels.js';
import { STYLE } from './style.js';
import { timelineSvg } from './timeline-svg.js';

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlExportOptions {
  readonly locale?: Locale;
}

export function renderHtmlExport(view: DossierView, options: HtmlExportOptions = {}): string {
  const locale = options.locale ?? 'en';
  const x: HtmlCtx = { L: markdownLabels(locale), H: htmlLabels(locale), T: labels(locale), W: catalogue(locale).working };
  const { L, H } = x;
  const asOf = L.date(view.asOf);
  const title = esc(L.title(asOf));
  const out = [
    '<!DOCTYPE html>',
    `<html lang="${esc(H.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    `<p>${esc(L.intro(view.cases.length, asOf))}</p>`,
    '</header>',
    `<nav aria-label="${esc(H.contents)}"><h2>${esc(H.contents)}</h2><ol>`,
    `<li><a href="#timeline">${esc(H.timeline)}</a></li>`,
    `<li><a href="#summary">${esc(L.summary)}</a></li>`,
    `<li><a href="#totals">${esc(L.totals)}</a></li>`,
    ...view.cases.map((c) => `<li><a href="#${caseAnchor(c.case)}">${esc(c.case.title)}</a></li>`),
    '</ol></nav>',
    '<main>',
    `<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">${esc(H.timeline)}</h2>`,
    '<figure>',
    timelineSvg(view, L, H),
    `<figcaption>${legend(x)}</figcaption>`,
    '</figure></section>',
    `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${esc(L.summary)}</h2>`,
    ...summaryTable(x, view.cases),
    '</section>',
    `<section id="totals" aria-labelledby="totals-h"><h2 id="totals-h">${esc(L.totals)}</h2>`,
    ...totalsTable(x, view),
    '</section>',
    ...view.cases.flatMap((c) => caseSection(x, c)),
    '</main>',
    `<footer><p>${esc(H.footer(asOf))}</p></footer>`,
    '</body>',
    '</html>',
  ];
  return `${out.join('\n')}\n`;
}

const LEGEND_SHAPES: Readonly<Record<MarkCategory, string>> = {
  decision: '<circle cx="7" cy="7" r="5" class="m-decision"/>',
  appeal: '<path d="M7 1L13 12L1 12Z" class="m-appeal"/>',
  liquidation: '<rect x="2" y="2" width="10" height="10" class="m-liquidation"/>',
  deadline: '<path d="M7 1L13 7L7 13L1 7Z" class="m-deadline"/>',
  other: '<circle cx="7" cy="7" r="2.5" class="m-other"/>',
};

function legend({ H }: HtmlCtx): string {
  const items = (Object.keys(LEGEND_SHAPES) as MarkCategory[]).map(
    (k) => `<li><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">${LEGEND_SHAPES[k]}</svg>${esc(H.category[k])}</li>`,
  );
  return `<span class="legend-title">${esc(H.legend)}</span><ul class="legend">${items.join('')}</ul>`;
}

function summaryTable({ L }: HtmlCtx, cases: readonly CaseView[]): string[] {
  const rows = cases.map((c) => {
    const join = (pick: (f: FineView) => string) => esc(c.fines.map(pick).join(L.semicolon));
    const counts = new Map<string, number>();
    for (const d of c.deadlines) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    const deadlines = [...counts].map(([status, n]) => L.deadlineCount(n, status as CaseView['deadlines'][number]['status'])).join(', ');
    return [
      `<a href="#${caseAnchor(c.case)}">${esc(c.case.title)}</a>`,
      esc(c.case.authority.short),
      esc(L.caseStatus[c.case.status]),
      join((f) => L.money(f.imposed.minor, f.imposed.currency)),
      join((f) => (f.eur.ok ? L.money(f.eur.conversion.eurMinor, 'EUR') : L.noRate)),
      join((f) => L.money(f.enforceable.minor, f.enforceable.currency)),
      join((f) => `${L.money(f.paid.minor, f.paid.currency)} (${L.payment[f.paymentStatus]})`),
      esc(deadlines),
    ];
  });
  return htmlTable(
    L.summaryHeader.map((h) => esc(h)),
    rows,
  );
}

function totalsTable(x: HtmlCtx, view: DossierView): string[] {
  const { L } = x;
  const t = view.totals;
  const r = L.totalsRows;
  const row = (label: string, total: EurTotal) => [
    esc(label),
    esc(L.money(total.minor, 'EUR')),
    esc(total.unconverted.map(x.W.unconverted).join(L.semicolon)),
  ];
  return htmlTable(
    L.totalsHeader.map((h) => esc(h)),
    [
      row(r.imposed, t.imposed),
      row(r.enforceable, t.enforceable),
      row(x.T.totals.ifNotified.trim(), t.enforceableIfNotified),
      row(r.payable, t.penaltiesPayable),
      row(r.notPayable, t.penaltiesNotPayable),
      row(r.collected, t.collected),
      row(r.owed, t.owed),
    ],
  );
}
