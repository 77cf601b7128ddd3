// Each bad fixture breaks exactly one rule; the validator must name that code at that position.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCodes, isIoCode } from '../../src/diagnostics/codes.js';
import { loadCase } from '../../src/load/load-case.js';

const BAD = new URL('../fixtures/bad/', import.meta.url);
/** The warning fixtures, checked as of this day (the freshness of sources depends on it). */
const WARN_TODAY = '2026-12-02';
const warnings: Record<string, [code: string, line: number, column: number][]> = {
  'source-unused': [['source/unused', 13, 9]],
  'money-cap-needs-turnover': [['money/cap-needs-turnover', 24, 13]],
  'money-cap-unchecked': [['money/cap-unchecked', 27, 13]],
  'penalty-no-maximum': [['penalty/no-maximum', 27, 7]],
  'source-stale': [['source/stale', 4, 9]],
};
const WARN = new URL('../fixtures/warn/', import.meta.url);

const expected: Record<string, [code: string, line: number, column: number][]> = {
  'file-encoding': [['file/encoding', 3, 9]],
  'yaml-syntax': [['yaml/syntax', 4, 1]],
  'yaml-duplicate-key': [['yaml/duplicate-key', 5, 1]],
  'yaml-multiple-documents': [['yaml/multiple-documents', 29, 1]],
  'yaml-alias': [
    ['yaml/alias', 3, 8],
    ['yaml/alias', 23, 14],
  ],
  'yaml-tag': [['yaml/tag', 3, 8]],
  'yaml-directive': [['yaml/directive', 1, 1]],
  'yaml-too-deep': [['yaml/too-deep', 3, 71]],
  'yaml-too-many-nodes': [['yaml/too-many-nodes', 32, 5]],
  'yaml-control-character': [['yaml/control-character', 3, 16]],
  'schema-not-a-mapping': [['schema/not-a-mapping', 1, 1]],
  'schema-version': [['schema/version', 1, 10]],
  'schema-missing-key': [['schema/missing-key', 1, 1]],
  'schema-unknown-key': [
    ['schema/missing-key', 20, 5],
    ['schema/unknown-key', 24, 5],
  ],
  'schema-type': [['schema/type', 26, 15]],
  'schema-invalid-value': [['schema/invalid-value', 4, 9]],
  'id-invalid': [['id/invalid', 20, 9]],
  'id-duplicate': [['id/duplicate', 20, 9]],
  'id-file-name': [['id/file-name', 2, 5]],
  'date-invalid': [['date/invalid', 15, 11]],
  'period-invalid': [['period/invalid', 33, 20]],
  'period-option': [['period/option', 34, 5]],
  'ref-source': [['ref/source', 18, 15]],
  'ref-event': [['ref/event', 22, 15]],
  'ref-measure': [['ref/measure', 33, 15]],
  'chronology-order': [['chronology/order', 18, 15]],
  'money-invalid': [['money/invalid', 24, 13]],
  'money-negative': [['money/negative', 24, 13]],
  'money-precision': [['money/precision', 24, 13]],
  'money-too-large': [['money/too-large', 24, 13]],
  'money-over-cap': [['money/over-cap', 27, 13]],
  'money-not-a-reduction': [['money/not-a-reduction', 35, 52]],
  'money-precision-onward-appeal': [['money/precision', 41, 53]],
  'code-currency': [['code/currency', 25, 15]],
  'code-country': [['code/country', 8, 46]],
  'gdpr-article': [['gdpr/article', 26, 19]],
  'source-missing': [['source/missing', 14, 5]],
  'penalty-form': [['penalty/form', 27, 12]],
  'source-unused': [['source/unused', 13, 9]],
};

function diagnosticsOf(dir: URL, name: string) {
  const file = `${name}.yaml`;
  return loadCase(file, readFileSync(new URL(file, dir))).diagnostics.map((d) => [d.code, d.start.line, d.start.column]);
}

describe('bad fixtures', () => {
  const names = readdirSync(BAD).map((f) => f.replace(/\.yaml$/, ''));
  it.each(names)('%s reports its code at its position', (name) => {
    expect(diagnosticsOf(BAD, name)).toEqual(expected[name]);
  });

  it('every code that a file can trigger has a fixture', () => {
    const covered = new Set([...Object.values(expected), ...Object.values(warnings)].flatMap((list) => list.map(([code]) => code)));
    const missing = allCodes.filter((code) => !isIoCode(code) && !covered.has(code));
    expect(missing).toEqual([]);
  });
});

describe('warning fixtures', () => {
  const names = readdirSync(WARN).map((f) => f.replace(/\.yaml$/, ''));
  it.each(names)('%s is a warning at its position, not an error', (name) => {
    const file = `${name}.yaml`;
    const { diagnostics } = loadCase(file, readFileSync(new URL(file, WARN)), name === 'source-stale' ? { today: WARN_TODAY } : {});
    expect(diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual(warnings[name]);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('without a day to judge by, the freshness of sources is not checked', () => {
    expect(loadCase('source-stale.yaml', readFileSync(new URL('source-stale.yaml', WARN))).diagnostics).toEqual([]);
  });

  it('a fine above the fixed maximum with no turnover says what turnover would make it lawful', () => {
    const [d] = loadCase('money-cap-needs-turnover.yaml', readFileSync(new URL('money-cap-needs-turnover.yaml', WARN))).diagnostics;
    expect(d?.message).toBe(
      'the fine of EUR 30500000.00 is above the fixed maximum of EUR 20000000.00 (GDPR Art. 83(5)): lawful only if the 2023 worldwide turnover was at least EUR 762500000.00; record it under respondents[].turnover when it is known',
    );
  });
});

describe('good fixtures', () => {
  const GOOD = new URL('../fixtures/good/', import.meta.url);
  it.each(readdirSync(GOOD))('%s is valid', (file) => {
    expect(loadCase(file, readFileSync(new URL(file, GOOD))).diagnostics).toEqual([]);
  });

  it('a fine above EUR 20 million is within the cap when 4 % of the preceding year’s turnover is higher', () => {
    const { loaded } = loadCase('money-within-turnover-cap.yaml', readFileSync(new URL('money-within-turnover-cap.yaml', GOOD)));
    expect(loaded?.case.measures?.[0]).toMatchObject({ amount: '40000000' });
  });
});

describe('messages', () => {
  it('money/over-cap names the fine and the maximum', () => {
    const [d] = loadCase('money-over-cap.yaml', readFileSync(new URL('money-over-cap.yaml', BAD))).diagnostics;
    expect(d?.message).toBe('the fine of EUR 20000000.01 exceeds the maximum of EUR 20000000.00 (GDPR Art. 83(5))');
  });
});
