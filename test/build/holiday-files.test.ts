// The built program reads each jurisdiction's non-working days from dist/lib/holidays/<code>.json
// (scripts/build.mjs, holiday-tables-as-files), not from the bundle. Those files must be the
// generated table, split: every jurisdiction, nothing more, the same days and reasons.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import type { NonWorkingDayTable } from '../../src/calendars/holiday-table-format.js';

const table = JSON.parse(readFileSync(join(ROOT, 'src/calendars/generated/non-working-days.json'), 'utf8')) as NonWorkingDayTable;
const dir = join(ROOT, 'dist/lib/holidays');

describe('the holiday files beside the bundle', () => {
  it('hold one file per jurisdiction of the generated table, and no other', () => {
    const codes = Object.keys(table.jurisdictions).sort();
    expect(codes.length).toBeGreaterThan(20);
    expect(readdirSync(dir).sort()).toEqual(codes.map((code) => `${code}.json`));
  });

  it.each(Object.keys(table.jurisdictions))('%s is the generated table of that jurisdiction', (code) => {
    expect(JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8'))).toEqual(table.jurisdictions[code]);
  });

  it('are not also inside the bundle', () => {
    const bundle = readFileSync(join(ROOT, 'dist/lib/dossier.cjs'), 'latin1');
    const fr = table.jurisdictions['FR'];
    expect(fr).toBeDefined();
    expect(bundle).not.toContain(fr?.years['2023']);
    expect(bundle).toContain(`TABLE_FIRST_YEAR=${String(table.firstYear)}`);
  });
});
