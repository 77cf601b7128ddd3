import { describe, expect, it } from 'vitest';
import { findRate, parseEcbRatesCsv, type RateTable } from '../../../src/core/money/rates.js';
import { BUNDLED_RATES_CSV, BUNDLED_RATES_PROVENANCE, bundledRateTable } from '../../../src/core/money/bundled-rates.js';

// Five rows copied from the ECB's eurofxref-hist.csv, with its full header (including the
// withdrawn currencies and the trailing comma). RUB stops after 1 March 2022 (N/A from 2 March).
const ECB_EXCERPT = [
  'Date,USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,HUF,LTL,LVL,MTL,PLN,ROL,RON,SEK,SIT,SKK,CHF,ISK,NOK,HRK,RUB,TRL,TRY,AUD,BRL,CAD,CNY,HKD,IDR,ILS,INR,KRW,MXN,MYR,NZD,PHP,SGD,THB,ZAR,',
  '2022-05-20,1.0577,135.34,1.9558,N/A,24.67,7.4424,N/A,0.8482,382.93,N/A,N/A,N/A,4.6365,N/A,4.9477,10.4915,N/A,N/A,1.028,138.5,10.262,7.5335,N/A,N/A,16.8201,1.498,5.1989,1.3526,7.0638,8.2999,15501.99,3.533,82.1617,1340.58,21.0314,4.6422,1.6518,55.181,1.4588,36.284,16.7131,',
  '2022-05-19,1.0525,134.46,1.9558,N/A,24.7,7.4423,N/A,0.84728,385.83,N/A,N/A,N/A,4.6423,N/A,4.9474,10.5098,N/A,N/A,1.0265,139.5,10.3102,7.5395,N/A,N/A,16.8037,1.5036,5.2094,1.349,7.1028,8.2594,15416.76,3.5623,81.7115,1343.21,21.0043,4.6363,1.6551,55.14,1.4576,36.343,16.8315,',
  '2022-05-18,1.0523,135.76,1.9558,N/A,24.647,7.4419,N/A,0.8467,382.88,N/A,N/A,N/A,4.6443,N/A,4.9473,10.4675,N/A,N/A,1.0486,138.9,10.2125,7.535,N/A,N/A,16.7811,1.498,5.1974,1.3488,7.0972,8.2591,15446,3.526,81.6455,1332.76,20.9204,4.6254,1.6548,55.077,1.4598,36.399,16.7313,',
  '2022-03-02,1.1106,128.08,1.9558,N/A,25.866,7.4387,N/A,0.83316,382.31,N/A,N/A,N/A,4.8021,N/A,4.9493,10.788,N/A,N/A,1.0216,143,9.8826,7.574,N/A,N/A,15.628,1.5272,5.7313,1.4088,7.0153,8.6785,15980.03,3.5954,84.1765,1338.99,22.999,4.6595,1.6404,57.206,1.5059,36.339,17.1904,',
  '2022-03-01,1.1162,128.15,1.9558,N/A,25.465,7.4377,N/A,0.8329,379.6,N/A,N/A,N/A,4.7947,N/A,4.949,10.6893,N/A,N/A,1.0247,142,9.8598,7.567,117.201,N/A,15.5509,1.5365,5.7598,1.4158,7.0462,8.7234,16033.36,3.6152,84.5015,1342.6,22.8558,4.6802,1.6484,57.295,1.515,36.505,17.2145,',
  '',
].join('\n');

function tableOf(csv: string): RateTable {
  const parsed = parseEcbRatesCsv(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.table;
}

describe('parseEcbRatesCsv: good files', () => {
  it('reads the ECB historical file: every currency column, oldest first, rates kept as text', () => {
    const table = tableOf(ECB_EXCERPT);
    expect(table.firstDate).toBe('2022-03-01');
    expect(table.lastDate).toBe('2022-05-20');
    expect(table.series.get('GBP')).toEqual([
      { date: '2022-03-01', rate: '0.8329' },
      { date: '2022-03-02', rate: '0.83316' },
      { date: '2022-05-18', rate: '0.8467' },
      { date: '2022-05-19', rate: '0.84728' },
      { date: '2022-05-20', rate: '0.8482' },
    ]);
    expect(table.series.get('JPY')?.[2]).toEqual({ date: '2022-05-18', rate: '135.76' });
    expect(table.series.get('IDR')?.[2]).toEqual({ date: '2022-05-18', rate: '15446' });
    expect(table.series.size).toBe(41);
  });

  it('leaves out N/A cells: a withdrawn currency has no points, RUB only its last day', () => {
    const table = tableOf(ECB_EXCERPT);
    expect(table.series.get('CYP')).toEqual([]);
    expect(table.series.get('RUB')).toEqual([{ date: '2022-03-01', rate: '117.201' }]);
  });

  it('reads the daily file format: spaces after commas and "18 May 2022" dates', () => {
    const table = tableOf('Date, USD, GBP, \n18 May 2022, 1.0523, 0.8467, \n');
    expect(table.series.get('GBP')).toEqual([{ date: '2022-05-18', rate: '0.8467' }]);
  });

  it('accepts CRLF line ends, a byte order mark, no trailing comma and blank lines', () => {
    const table = tableOf('\uFEFFDate,GBP\r\n2022-05-18,0.8467\r\n\r\n2022-05-17,0.844\r\n');
    expect(table.series.get('GBP')).toHaveLength(2);
  });

  it('parses the bundled table, whose provenance is stated', () => {
    const table = bundledRateTable();
    expect([...table.series.keys()]).toEqual(['USD', 'GBP']);
    expect(table.series.get('USD')?.map((p) => `${p.date} ${p.rate}`)).toEqual([
      '2021-07-15 1.1809',
      '2022-05-17 1.0541',
      '2022-05-18 1.0523',
      '2022-05-19 1.0525',
      '2022-05-20 1.0577',
      '2022-05-23 1.0659',
      '2023-05-12 1.0892',
    ]);
    expect(table.series.get('GBP')?.map((p) => `${p.date} ${p.rate}`)).toEqual([
      '2021-07-15 0.85188',
      '2022-05-17 0.8440',
      '2022-05-18 0.8467',
      '2022-05-19 0.84728',
      '2022-05-20 0.8482',
      '2022-05-23 0.84783',
      '2023-05-12 0.8702',
    ]);
    expect(BUNDLED_RATES_CSV.startsWith('Date,USD,GBP,\n')).toBe(true);
    expect(BUNDLED_RATES_PROVENANCE).toContain('eurofxref-hist.csv');
  });
});

describe('parseEcbRatesCsv: problems with their line and column', () => {
  it.each([
    ['a bad number', 'Date,USD,GBP,\n2022-05-18,1.0523,0.84x67,\n', 2, 19, '"0.84x67" is not a positive decimal rate for GBP'],
    ['a zero rate', 'Date,GBP,\n2022-05-18,0.0000,\n', 2, 12, '"0.0000" is not a positive decimal rate for GBP'],
    ['a negative rate', 'Date,GBP\n2022-05-18,-0.8467\n', 2, 12, '"-0.8467" is not a positive decimal rate for GBP'],
    ['a rate in exponent form', 'Date,GBP\n2022-05-18,8.467e-1\n', 2, 12, '"8.467e-1" is not a positive decimal rate for GBP'],
    ['a missing Date header', 'USD,GBP,\n2022-05-18,1.0523,0.8467,\n', 1, 1, 'the first header cell must be "Date", found "USD"'],
    ['an empty file', '', 1, 1, 'the file is empty: expected a header "Date,USD,..."'],
    ['a blank file', '\n \n', 1, 1, 'the file is empty: expected a header "Date,USD,..."'],
    ['a file that is not CSV', '{"rates": {}}', 1, 1, 'the first header cell must be "Date", found "{\\"rates\\": {}}"'],
    ['a header only', 'Date,GBP,\n', 1, 1, 'the file has a header but no rows of rates'],
    ['no currency column', 'Date\n2022-05-18\n', 1, 1, 'the header names no currency after "Date"'],
    ['a bad currency header', 'Date,GBP,usd,\n', 1, 10, 'header cell "usd" is not a currency code'],
    ['a repeated currency', 'Date,GBP,GBP,\n', 1, 10, 'header cell "GBP" is repeated'],
    ['a EUR column', 'Date,EUR,\n', 1, 6, 'header cell "EUR" is the base currency: rates are per 1 EUR'],
    ['an impossible date', 'Date,GBP,\n2022-02-30,0.8467,\n', 2, 1, '"2022-02-30" is not a date (YYYY-MM-DD)'],
    ['a US-style date', 'Date,GBP,\n05/18/2022,0.8467,\n', 2, 1, '"05/18/2022" is not a date (YYYY-MM-DD)'],
    ['a repeated date', 'Date,GBP,\n2022-05-18,0.8467,\n2022-05-18,0.8467,\n', 3, 1, '2022-05-18 already has a row, on line 2'],
    ['a short row', 'Date,USD,GBP,\n2022-05-18,1.0523\n', 2, 12, 'expected 4 cells as in the header, found 2'],
    ['a long row', 'Date,GBP\n2022-05-18,0.8467,1\n', 2, 19, 'expected 2 cells as in the header, found 3'],
  ])('%s', (_label, csv, line, column, message) => {
    const result = parseEcbRatesCsv(csv);
    expect(result).toEqual({ ok: false, problems: [{ line, column, message }] });
  });

  it('reports every bad cell, not just the first', () => {
    const result = parseEcbRatesCsv('Date,USD,GBP,\n2022-05-18,x,0.8467,\n2022-05-17,1.05,y,\n');
    expect(result.ok ? [] : result.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:12', '3:17']);
  });

  it('makes control characters in the file visible in messages', () => {
    const result = parseEcbRatesCsv('Date,GBP,\n2022-05-18,\u001b[31m1,\n');
    expect(result.ok ? '' : result.problems[0]?.message).toContain('\\u001b[31m1');
  });

  it('stops listing after 50 problems', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `2022-01-${String((i % 28) + 1).padStart(2, '0')},bad,`);
    const result = parseEcbRatesCsv(['Date,GBP,', ...rows].join('\n'));
    expect(result.ok ? 0 : result.problems.length).toBe(50);
  });
});

describe('findRate', () => {
  const table = tableOf(ECB_EXCERPT);
  const bundled = bundledRateTable();

  it('finds the rate of the day itself', () => {
    expect(findRate(bundled, 'GBP', '2022-05-18')).toEqual({
      ok: true,
      currency: 'GBP',
      rate: '0.8467',
      rateDate: '2022-05-18',
      requestedDate: '2022-05-18',
    });
  });

  it('uses the last earlier publication for a weekend: Saturday 21 May 2022 gets Friday 20 May', () => {
    expect(findRate(bundled, 'GBP', '2022-05-21')).toMatchObject({ ok: true, rate: '0.8482', rateDate: '2022-05-20' });
    expect(findRate(bundled, 'GBP', '2022-05-22')).toMatchObject({ ok: true, rate: '0.8482', rateDate: '2022-05-20' });
  });

  it('refuses a date before the first row, never falling back to 1:1', () => {
    expect(findRate(bundled, 'GBP', '2021-07-14')).toEqual({
      ok: false,
      reason: 'no-rate',
      currency: 'GBP',
      date: '2021-07-14',
      firstDate: '2021-07-15',
      detail: 'no rate for GBP on or before 2021-07-14: the first is of 2021-07-15',
    });
  });

  it('refuses a date after the last row: the table may lack a later rate', () => {
    expect(findRate(bundled, 'USD', '2023-05-13')).toEqual({
      ok: false,
      reason: 'beyond-table',
      currency: 'USD',
      date: '2023-05-13',
      lastDate: '2023-05-12',
      detail: 'no rate for USD on or before 2023-05-13 in this table, which ends on 2023-05-12',
    });
  });

  it('refuses a day in a gap of the bundled table rather than using a rate months old', () => {
    expect(findRate(bundled, 'USD', '2022-12-01')).toEqual({
      ok: false,
      reason: 'stale-rate',
      currency: 'USD',
      date: '2022-12-01',
      maxAgeDays: 7,
      lastDate: '2022-05-23',
      ageDays: 192,
      detail: 'no rate for USD on or before 2022-12-01 within 7 days: the last is of 2022-05-23, 192 days earlier',
    });
  });

  it('skips an N/A day to the last published rate, within the age limit', () => {
    expect(findRate(table, 'RUB', '2022-03-02')).toMatchObject({ ok: true, rate: '117.201', rateDate: '2022-03-01' });
  });

  it('refuses a rate older than the age limit (RUB was no longer published in May 2022)', () => {
    expect(findRate(table, 'RUB', '2022-05-18')).toEqual({
      ok: false,
      reason: 'stale-rate',
      currency: 'RUB',
      date: '2022-05-18',
      maxAgeDays: 7,
      lastDate: '2022-03-01',
      ageDays: 78,
      detail: 'no rate for RUB on or before 2022-05-18 within 7 days: the last is of 2022-03-01, 78 days earlier',
    });
  });

  it('applies a stricter age limit when asked', () => {
    expect(findRate(bundled, 'GBP', '2022-05-22', { maxAgeDays: 1 })).toMatchObject({ ok: false, reason: 'stale-rate' });
    expect(findRate(bundled, 'GBP', '2022-05-22', { maxAgeDays: 2 })).toMatchObject({ ok: true, rateDate: '2022-05-20' });
  });

  it.each([Number.NaN, -1, 1.5])('throws on an age limit of %d days, which would accept any rate', (maxAgeDays) => {
    expect(() => findRate(bundled, 'GBP', '2022-05-18', { maxAgeDays })).toThrow(RangeError);
  });

  it('refuses a currency that never had a rate in the table', () => {
    expect(findRate(table, 'CYP', '2022-05-18')).toMatchObject({ ok: false, reason: 'no-rate' });
  });

  it('needs no rate for EUR', () => {
    expect(findRate(bundled, 'EUR', '2030-01-01')).toEqual({
      ok: true,
      currency: 'EUR',
      rate: '1',
      rateDate: '2030-01-01',
      requestedDate: '2030-01-01',
    });
  });

  it.each(['CHF', 'XYZ', 'constructor', '__proto__'])('refuses %j, which has no column', (currency) => {
    expect(findRate(bundled, currency, '2022-05-18')).toMatchObject({ ok: false, reason: 'unknown-currency' });
  });

  it.each(['2022-5-18', '2022-02-30', '18 May 2022', '2022-05-18T00:00:00Z', ''])('refuses the date %j', (date) => {
    expect(findRate(bundled, 'GBP', date)).toMatchObject({ ok: false, reason: 'bad-date' });
  });
});
