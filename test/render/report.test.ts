import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderCaseDetail } from '../../src/render/report-detail.js';
import { renderOverview } from '../../src/render/report-overview.js';
import { renderDeadlines } from '../../src/render/deadlines.js';
import { renderFines } from '../../src/render/fines.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { renderDue } from '../../src/render/due.js';
import { formatDate, formatMoney, plural } from '../../src/i18n/format.js';
import { labels } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/format.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';
import { withCase, withOrder } from '../helpers/case-builder.js';

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
    expect(formatDate('2022-02-01', 'fr')).toBe('1er févr. 2022');
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
        // A title, the totals and at most six lines per case: 45 lines for the four first cases, 56 for seven.
        expect(lines.length).toBeLessThanOrEqual(14 + 6 * bundledDossier('2023-02-09').cases.length);
      });
    }
  }

  it('colours only what carries meaning (chalk level 1)', async () => {
    const out = renderOverview(bundledDossier('2023-02-09'), { chalk: new Chalk({ level: 1 }), width: 160, locale: 'en' });
    await expect(out).toMatchFileSnapshot('../golden/overview-2023-02-09-en-colour.txt');
    expect(out).toContain('\u001b[31munpaid\u001b[39m');
    // On 9 Feb 2023 the ICO appeal was pending (and suspends the fine in GB).
    expect(out).toContain('\u001b[33munder\u001b[39m');
    // Owed: the CNIL and HDPA fines, enforceable if notified; nothing of a penalty is payable yet.
    expect(out).toContain('\u001b[31m€40,000,000.00\u001b[39m');
    // The only green: the HmbBfDI order, complied with (on a date not on record).
    expect(out.match(/\u001b\[32m[^\u001b]*\u001b\[39m/g)).toEqual(['\u001b[32m1 complied\u001b[39m']);
    // Amounts that are neither owed nor paid stay plain.
    expect(out).not.toContain('\u001b[31m€68,920,278.73');
    expect(out).not.toContain('\u001b[31m€20,000,000.00');
    const compact = renderOverview(bundledDossier('2023-02-09'), { chalk: new Chalk({ level: 1 }), width: 80, locale: 'en' });
    for (const coloured of [
      '\u001b[31munpaid\u001b[39m',
      '\u001b[31mpayment unknown\u001b[39m',
      '\u001b[33mnot notified\u001b[39m',
      '\u001b[33munder appeal\u001b[39m',
      '\u001b[31m€40,000,000.00\u001b[39m',
    ]) {
      expect(compact).toContain(coloured);
    }
    // Once the CNIL's statement of May 2023 is on record, the injunction is late in red.
    const later = renderOverview(bundledDossier('2026-11-23'), { chalk: new Chalk({ level: 1 }), width: 80, locale: 'en' });
    expect(later).toContain('\u001b[31minjunction:\u001b[39m');
    expect(later).toMatch(/\u001b\[31m142[ \u00a0]days[ \u00a0]late\u001b\[39m/);
  });

  it('shows the figures the sources give', () => {
    // Dates and counts are kept unbroken with U+00A0; compare them as words.
    const out = renderOverview(bundledDossier('2023-02-09'), options('en', 80)).replaceAll('\u00a0', ' ');
    for (const figure of [
      '£7,552,800.00',
      '= €8,920,278.73',
      '€68,920,278.73',
      '€40,000,000.00',
      '9 Feb 2023',
      'next:',
      'appeal-conseil-etat',
      'under appeal',
      'not notified',
    ]) {
      expect(out).toContain(figure);
    }
    // The compact cell wraps after the date: "20 Feb 2023," then "11 days left".
    expect(out).toMatch(/│ 20 Feb 2023, +│\n│[^\n]*│ 11 days left +│/);
    expect(out).toMatch(/Collected\s+│\s+€0\.00/);
    expect(out).toMatch(/Penalties payable\s+│\s+€0\.00/);
    expect(out).toMatch(/of which: if notified\s+│\s+€40,000,000\.00/);
    // Nothing is overdue on record on 9 Feb 2023: the CNIL's compliance is not yet known.
    expect(out).not.toContain('overdue:');
    // As of 23 Nov 2026 the injunction is overdue, with what is payable and what is not.
    const later = renderOverview(bundledDossier('2026-11-23'), options('en', 80)).replaceAll('\u00a0', ' ');
    for (const figure of ['injunction:', '142 days late', 'Payable: €5,200,000.00', '€9,000,000.00', 'maximum exposure:', '€5,100,000.00'])
      expect(later).toContain(figure);
    expect(later).toMatch(/Owed \(enforceable \+ payable − collected\)\s+│\s+€75,700,000\.00/);
    // The wide table names the same obligation: the one accruing the penalty.
    expect(renderOverview(bundledDossier('2026-11-23'), options('en', 200))).toMatch(/│ overdue: +│[^\n]*\n│[^\n]*│ injunction +│/);
  });

  for (const width of [60, 80, 120, 200]) {
    it(`fits every report in ${width} columns`, () => {
      const asOf = '2026-11-23';
      const view = bundledDossier(asOf);
      const cnil = view.cases.find((c) => c.case.id === 'cnil-clearview-ai')!.deadlines.find((d) => d.id === 'appeal-conseil-etat')!;
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
    // The CNIL's statement on compliance (May 2023) and the liquidation (13 Apr 2023) are later.
    expect(out).toContain('19 Dec 2022 · compliance · unknown · past the deadline, compliance not on record');
    expect(out).toContain('    Days late: nothing has accrued\n    Payable: €0.00\n');
    expect(out).toMatch(
      /Accrued, not liquidated: .*\n {6}\(as of 9 Feb 2023\): €0\.00\n {4}! compliance is not on record: nothing is counted as accrued/,
    );
    expect(out).not.toContain('Liquidated (');
    expect(out).toContain('20 Feb 2023 · legal period · open, 11\u00a0days\u00a0left');
  });

  it('renders the ICO case as of 2026-11-23', async () => {
    const out = renderCaseDetail(caseView('2026-11-23', 'ico-clearview-ai'), { ...options('en', 100), asOf: '2026-11-23' });
    await expect(out).toMatchFileSnapshot('../golden/detail-ico-clearview-ai.txt');
    expect(out).toContain('£7,552,800.00 ÷ 0.8467 (ECB, 18 May 2022) = €8,920,278.73');
    expect(out).toContain('Enforceable: £0.00 (suspended: appeal;');
    // The Upper Tribunal set the FTT's decision aside and sent the appeal back: pending again.
    expect(out).toContain('Appeal: under appeal (ftt, ut)');
    expect(out).toMatch(/│ ftt +│.*\n(.*\n)*.*sent back: heard again +│\n.*after ut +│/);
    expect(out).toMatch(/│ ut +│.*\n(.*\n)*.*sent back to ftt +│/);
  });
});

describe('a last day the decision names as "before" a day', () => {
  const c = withCase((x) => withOrder(x, (o) => ({ ...o, due: { before: '2023-07-01' } })));
  const view = analyseCases([c], '2023-06-01');
  it.each<[Locale, string]>([
    ['en', '30 Jun 2023 (fixed in the decision: the day before 1 Jul 2023)'],
    ['fr', '30 juin 2023 (fixée par la décision : la veille du 1er juil. 2023)'],
  ])('%s: the case detail says both days', (locale, text) => {
    expect(renderCaseDetail(view.cases[0]!, options(locale))).toContain(text);
  });
});

describe('hostile case strings', () => {
  const payload = 'A\u001b]8;;http://evil\u0007link\u001b]8;;\u0007 \u202eevil\r\u009b2J\u001b[2K';

  it('reach the terminal as visible escapes, never as control characters', () => {
    const original = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
    const copy = structuredClone(original);
    const hostile = {
      ...copy,
      title: `Title ${payload}`,
      authority: { ...copy.authority, short: `CNIL${payload}`, name: payload },
      respondents: copy.respondents.map((r) => ({ ...r, name: `Resp ${payload}` })),
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
