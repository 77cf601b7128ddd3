// `dossier due` with the EEA jurisdictions: the unknown-jurisdiction error lists them, the Spanish
// August rule is a flag, and --holiday-country still takes the EU Member States only (not NO).
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

const endOf = (stdout: string) => (JSON.parse(stdout) as { end: string }).end;

describe('dossier due, EEA jurisdictions', () => {
  it.each([
    ['IE', '2024-12-03', '28 days', '2024-12-30'],
    ['LU', '2025-05-23', '1 month', '2025-06-24'],
    ['ES', '2024-01-04', '2 months', '2024-03-04'],
    ['BE', '2025-06-05', '30 days', '2025-07-07'],
    ['PL', '2025-10-18', '14 days', '2025-11-03'],
    ['SE', '2024-12-03', '3 weeks', '2024-12-27'],
    ['NO', '2025-05-08', '3 weeks', '2025-05-30'],
    ['DK', '2025-05-05', '1 month', '2025-06-06'],
    ['FI', '2025-11-24', '30 days', '2025-12-29'],
  ])('-j %s %s + %s: %s', async (jurisdiction, start, period, end) => {
    const result = await runInProcess(['due', start, period, '-j', jurisdiction, '--json']);
    expect(result.status).toBe(0);
    expect(endOf(result.stdout)).toBe(end);
  });

  it('lists the new jurisdictions when the code is unknown', async () => {
    const result = await runInProcess(['due', '2025-01-01', '1 month', '-j', 'XX']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('DE-TH, IE, LU, ES, BE, PL, SE, NO, DK, FI');
  });

  it('takes --summer-suspension for ES (LJCA art. 128.2), still not for FR', async () => {
    const spain = await runInProcess(['due', '2025-07-04', '2 months', '-j', 'ES', '--summer-suspension', '--json']);
    expect(spain.status).toBe(0);
    expect(endOf(spain.stdout)).toBe('2025-10-06');
    const france = await runInProcess(['due', '2025-07-04', '2 months', '-j', 'FR', '--summer-suspension']);
    expect(france.status).toBe(2);
    expect(france.stderr).toContain('applies to IT and ES only');
  });

  it('takes --start-day-excluded for IE and --natural-days for ES only', async () => {
    const ireland = await runInProcess(['due', '2024-12-03', '28 days', '-j', 'IE', '--start-day-excluded', '--json']);
    expect(endOf(ireland.stdout)).toBe('2024-12-31');
    const spain = await runInProcess(['due', '2025-06-02', '10 days', '-j', 'ES', '--natural-days', '--json']);
    expect(endOf(spain.stdout)).toBe('2025-06-12');
    for (const [flag, only] of [
      ['--start-day-excluded', 'IE only'],
      ['--natural-days', 'ES only'],
    ]) {
      const refused = await runInProcess(['due', '2025-06-02', '10 days', '-j', 'FR', flag!]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(`${flag} applies to ${only}`);
    }
  });

  it('refuses --holiday-country NO (not an EU Member State) and keeps SE, with its statutory table', async () => {
    const norway = await runInProcess(['due', '2024-12-23', '1 day', '-j', 'EU', '--holiday-country', 'NO']);
    expect(norway.status).toBe(2);
    expect(norway.stderr).toContain('"NO" is not an EU Member State');
    // Sweden's table: julafton (24 Dec) and 25–26 Dec, then Fri 27 Dec 2024.
    const sweden = await runInProcess(['due', '2024-12-23', '1 day', '-j', 'EU', '--holiday-country', 'SE', '--json']);
    expect(sweden.status).toBe(0);
    expect(endOf(sweden.stdout)).toBe('2024-12-27');
  });
});
