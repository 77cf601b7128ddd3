// `export --format csv --bom`: the byte order mark Excel on Windows needs, read back by a real CSV parser.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../helpers/run-cli.js';

const args = ['export', '--format', 'csv', '--as-of', '2023-02-09'];
const records = (text: string, bom: boolean) => parse<Record<string, string>>(text, { bom, columns: true, record_delimiter: '\r\n' });

describe('dossier export --format csv --bom', () => {
  it('writes a UTF-8 BOM first, only when asked, and the rows are the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bom-'));
    const [plain, withBom, toFile] = await Promise.all([
      runCliAsync(args),
      runCliAsync([...args, '--bom']),
      runCliAsync([...args, '--bom', '--output', join(dir, 'dossier.csv')]),
    ]);
    expect([plain.status, withBom.status, toFile.status]).toEqual([0, 0, 0]);
    expect(plain.stdout.startsWith('case_id,')).toBe(true);
    expect(withBom.stdout).toBe(`\uFEFF${plain.stdout}`);
    const bytes = readFileSync(join(dir, 'dossier.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(withBom.stdout);
    expect(toFile.stderr).toContain(`(${bytes.length} bytes,`);

    const rows = records(withBom.stdout, true);
    expect(rows.length).toBeGreaterThan(5);
    expect(Object.keys(rows[0] ?? {})[0]).toBe('case_id');
    expect(rows).toEqual(records(plain.stdout, false));
    // A reader that does not know about BOMs sees it glued to the first header: why it is opt-in.
    expect(Object.keys(records(withBom.stdout, false)[0] ?? {})[0]).toBe('\uFEFFcase_id');
  });

  it('is a usage error with another format', async () => {
    const result = await runCliAsync(['export', '--format', 'json', '--bom']);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toContain('--bom applies to --format csv only, not --format json');
  });
});
