import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderCaseDetail } from '../../src/render/report-detail.js';
import { renderOverview } from '../../src/render/report-overview.js';
import { renderDeadlines } from '../../src/render/deadlines.js';
import { renderFines } from '../../src/render/fines.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { renderDue } from '../../src/render/due.js';
import { formatDate, formatMoney, labels, plural } from '../../src/render/locale.js';
import type { Locale } from '../../src/render/locale.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';

const plain = new Chalk({ level: 0 });
const options = (locale: Locale = 'en', width = 160) => ({ chalk: plain, width, locale });
const caseView = (asOf: string, id: string) => bundledDossier(asOf).cases.find((c) => c.case.id === id)!;

/** Terminal columns: every character in these reports is one column wide (no CJK, no emoji). */
const columns = (line: string) => [...stripVTControlCharacters(line)].length;

describe('locale', () => {
  it('formats money with the currency digits and the fixed locale, non-breaking spaces included', () => {
    expect(formatMoney(892027873, 'GBP', 'en')).toBe('£8,920,278.73');
    expect(formatMoney(2000000000, 'EUR', 'en')).toBe('€20,000,000.00');
    expect(formatMoney(2000000000, 'EUR', 'fr')).toBe('20\u202f000\u202f000,00\u00a0€');
    expect(formatMoney(1234, 'JPY', 'en')).toBe('JP¥1,234');
    expect(formatMoney(1234, 'KWD', 'en')).toBe('KWD\u00a01.234');
    // Beyond what a float holds to the cent: the amount reaches Intl as exact decimal text.
    expect(formatMoney(9007199254740991, 'EUR', 'en')).toBe('€90,071,992,547,409.91');
  });

  it('formats full and partial dates from their text', () => {
    expect(formatDate('2022-10-17', 'en')).toBe('17 Oct 2022');
    expect(formatDate('2022-10-17', 'fr')).toBe('17 oct. 2022');
    expect(formatDate('2022-10', 'en')).toBe('Oct 2022');
    expect(formatDate('2021', 'fr')).toBe('2021');
    expect(formatDate('2022-02-01', 'fr')).toBe('1 févr. 2022');
  });

  it('puts counts in the right number in both languages', () => {
    expect(plural(1, labels('en').daysLeft, 'en')).toBe('1 day left');
    expect(plural(0, labels('en').daysLate, 'en')).toBe('0 days late');
    expect(plural(0, labels('fr').daysLeft, 'fr')).toBe('0 jour restant');
    expect(plural(52, labels('fr').daysLate, 'fr')).toBe('52 jours de retard');
    expect(plural(1435, labels('fr').days, 'fr')).toBe('1\u202f435 jours');
  });
});

describe('overview', () => {
  for (const asOf of ['2023-02-09', '2026-11-23']) {
    for (const locale of ['en', 'fr'] as const) {
      it(`renders the overview as of ${asOf} in ${locale}`, async () => {
        const out = renderOverview(bundledDossier(asOf), options(locale));
        await expect(out).toMatchFileSnapshot(`../golden/overview-${asOf}-${locale}.txt`);
      });
    }
  }

  it('renders the compact table on a narrow terminal', async () => {
    await expect(renderOverview(bundledDossier('2023-02-09'), options('en', 80))).toMatchFileSnapshot(
      '../golden/overview-2023-02-09-en-80.txt',
    );
    await expect(renderOverview(bundledDossier('2023-02-09'), options('fr', 60))).toMatchFileSnapshot(
      '../golden/overview-2023-02-09-fr-60.txt',
    );
  });

  // A newcomer sees who fined, how much, what was ordered, what is overdue and what was paid on one screen.
  for (const width of [60, 80, 100, 120, 160, 200]) {
    for (const locale of ['en', 'fr'] as const) {
      it(`fits the overview on one screen at ${width} columns in ${locale}`, () => {
        const lines = renderOverview(bundledDossier('2023-02-09'), options(locale, width)).trimEnd().split('\n');
        for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(width);
        expect(lines.length).toBeLessThanOrEqual(45);
      });
    }
  }

  it('colours only what carries meaning (chalk level 1)', async () => {
    const out = renderOverview(bundledDossier('2023-02-09'), { chalk: new Chalk({ level: 1 }), width: 160, locale: 'en' });
    await expect(out).toMatchFileSnapshot('../golden/overview-2023-02-09-en-colour.txt');
    expect(out).toContain('\u001b[31munpaid\u001b[39m');
    // On 9 Feb 2023 the ICO appeal was pending and the liquidation not yet decided (13 Apr 2023).
    expect(out).toContain('\u001b[33munder\u001b[39m');
    expect(out).toContain('\u001b[31m€60,000,000.00\u001b[39m');
    expect(out).not.toContain('\u001b[32m');
    // Amounts that are neither owed nor paid stay plain.
    expect(out).not.toContain('\u001b[31m€68,920,278.73');
    const compact = renderOverview(bundledDossier('2023-02-09'), { chalk: new Chalk({ level: 1 }), width: 80, locale: 'en' });
    for (const coloured of [
      '\u001b[31munpaid\u001b[39m',
      '\u001b[33munder appeal\u001b[39m',
      '\u001b[31minjunction: 52\u00a0days\u00a0late\u001b[39m',
    ]) {
      expect(compact).toContain(coloured);
    }
  });

  it('shows the figures the sources give', () => {
    // Dates and counts are kept unbroken with U+00A0; compare them as words.
    const out = renderOverview(bundledDossier('2023-02-09'), options('en', 80)).replaceAll('\u00a0', ' ');
    for (const figure of [
      '£7,552,800.00',
      '= €8,920,278.73',
      '€68,920,278.73',
      '€60,000,000.00',
      '€5,200,000.00',
      '9 Feb 2023',
      '20 Feb 2023, 11 days left',
      'injunction: 52 days late',
      '+1 more overdue',
      'under appeal',
    ]) {
      expect(out).toContain(figure);
    }
    expect(out).toMatch(/Collected\s+│\s+€0\.00/);
    // The wide table names the same obligation: the one accruing the penalty.
    expect(renderOverview(bundledDossier('2023-02-09'), options('en', 200))).toContain('overdue: injunction');
  });

  for (const width of [60, 80, 120, 200]) {
    it(`fits every report in ${width} columns`, () => {
      const asOf = '2026-11-23';
      const view = bundledDossier(asOf);
      const cnil = view.cases[0]!.deadlines.find((d) => d.id === 'appeal-conseil-etat')!;
      for (const locale of ['en', 'fr'] as const) {
        const o = options(locale, width);
        const outputs = [
          renderOverview(view, o),
          renderOverview(bundledDossier('2023-02-09'), o),
          ...view.cases.map((c) => renderCaseDetail(c, { ...o, asOf })),
          renderTimeline(bundledCases(), {}, o),
          renderDeadlines(
            view.cases.flatMap((c) => c.deadlines),
            { ...o, asOf },
          ),
          renderFines(
            view.cases.flatMap((c) => c.fines),
            'authority',
            o,
          ),
          renderDue(cnil.computation!, o),
        ];
        for (const out of outputs) {
          for (const line of out.split('\n')) expect(columns(line), line).toBeLessThanOrEqual(width);
        }
      }
    });
  }
});

describe('case detail', () => {
  it('renders the CNIL case as of 2023-02-09', async () => {
    const out = renderCaseDetail(caseView('2023-02-09', 'cnil-clearview-ai'), { ...options('en', 100), asOf: '2023-02-09' });
    await expect(out).toMatchFileSnapshot('../golden/detail-cnil-clearview-ai.txt');
    expect(out).toContain('19 Dec 2022 · compliance · missed, 52\u00a0days\u00a0late');
    expect(out).toContain('Accrued as of 9 Feb 2023: €5,200,000.00');
    expect(out).toContain('€5,200,000.00 = 52 × €100,000.00: matches');
  });

  it('renders the ICO case as of 2026-11-23', async () => {
    const out = renderCaseDetail(caseView('2026-11-23', 'ico-clearview-ai'), { ...options('en', 100), asOf: '2026-11-23' });
    await expect(out).toMatchFileSnapshot('../golden/detail-ico-clearview-ai.txt');
    expect(out).toContain('£7,552,800.00 ÷ 0.8467 (ECB, 18 May 2022) = €8,920,278.73');
    expect(out).toContain('Enforceable: £0.00');
    expect(out).toContain('remitted, under appeal (ftt → ut)');
  });
});

describe('hostile case strings', () => {
  const payload = 'A\u001b]8;;http://evil\u0007link\u001b]8;;\u0007 \u202eevil\r\u009b2J\u001b[2K';

  it('reach the terminal as visible escapes, never as control characters', () => {
    const original = bundledCases()[0]!;
    const copy = structuredClone(original);
    const hostile = {
      ...copy,
      title: `Title ${payload}`,
      authority: { ...copy.authority, short: `CNIL${payload}`, name: payload },
      respondent: { ...copy.respondent, name: `Resp ${payload}` },
      events: copy.events.map((e) => ({ ...e, summary: `${e.summary} ${payload}`, ref: `ref${payload}` })),
      measures: (copy.measures ?? []).map((m) => ({ ...m, summary: `${m.summary} ${payload}` })),
      sources: copy.sources.map((s) => ({ ...s, title: `${s.title} ${payload}`, url: `https://x.example/${payload}` })),
      notes: (copy.notes ?? []).map((n) => ({ ...n, text: `${n.text} ${payload}` })),
      deadlines: (copy.deadlines ?? []).map((d) => ({ ...d, label: `${d.label} ${payload}` })),
    };
    const asOf = '2023-02-09';
    const view = analyseCases([hostile], asOf);
    const o = options('en', 120);
    const outputs = [
      renderOverview(view, o),
      renderOverview(view, options('en', 60)),
      renderCaseDetail(view.cases[0]!, { ...o, asOf }),
      renderTimeline([hostile], {}, o),
      renderDeadlines(view.cases[0]!.deadlines, { ...o, asOf }),
      renderFines(view.cases[0]!.fines, 'respondent', o),
    ];
    for (const out of outputs) {
      // No ESC, BEL, CR, C1 or bidi control: only \n separates lines.
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/);
      expect(out).toContain('\\x1B');
    }
    expect(outputs[0]).toContain('\\u202E');
  });
});
