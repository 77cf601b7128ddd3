// No English UI word in French output. The list of English words is built from the catalogue: every
// word of 4 letters or more in an English value that the French value for the same key does not
// use, minus the words some French value uses (legal citations, "Date", "Dossier"…) and a short
// allowlist below. Each French golden, with the text of the case files taken out (case text is
// printed as written, and the bundled cases are in English), must contain none of them.
import { readdirSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { MoneyProblem } from '../../src/analysis/money-problem.js';
import type { PenaltyNote } from '../../src/analysis/penalties.js';
import { challengeEffect } from '../../src/core/law/challenge-effects.js';
import { conventionFor, JURISDICTIONS, listConventions } from '../../src/core/time/conventions.js';
import { CHALLENGE_CITATIONS } from '../../src/i18n/fr/challenge-citations.js';
import type { LegalNote } from '../../src/core/time/legal-notes.js';
import type { Assumption, RuleApplied, WorkingStep } from '../../src/core/time/working.js';
import { legalNotes as enLegalNotes } from '../../src/i18n/en/legal-notes.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { ROOT } from '../helpers/run-cli.js';

/** Words an English value shares with the French output on purpose. */
const ALLOWLIST = new Set([
  // Proper nouns in the bundled data and citations (the English title of a UK statute is its name).
  'clearview',
  'tribunal',
  'procedure',
  'general',
  'regulatory',
  'chamber',
  'rules',
  // The UK statute's own term, quoted in the cap's citation: DPA 2018 s.157(5) "higher maximum amount".
  'higher',
  'amount',
  // Mermaid's keyword that opens the Markdown export's chart (syntax, not prose).
  'timeline',
]);

const words = (text: string): string[] => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.normalize('NFC'));

/** Pairs of (English, French) texts: every string leaf, and each function called on sample data. */
function pairs(en: unknown, fr: unknown, out: [string, string][] = []): [string, string][] {
  if (typeof en === 'string' && typeof fr === 'string') out.push([en, fr]);
  else if (typeof en === 'function' && typeof fr === 'function') {
    const args = Array.from({ length: en.length }, () => '2023-02-09');
    try {
      out.push([String(en(...args)), String(fr(...args))]);
    } catch {
      // A function that needs typed data; the working's functions are sampled below.
    }
  } else if (en !== null && typeof en === 'object' && fr !== null && typeof fr === 'object') {
    for (const key of Object.keys(en)) pairs((en as Record<string, unknown>)[key], (fr as Record<string, unknown>)[key], out);
  }
  return out;
}

const period = { count: 2, unit: 'month' } as const;
const rules: RuleApplied[] = [
  ...listConventions().map((c) => ({ kind: 'convention' as const, jurisdiction: c.jurisdiction, citation: c.rule })),
  { kind: 'convention', jurisdiction: 'IT', citation: conventionFor('IT').rule, august: 'L. 742/1969 art. 1' },
  { kind: 'franc' },
];
const reasons = [
  { kind: 'weekday', weekday: 6 },
  { kind: 'weekday', weekday: 0 },
  { kind: 'holiday', name: 'X' },
  { kind: 'declared', name: 'X' },
] as const;
const steps: WorkingStep[] = [
  { kind: 'start', date: '2022-10-17' },
  { kind: 'start', date: '2022-10-17', countedUnder: 'X' },
  { kind: 'working-days-only', rule: 'X' },
  { kind: 'summer-start' },
  { kind: 'count', period, end: '2022-12-17', note: { kind: 'clamped', day: 31 }, notCounting: true },
  { kind: 'count', period, end: '2022-12-16', note: { kind: 'day-before-same-date' } },
  { kind: 'august-months', months: 1, rule: 'X', end: '2022-12-17' },
  { kind: 'summer-suspension', days: 15, rule: 'X', end: '2022-09-15' },
  { kind: 'franc', end: '2022-12-17' },
  { kind: 'skip', date: '2022-12-17', reasons },
  { kind: 'more-skipped', count: 20 },
  ...rules.map((rule) => ({ kind: 'next-working-day' as const, end: '2022-12-19', rule })),
  { kind: 'minimum-working-days', rule: 'ATW art. 2', count: 2, end: '2022-12-19' },
  { kind: 'outside-statute', rule: 'ATW art. 4(a)', period },
  { kind: 'not-extended', date: '2022-12-17', reasons },
  { kind: 'end', date: '2022-12-19', closingTime: '24:00' },
];
const legal = Object.keys(enLegalNotes) as LegalNote[];
const assumptions: Assumption[] = [
  ...legal.map((note) => ({ kind: 'legal' as const, note })),
  { kind: 'compound-within-statute', rule: 'ATW art. 4(a)', days: 90, months: 3 },
  { kind: 'no-member-state' },
  { kind: 'other-reading', reading: { kind: 'legal', note: 'ie-start-day-counted' }, end: '2022-12-19' },
  { kind: 'notification-unknown', eventId: 'X', date: '2022-10-17' },
];
const notes: PenaltyNote[] = [
  { kind: 'no-deadline' },
  { kind: 'suspended', days: 3 },
  { kind: 'compliance-unknown' },
  { kind: 'complied-undated' },
  { kind: 'no-evidence' },
  { kind: 'counted-to', date: '2023-05-10' },
  { kind: 'per-breach' },
  { kind: 'breakdown-unknown' },
  { kind: 'period-begun', per: '1 week' },
];
const stale = { reason: 'stale-rate', currency: 'RUB', date: '2022-05-18', maxAgeDays: 7, lastDate: '2022-03-01', ageDays: 78 } as const;
const moneyProblems: MoneyProblem[] = [
  ...(
    [
      { reason: 'bad-date', date: 'X' },
      { reason: 'unknown-currency', currency: 'CHF' },
      { reason: 'beyond-table', currency: 'GBP', date: '2023-05-13', lastDate: '2023-05-12' },
      { reason: 'no-rate', currency: 'GBP', date: '2021-07-14', firstDate: '2021-07-15' },
      { reason: 'no-rate', currency: 'GBP', date: '2021-07-14' },
      stale,
      { reason: 'too-large', currency: 'JPY', minor: 1, rate: '0.0001' },
    ] as const
  ).map((failure) => ({ kind: 'conversion' as const, failure })),
  ...(
    [
      { reason: 'unknown-tier', law: 'GDPR', tier: '83(7)' },
      { reason: 'currency-mismatch', law: 'GDPR', turnoverCurrency: 'USD', capCurrency: 'EUR' },
      { reason: 'invalid-turnover', field: 'minor', value: '-1' },
      { reason: 'invalid-turnover', field: 'year', value: '2021.5' },
    ] as const
  ).map((failure) => ({ kind: 'cap' as const, failure })),
  { kind: 'date-imprecise', date: '2022-05' },
  { kind: 'cap-currency', capCurrency: 'EUR', fineCurrency: 'GBP' },
  { kind: 'turnover-conversion', year: 2021, currency: 'RUB', failure: stale },
  { kind: 'turnover-currency', year: 2021, currency: 'USD', capCurrency: 'GBP' },
  { kind: 'total-too-large' },
  { kind: 'payable-too-large' },
];

function workingPairs(): [string, string][] {
  const [en, fr] = [catalogue('en').working, catalogue('fr').working];
  return [
    ...steps.map((s): [string, string] => [en.step(s), fr.step(s)]),
    ...assumptions.map((a): [string, string] => [en.assumption(a), fr.assumption(a)]),
    ...notes.map((n): [string, string] => [en.penaltyNote(n), fr.penaltyNote(n)]),
    ...rules.map((r): [string, string] => [en.rule(r), fr.rule(r)]),
    ...moneyProblems.map((p): [string, string] => [en.moneyProblem(p), fr.moneyProblem(p)]),
    ...legal.map((note): [string, string] => [en.step({ kind: 'note', note }), fr.step({ kind: 'note', note })]),
    ...(['not-extended', 'start-day-not-counted'] as const).map((k): [string, string] => [
      en.alternativeReading(k),
      fr.alternativeReading(k),
    ]),
  ];
}

function englishWords(): Set<string> {
  const all = [...pairs(catalogue('en'), catalogue('fr')), ...workingPairs()];
  const french = new Set(all.flatMap(([, fr]) => words(fr)));
  const english = new Set<string>();
  for (const [en, fr] of all) {
    const own = new Set(words(fr));
    for (const word of words(en)) if (!own.has(word) && !french.has(word) && !ALLOWLIST.has(word)) english.add(word);
  }
  return english;
}

// Case-file fields whose values are enum words the renderers translate: they are not case text.
const ENUM_KEYS = new Set(['status', 'language', 'kind', 'notified', 'orders', 'per', 'payable-by', 'outcome', 'effect', 'power', 'law']);
const ENUM_KEYS_TOO = new Set(['jurisdiction', 'period', 'currency', 'filing', 'scope', 'by', 'role', 'precision', 'tier']);

function caseTexts(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (typeof value === 'string' && !ENUM_KEYS.has(key) && !ENUM_KEYS_TOO.has(key)) texts.push(value);
  };
  for (const dir of [`${ROOT}cases`, `${ROOT}examples`])
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) walk(parse(readFileSync(`${dir}/${file}`, 'utf8')), '');
  return texts;
}

/**
 * A terminal table's cells put back together: a wrapped cell continues on the next lines, in the
 * same column. The columns are where the border line above has its ┬ / ┼ (a cell may itself hold
 * a │, as the timeline's lanes do).
 */
function unwrapTables(text: string): string {
  const out: string[] = [];
  let bounds: number[] = [];
  let cells: string[] = [];
  const flush = () => {
    out.push(...cells);
    cells = [];
  };
  for (const line of text.split('\n')) {
    const chars = Array.from(line);
    if (/^[┌├└╞]/.test(line)) {
      flush();
      bounds = chars.flatMap((c, i) => (/[┌├└╞┬┼┴╪┐┤┘╡]/.test(c) ? [i] : []));
    } else if (line.startsWith('│') && bounds.length > 1) {
      for (let i = 0; i + 1 < bounds.length; i += 1) {
        cells[i] = `${cells[i] ?? ''} ${chars
          .slice((bounds[i] ?? 0) + 1, bounds[i + 1])
          .join('')
          .trim()}`;
      }
    } else {
      flush();
      bounds = [];
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/**
 * The golden's words, with every case-file text taken out. The match is on letters only, so that a
 * text a table cell wraps in the middle of a word ("erasu" / "re") is still found; it must begin
 * and end where the golden's words do.
 */
const TRUNCATED = 16;

function uiWords(golden: string, texts: readonly string[]): string[] {
  const tokens = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const words = tokens(unwrapTables(stripVTControlCharacters(golden)));
  const starts = new Set<number>();
  const ends = new Set<number>();
  let stream = '';
  for (const word of words) {
    starts.add(stream.length);
    stream += word;
    ends.add(stream.length);
  }
  const covered = new Uint8Array(stream.length);
  for (const text of texts) {
    const letters = tokens(text).join('');
    if (letters.length < 3) continue;
    for (let at = stream.indexOf(letters); at >= 0; at = stream.indexOf(letters, at + 1)) {
      if (starts.has(at) && ends.has(at + letters.length)) covered.fill(1, at, at + letters.length);
    }
    // A text cut short with "…" (the chart's and the timeline's labels): its longest prefix of at
    // least TRUNCATED letters that the golden has, from a word's start to a word's end.
    if (letters.length <= TRUNCATED) continue;
    const head = letters.slice(0, TRUNCATED);
    for (let at = stream.indexOf(head); at >= 0; at = stream.indexOf(head, at + 1)) {
      if (!starts.has(at)) continue;
      let end = at + TRUNCATED;
      while (end < stream.length && end - at < letters.length && stream[end] === letters[end - at]) end += 1;
      covered.fill(1, at, end);
    }
  }
  let at = 0;
  return words.filter((word) => {
    const kept = !covered.subarray(at, at + word.length).includes(1);
    at += word.length;
    return kept;
  });
}

const GOLDEN = `${ROOT}test/golden`;
const isFrench = (f: string) => /-fr(?:-\d+)?\.(?:txt|md|html)$/.test(f);
const frenchGoldens = [
  ...readdirSync(GOLDEN).filter(isFrench),
  ...readdirSync(`${GOLDEN}/examples`)
    .filter(isFrench)
    .map((f) => `examples/${f}`),
];

/**
 * A golden's text for the search: an HTML golden without its tags and style sheet, character
 * references decoded (a URL's `&amp;` is the case file's `&`), and without the `$ dossier …`
 * command lines the examples' goldens start their parts with.
 */
const textOf = (file: string, content: string): string =>
  (file.endsWith('.html') ? content.replace(/<style>[^]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ') : content)
    .replace(/&amp;/g, '&')
    .replace(/&#?\w+;/g, ' ')
    .replace(/^\$ dossier .*$/gm, '');

describe('French goldens', () => {
  const english = englishWords();
  const texts = caseTexts();

  it('the list of English words is built and holds the words French output once leaked', () => {
    for (const word of ['start', 'counted', 'skipped', 'working', 'saturday', 'monday', 'assumed', 'unconfirmed'])
      expect(english).toContain(word);
    expect(frenchGoldens.length).toBeGreaterThanOrEqual(5);
  });

  it('words every rule on the effect of a challenge in French', () => {
    const citations = JURISDICTIONS.map(challengeEffect).flatMap((rule) =>
      rule === undefined ? [] : [rule.citation, ...(rule.fineNeedsConfirmation === undefined ? [] : [rule.fineNeedsConfirmation])],
    );
    expect(citations.filter((citation) => CHALLENGE_CITATIONS[citation] === undefined)).toEqual([]);
  });

  it.each(frenchGoldens)('%s has no English UI word', (file) => {
    const seq = uiWords(textOf(file, readFileSync(`${GOLDEN}/${file}`, 'utf8')), texts);
    const found = [...new Set(seq.filter((w) => w.length >= 4 && english.has(w)))];
    // Each word with the words around it once case text is taken out, so that a failure says where to look.
    const around = (word: string) => {
      const i = seq.indexOf(word);
      return seq.slice(Math.max(0, i - 4), i + 5).join(' ');
    };
    expect(found.map((word) => `${word}: ${around(word)}`)).toEqual([]);
  });
});
