// "As of" means as known that day, in every output: no command and no export shows a fact dated
// after --as-of (only the JSON export's `facts` copy of the file does, and says so). Dates the
// tool computes (a deadline still to come, the days it skipped) are not facts and may be later.
import { describe, expect, it } from 'vitest';
import { dateFields } from '../../src/rules/walk.js';
import { analyseCases, bundledCases } from '../helpers/dossier.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { addDays } from '../../src/core/time/calendar-date.js';

const AS_OF = ['2021-06-01', '2024-06-01', '2025-06-01'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const MONTHS_FR_LONG = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** Every way an output writes a day: ISO, iCalendar, English and French. */
function spellings(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = d === 1 ? '1er' : String(d);
  return [
    iso,
    iso.replace(/-/g, ''),
    `${d} ${MONTHS_EN[m - 1] ?? ''} ${y}`,
    `${d} ${MONTHS_FR[m - 1] ?? ''} ${y}`,
    `${day} ${MONTHS_FR_LONG[m - 1] ?? ''} ${y}`,
  ];
}

function laterFacts(asOf: string): string[] {
  const days = new Set<string>();
  for (const c of bundledCases())
    for (const { value } of dateFields(c)) if (/^\d{4}-\d{2}-\d{2}$/.test(value) && value > asOf) days.add(value);
  // Computed dates are not facts: deadlines ahead, their raw ends and skipped days, penalties' counted days.
  const view = analyseCases(bundledCases(), asOf);
  for (const d of view.cases.flatMap((c) => c.deadlines)) {
    const computed = [d.end, d.alternative?.end, d.fixedDate, d.computation?.rawEnd, ...(d.computation?.skipped.map((s) => s.date) ?? [])];
    for (const day of computed) if (day !== undefined) for (const near of [day, addDays(day, 1)]) days.delete(near);
  }
  return [...days].sort();
}

const commands = (ids: readonly string[]): string[][] => [
  ['report'],
  ['report', '--locale', 'fr'],
  ...ids.map((id) => ['report', id]),
  ['timeline'],
  ['deadlines'],
  ['deadlines', '--json'],
  ['fines'],
  ['fines', '--json'],
  ['export', '--format', 'md'],
  ['export', '--format', 'md', '--locale', 'fr'],
  ['export', '--format', 'csv'],
  ['export', '--format', 'ics'],
  ['export', '--format', 'json'],
  ['timeline', '--json'],
];

describe('as of a day, no output shows a later fact', () => {
  const ids = bundledCases().map((c) => c.id);
  it.each(AS_OF)('as of %s', async (asOf) => {
    const later = laterFacts(asOf);
    expect(later.length).toBeGreaterThan(0);
    for (const args of commands(ids)) {
      const { status, stdout, stderr } = await runInProcess([...args, '--as-of', asOf, '--no-color'], { env: { COLUMNS: '200' } });
      expect(stderr).toBe('');
      expect(status).toBe(0);
      // The JSON export's copy of the file is the record as written: leave it out of the sweep.
      const text =
        args.includes('json') && args[0] === 'export'
          ? JSON.stringify({ ...JSON.parse(stdout), cases: JSON.parse(stdout).cases.map((c: object) => ({ ...c, facts: null })) })
          : stdout;
      const found = later.filter((day) => spellings(day).some((spelling) => text.includes(spelling)));
      expect({ command: args.join(' '), found }).toEqual({ command: args.join(' '), found: [] });
    }
  });
});
