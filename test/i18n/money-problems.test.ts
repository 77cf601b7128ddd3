// Why an amount has no EUR figure, or a fine no cap check, in each language. The English wording
// is the core's own `detail`, word for word (the JSON export and the diagnostics print it), for
// every failure the core returns; the French one is checked against the expected text.
import { describe, expect, it } from 'vitest';
import { failureOf, type MoneyProblem } from '../../src/analysis/money-problem.js';
import { fineCap, type FineCapInput } from '../../src/core/money/caps.js';
import { convertToEurOn, type ConversionResult } from '../../src/core/money/convert.js';
import { findRate, parseEcbRatesCsv, type RateLookup, type RateTable } from '../../src/core/money/rates.js';
import { catalogue } from '../../src/i18n/catalogue.js';

const en = catalogue('en').working;
const fr = catalogue('fr').working;

function tableOf(csv: string): RateTable {
  const parsed = parseEcbRatesCsv(csv);
  if (!parsed.ok) throw new Error('fixture');
  return parsed.table;
}
const rates = tableOf('Date,GBP,JPY,RUB,\n2022-03-01,0.8350,0.0001,117.201,\n2022-05-18,0.8500,0.0001,N/A,\n');
const emptyUsd = tableOf('Date,GBP,USD,\n2022-05-18,0.8500,N/A,\n');

/** Each kind of failure the core returns, with the French the report prints for it. */
const conversions: [string, RateLookup | ConversionResult, string][] = [
  ['bad-date', findRate(rates, 'GBP', '2022-02-30'), '"2022-02-30" n’est pas une date (AAAA-MM-JJ)'],
  ['unknown-currency', findRate(rates, 'CHF', '2022-05-18'), 'la table des taux n’a pas de colonne "CHF"'],
  [
    'beyond-table',
    findRate(rates, 'GBP', '2023-05-13'),
    'pas de taux GBP au 13 mai 2023 ni avant dans cette table, qui s’arrête au 18 mai 2022',
  ],
  ['no-rate', findRate(rates, 'GBP', '2022-02-28'), 'pas de taux GBP au 28 févr. 2022 ni avant\u00a0: le premier est du 1er mars 2022'],
  ['no-rate, none at all', findRate(emptyUsd, 'USD', '2022-05-18'), 'pas de taux USD au 18 mai 2022 ni avant\u00a0: la table n’en a aucun'],
  [
    'stale-rate',
    findRate(rates, 'RUB', '2022-05-18'),
    'pas de taux RUB dans les 7 jours jusqu’au 18 mai 2022\u00a0: le dernier est du 1er mars 2022, 78 jours plus tôt',
  ],
  [
    'too-large',
    convertToEurOn(rates, Number.MAX_SAFE_INTEGER, 'JPY', '2022-05-18'),
    '9\u202f007\u202f199\u202f254\u202f740\u202f991\u00a0JPY au taux de 0,0001 dépassent 2^53 − 1 centimes d’euro',
  ],
];

const caps: [string, FineCapInput, string][] = [
  [
    'unknown-tier',
    { law: 'GDPR', tier: '83(7)' } as unknown as FineCapInput,
    'pas de plafond d’amende pour la loi "GDPR" et le niveau "83(7)"',
  ],
  [
    'currency-mismatch',
    { law: 'GDPR', tier: '83(5)', turnover: { minor: 1_000, currency: 'USD', year: 2021 } },
    'le chiffre d’affaires est en USD mais le plafond (GDPR) est en EUR\u00a0: il faut d’abord le convertir en EUR, à un taux et une date indiqués',
  ],
  [
    'invalid-turnover (amount)',
    { law: 'GDPR', tier: '83(5)', turnover: { minor: -1, currency: 'EUR', year: 2021 } },
    'le chiffre d’affaires doit être un nombre entier positif ou nul d’unités mineures, et non -1',
  ],
  [
    'invalid-turnover (year)',
    { law: 'GDPR', tier: '83(5)', turnover: { minor: 1, currency: 'EUR', year: 2021.5 } },
    'l’année du chiffre d’affaires doit être un nombre entier, et non 2021.5',
  ],
];

describe('a conversion that failed', () => {
  it.each(conversions)('%s: in English, the core’s own words; in French, its own', (kind, result, french) => {
    if (result.ok) throw new Error(`the fixture for ${kind} converted`);
    const problem: MoneyProblem = { kind: 'conversion', failure: failureOf(result) };
    expect(en.moneyProblem(problem)).toBe(result.detail);
    expect(fr.moneyProblem(problem)).toBe(french);
  });

  it('keeps none of the English wording in the facts a renderer gets', () => {
    for (const [, result] of conversions) if (!result.ok) expect(failureOf(result)).not.toHaveProperty('detail');
  });
});

describe('a cap that could not be given', () => {
  it.each(caps)('%s', (kind, input, french) => {
    const result = fineCap(input);
    if (result.ok) throw new Error(`the fixture for ${kind} gave a cap`);
    const problem: MoneyProblem = { kind: 'cap', failure: failureOf(result) };
    expect(en.moneyProblem(problem)).toBe(result.detail);
    expect(fr.moneyProblem(problem)).toBe(french);
  });
});

describe('the analysis’s own problems', () => {
  const stale = findRate(rates, 'RUB', '2022-05-18');
  if (stale.ok) throw new Error('fixture');
  it.each<[MoneyProblem, string, string]>([
    [
      { kind: 'date-imprecise', date: '2022-05' },
      'the decision date 2022-05 is not known to the day',
      'la date de la décision (mai 2022) n’est pas connue au jour près',
    ],
    [
      { kind: 'cap-currency', capCurrency: 'EUR', fineCurrency: 'GBP' },
      'the cap is in EUR and the fine in GBP',
      'le plafond est en EUR et l’amende en GBP',
    ],
    [
      { kind: 'turnover-conversion', year: 2021, currency: 'RUB', failure: failureOf(stale) },
      `the 2021 turnover is in RUB: ${stale.detail}`,
      'le chiffre d’affaires 2021 est en RUB\u00a0: pas de taux RUB dans les 7 jours jusqu’au 18 mai 2022\u00a0: le dernier est du 1er mars 2022, 78 jours plus tôt',
    ],
    [
      { kind: 'turnover-currency', year: 2021, currency: 'USD', capCurrency: 'GBP' },
      'the 2021 turnover is in USD and cannot be compared with a cap in GBP',
      'le chiffre d’affaires 2021 est en USD et ne peut pas être comparé à un plafond en GBP',
    ],
    [
      { kind: 'total-too-large' },
      'left out: the total would pass 2^53 − 1 minor units, beyond exact arithmetic',
      'exclu\u00a0: le total dépasserait 2^53 − 1 unités mineures, au-delà du calcul exact',
    ],
    [
      { kind: 'payable-too-large' },
      'penalties payable: left out: the total would pass 2^53 − 1 minor units, beyond exact arithmetic',
      'astreintes exigibles\u00a0: exclu\u00a0: le total dépasserait 2^53 − 1 unités mineures, au-delà du calcul exact',
    ],
  ])('%j', (problem, english, french) => {
    expect(en.moneyProblem(problem)).toBe(english);
    expect(fr.moneyProblem(problem)).toBe(french);
  });

  it('names the amount left out of a total, in each language’s punctuation', () => {
    const item = { item: 'ico-clearview-ai/penalty', problem: { kind: 'cap-currency', capCurrency: 'EUR', fineCurrency: 'GBP' } } as const;
    expect(en.unconverted(item)).toBe('ico-clearview-ai/penalty: the cap is in EUR and the fine in GBP');
    expect(fr.unconverted(item)).toBe('ico-clearview-ai/penalty\u00a0: le plafond est en EUR et l’amende en GBP');
  });
});
