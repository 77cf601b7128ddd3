// Each bad fixture breaks exactly one rule; the validator must name that code at that position.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCodes, isIoCode } from '../../src/diagnostics/codes.js';
import { loadCase } from '../../src/load/load-case.js';

const BAD = new URL('../fixtures/bad/', import.meta.url);
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
  'money-over-cap': [['money/over-cap', 24, 13]],
  'money-not-a-reduction': [['money/not-a-reduction', 35, 38]],
  'money-precision-onward-appeal': [['money/precision', 41, 38]],
  'code-currency': [['code/currency', 25, 15]],
  'code-country': [['code/country', 8, 44]],
  'gdpr-article': [['gdpr/article', 26, 19]],
  'source-missing': [['source/missing', 14, 5]],
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
    const covered = new Set(Object.values(expected).flatMap((list) => list.map(([code]) => code)));
    const missing = allCodes.filter((code) => !isIoCode(code) && !covered.has(code));
    expect(missing).toEqual([]);
  });
});

describe('warning fixtures', () => {
  it('source-unused is a warning, not an error', () => {
    const { diagnostics } = loadCase('source-unused.yaml', readFileSync(new URL('source-unused.yaml', WARN)));
    expect(diagnostics.map((d) => [d.code, d.severity, d.start.line, d.start.column])).toEqual([['source/unused', 'warning', 13, 9]]);
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
    expect(d?.message).toBe(
      'the fine of EUR 20000000.01 exceeds the maximum of EUR 20000000.00 (GDPR Art. 83(5)); no 2023 turnover is recorded that would raise it',
    );
  });
});
