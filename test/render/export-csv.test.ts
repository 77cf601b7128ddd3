import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, guardFormula, renderCsvExport } from '../../src/render/export/csv.js';
import type { Case } from '../../src/model/case-schema.js';
import { analyseCases, bundledCases, bundledDossier } from '../helpers/dossier.js';

/** A strict RFC 4180 reader: throws on anything outside the grammar, so "it parses" means well-formed. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field += text.charAt(i++);
        }
      } else {
        while (i < text.length && !/[,\r\n"]/.test(text.charAt(i))) field += text.charAt(i++);
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
      }
      row.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      throw new Error(`expected , or CRLF at ${i}`);
    }
    rows.push(row);
  }
  return rows;
}

function records(asOf: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(renderCsvExport(bundledDossier(asOf)));
  return rows.map((row) => Object.fromEntries(header!.map((h, k) => [h, row[k] ?? ''])));
}

const find = (rows: Record<string, string>[], caseId: string, measureId: string) =>
  rows.find((r) => r['case_id'] === caseId && r['measure_id'] === measureId)!;

describe('renderCsvExport', () => {
  it.each(['2023-02-09', '2026-11-23'])('matches the golden file as of %s', async (asOf) => {
    await expect(renderCsvExport(bundledDossier(asOf))).toMatchFileSnapshot(`../golden/export-${asOf}.csv`);
  });

  it('is RFC 4180: a header, one row per measure, every row as wide as the header, CRLF ends', () => {
    const out = renderCsvExport(bundledDossier('2023-02-09'));
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[^"]\n/);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    // One row per measure known on the day: the AP and DSB decisions (2023-05, 2024-05) are later.
    const known = bundledDossier('2023-02-09').cases.reduce((n, c) => n + (c.case.measures ?? []).length, 0);
    expect(known).toBe(15);
    expect(rows).toHaveLength(known + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(renderCsvExport(bundledDossier('2023-02-09'))).toBe(out);
    // Once every decision is on record, every measure of every case file has its row.
    const all = parseCsv(renderCsvExport(bundledDossier('2026-11-23')));
    expect(all).toHaveLength(bundledCases().reduce((n, c) => n + (c.measures ?? []).length, 0) + 1);
    for (const row of all) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('shows the CNIL injunction with nothing accrued on 9 Feb 2023 (compliance not yet on record) and 142 days late with EUR 5,200,000 payable once known', () => {
    expect(find(records('2023-02-09'), 'cnil-clearview-ai', 'injunction')).toMatchObject({
      kind: 'order',
      decision_date: '2022-10-17',
      deadline_end: '2022-12-19',
      deadline_status: 'unknown',
      days_late: '',
      penalty_currency: 'EUR',
      penalty_accrued_minor: '0',
      penalty_payable_minor: '0',
      penalty_not_payable_minor: '0',
      compliance: 'unknown',
    });
    // Counted to 10 May 2023, the last day non-compliance is on record: 142 × EUR 100,000, of
    // which the EUR 5,200,000 liquidated on 13 Apr 2023 is payable.
    expect(find(records('2026-11-23'), 'cnil-clearview-ai', 'injunction')).toMatchObject({
      deadline_end: '2022-12-19',
      deadline_status: 'missed',
      days_late: '142',
      penalty_currency: 'EUR',
      penalty_accrued_minor: '1420000000',
      penalty_payable_minor: '520000000',
      penalty_not_payable_minor: '900000000',
      compliance: 'not-complied',
    });
  });

  it('gives locale-free amounts, the rate and the cap for fines', () => {
    const rows = records('2026-11-23');
    expect(find(rows, 'ico-clearview-ai', 'penalty')).toMatchObject({
      amount: '7552800.00',
      currency: 'GBP',
      amount_minor: '755280000',
      eur_minor: '892027873',
      rate: '0.8467',
      rate_date: '2022-05-18',
      cap_minor: '1750000000',
      cap_status: 'within',
      // Sent back to the FTT by the Upper Tribunal: pending again, and suspensive in GB.
      appeal_state: 'pending',
      enforceability: 'suspended-by-appeal',
      enforceable_minor: '0',
      paid_minor: '0',
      payment_status: 'unpaid',
    });
    const enforceable = {
      'cnil-clearview-ai': ['enforceable-if-notified', '2000000000'],
      'garante-clearview-ai': ['not-notified', '0'],
      'hdpa-clearview-ai': ['enforceable-if-notified', '2000000000'],
    };
    for (const [id, [enforceability, minor]] of Object.entries(enforceable)) {
      expect(find(rows, id, 'fine')).toMatchObject({
        amount: '20000000.00',
        amount_minor: '2000000000',
        eur_minor: '2000000000',
        cap_minor: '2000000000',
        cap_status: 'at-maximum',
        enforceability,
        enforceable_minor: minor,
        paid_minor: '0',
      });
    }
    expect(find(rows, 'ap-clearview-ai', 'fine')).toMatchObject({
      amount_minor: '3050000000',
      cap_minor: '2000000000',
      cap_status: 'needs-turnover',
      enforceability: 'enforceable-if-notified',
      enforceable_minor: '3050000000',
    });
  });

  it('quotes and doubles quotes only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each(['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a formula: %j', (payload) => {
    expect(guardFormula(payload)).toBe(`'${payload}`);
  });

  it('keeps its structure and neutralises formulas in a hostile case', () => {
    const base = bundledCases().find((c) => c.id === 'cnil-clearview-ai')!;
    const hostile: Case = {
      ...base,
      authority: { ...base.authority, short: '=HYPERLINK("https://evil","x")' },
      measures: (base.measures ?? []).map((m, k) => ({ ...m, summary: ['=1+1', '@cmd|" /C calc"!A0', 'a,"b"\r\nc\n-2'][k % 3]! })),
    };
    const rows = parseCsv(renderCsvExport(analyseCases([hostile], '2023-02-09')));
    expect(rows).toHaveLength((base.measures ?? []).length + 1);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[1]).toBe(`'=HYPERLINK("https://evil","x")`);
      for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('summary')])).toEqual(["'=1+1", `'@cmd|" /C calc"!A0`, 'a,"b"\r\nc\n-2']);
  });
});
