// The HTML export in a real browser: Debian's Chromium driven by playwright-core. Renders the
// bundled cases in both locales at 1,000 and 1,400 px, saves PNGs under test-output/ (not
// committed), and asserts in the DOM what a reader would notice: nothing wider than the page,
// no two timeline labels overlapping, no network request, no script. Skipped, with the reason
// printed, where Chromium is absent (CI installs it: .ci/run). The Markdown export's timeline
// picture is opened as a file of its own at 1,000 px, with the same checks.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlExport } from '../../src/render/html/page.js';
import { renderTimelineSvgFile } from '../../src/render/html/timeline-file.js';
import { intersecting, type Box } from '../helpers/boxes.js';
import { bundledDossier } from '../helpers/dossier.js';
import { ROOT } from '../helpers/run-cli.js';

const CHROMIUM = process.env['DOSSIER_CHROMIUM'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`html-export.e2e: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set DOSSIER_CHROMIUM)`);

const OUT = join(ROOT, 'test-output');
const AS_OF = '2026-11-23';

/** Loads a page from a file, recording every request and every console message. */
async function open(browser: Browser, file: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: true });
  const requests: string[] = [];
  const console: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => console.push(m.text()));
  // Anything but the page itself is refused, so a stray request could not leave the machine.
  const url = pathToFileURL(file).href;
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, console, url };
}

// The checks run inside the page, so they are written as JavaScript text: the project's types
// stay free of the DOM library.
const LABEL_BOXES = `[...document.querySelectorAll('svg.timeline text')].map((t) => {
  const r = t.getBoundingClientRect();
  return { text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
})`;

/** Elements reaching past the page's right edge (inside a scrolling box does not count). */
const OVERFLOWING = `(() => {
  const width = document.documentElement.clientWidth;
  const clipped = (e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
    return false;
  };
  const found = [...document.body.querySelectorAll('*')]
    .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !clipped(e))
    .map((e) => e.tagName.toLowerCase() + '.' + (e.getAttribute('class') ?? '') + ': ' + (e.textContent ?? '').slice(0, 40));
  if (document.documentElement.scrollWidth > width) found.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
  return found;
})()`;

const TIMELINE_SCALE = `(() => { const svg = document.querySelector('svg.timeline'); return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width; })()`;
const HANDLER_ATTRIBUTES = `[...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')))`;

describe.skipIf(!available)('the HTML export in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    // --no-sandbox: CI runs as root, where Chromium refuses its sandbox.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser.close();
  });

  describe.each(['en', 'fr'] as const)('in %s', (locale) => {
    const file = join(OUT, `dossier-${AS_OF}-${locale}.html`);
    beforeAll(() => writeFileSync(file, renderHtmlExport(bundledDossier(AS_OF), { locale })));

    it.each([1000, 1400])(
      'at %i px: no overflow, no overlapping label, no request, no script; PNGs saved',
      async (width) => {
        const { page, requests, url } = await open(browser, file, width);
        try {
          expect(await page.evaluate<string>('document.documentElement.lang')).toBe(locale);
          expect(await page.evaluate<string[]>(OVERFLOWING)).toEqual([]);
          const boxes = await page.evaluate<Box[]>(LABEL_BOXES);
          expect(boxes.length).toBeGreaterThan(20);
          expect(intersecting(boxes)).toEqual([]);
          // Labels stay legible: the SVG is not scaled below 90 % at this width.
          const scale = await page.evaluate<number>(TIMELINE_SCALE);
          expect(scale).toBeGreaterThan(0.9);
          expect(requests).toEqual([url]);
          expect(await page.evaluate<number>('document.scripts.length')).toBe(0);
          expect(await page.evaluate<string[]>(HANDLER_ATTRIBUTES)).toEqual([]);
          await page.screenshot({ path: join(OUT, `dossier-${locale}-${width}.png`), fullPage: true });
          await page.locator('#timeline figure').screenshot({ path: join(OUT, `timeline-${locale}-${width}.png`) });
        } finally {
          await page.close();
        }
      },
      60_000,
    );
  });

  // The picture the Markdown export writes beside itself, opened as a file of its own.
  describe.each(['en', 'fr'] as const)("the Markdown export's timeline picture in %s", (locale) => {
    const file = join(OUT, `dossier-${AS_OF}-${locale}.timeline.svg`);
    beforeAll(() => writeFileSync(file, renderTimelineSvgFile(bundledDossier(AS_OF), { locale })));

    it('at 1000 px: an SVG document, no overflow, no overlapping label, no request; PNG saved', async () => {
      const { page, requests, url } = await open(browser, file, 1000);
      try {
        // A parse error would show Chromium's error page instead of the SVG root.
        expect(await page.evaluate<string>('document.documentElement.tagName')).toBe('svg');
        expect(await page.evaluate<number>("document.getElementsByTagName('parsererror').length")).toBe(0);
        const size = await page.evaluate<{ width: number; scrollWidth: number }>(
          `(() => ({ width: document.documentElement.getBoundingClientRect().width, scrollWidth: document.documentElement.scrollWidth }))()`,
        );
        expect(size.width).toBeLessThanOrEqual(1000);
        expect(size.scrollWidth).toBeLessThanOrEqual(1000);
        const boxes = await page.evaluate<Box[]>(LABEL_BOXES);
        expect(boxes.length).toBeGreaterThan(20);
        expect(intersecting(boxes)).toEqual([]);
        for (const box of boxes) expect(box.right).toBeLessThanOrEqual(size.width);
        // Its own style sheet applies: the labels are set in the monospace face the layout assumes.
        expect(await page.evaluate<string>("getComputedStyle(document.querySelector('text.tl-label')).fontFamily")).toBe('monospace');
        expect(requests).toEqual([url]);
        // Not fullPage: Playwright's full-page capture waits forever on an SVG document.
        await page.screenshot({ path: join(OUT, `timeline-picture-${locale}-1000.png`) });
      } finally {
        await page.close();
      }
    }, 60_000);
  });

  it('does not run a script or an event handler slipped into the page: the CSP meta refuses them', async () => {
    const html = renderHtmlExport(bundledDossier(AS_OF)).replace(
      '<meta name="viewport"',
      '<script>document.documentElement.dataset.ran = "script"</script><img src="data:," onerror="document.documentElement.dataset.ran = \'handler\'"><meta name="viewport"',
    );
    const file = join(OUT, 'csp-check.html');
    writeFileSync(file, html);
    const { page, console } = await open(browser, file, 1000);
    try {
      expect(await page.evaluate<string>("document.documentElement.dataset.ran ?? 'nothing ran'")).toBe('nothing ran');
      expect(console.some((m) => m.includes('Content Security Policy'))).toBe(true);
    } finally {
      await page.close();
    }
  }, 60_000);
});
