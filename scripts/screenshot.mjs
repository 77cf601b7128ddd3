// Regenerates docs/timeline.png, the README's picture of the HTML export's timeline: the bundled
// cases as of a fixed day (so the picture changes only when the cases or the drawing do), at
// 1,000 px wide, in Debian's Chromium (DOSSIER_CHROMIUM=/path for another binary).
// Run with `npm run screenshot` (it builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const AS_OF = '2026-11-23';
const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`screenshot: no Chromium at ${CHROMIUM} (apt-get install chromium, or set DOSSIER_CHROMIUM)`);
  process.exit(2);
}
const page = join(mkdtempSync(join(tmpdir(), 'dossier-screenshot-')), 'dossier.html');
const run = spawnSync(process.execPath, ['bin/dossier.js', 'export', '--format', 'html', '--as-of', AS_OF, '--output', page], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC' },
});
if (run.status !== 0) process.exit(run.status ?? 3);

mkdirSync('docs', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
  await tab.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await tab.goto(pathToFileURL(page).href);
  await tab.locator('#timeline figure').screenshot({ path: 'docs/timeline.png' });
  console.error('wrote docs/timeline.png');
} finally {
  await browser.close();
}
