// The computing commands, run in-process through run() with a fake Io: what a lawyer or a script
// sees. data-commands.e2e.test.ts runs the built binary for what only a process shows.
import { mkdtempSync, readFileSync, writeFileSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const json = async (args: string[]) => {
  const result = await runInProcess(args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

describe('dossier due', () => {
  it('answers the worked example of the rules brief and shows its working', async () => {
    const result = await runInProcess(['due', '2022-10-18', '2 months', '--jurisdiction', 'FR']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2022-12-19');
    expect(result.stdout).toContain('Code de procédure civile');
  });

  it.each([
    [['2022-10-20', '2 months', '-j', 'EU'], '2022-12-20'],
    [['2022-10-25', '2 months', '-j', 'FR'], '2022-12-26'],
    [['2022-10-25', '2 months', '-j', 'IT'], '2022-12-27'],
    [['2022-10-25', '2 months', '-j', 'GR'], '2022-12-27'],
    [['2022-10-25', '2 months', '-j', 'NL'], '2022-12-27'],
    [['2022-10-25', '2 months', '-j', 'GB'], '2022-12-28'],
    [['2022-10-20', '2 months', '-j', 'FR', '--franc'], '2022-12-21'],
    [['2022-10-20', '28 days', '-j', 'GB'], '2022-11-17'],
    [['2022-10-20', '6 weeks', '-j', 'NL'], '2022-12-01'],
    [['2022-10-20', '60 days', '-j', 'GR'], '2022-12-19'],
    [['2022-10-20', '30 days', '-j', 'IT'], '2022-11-21'],
    [['2022-10-25', '2 months', '-j', 'FR', '--no-extend'], '2022-12-25'],
    [['2022-12-24', '1 day', '-j', 'EU'], '2022-12-26'],
    [['2022-12-24', '1 day', '-j', 'EU', '--holiday-country', 'DE'], '2022-12-27'],
    [['2022-07-20', '30 days', '-j', 'IT', '--summer-suspension'], '2022-09-19'],
    [['2022-10-20', '30 days', '-j', 'IT', '--saturday-working'], '2022-11-19'],
    [['2022-09-19', '2 months', '-j', 'GR'], '2022-11-21'],
    [['2022-09-19', '2 months', '-j', 'GR', '--saturday-working'], '2022-11-19'],
    // General Court: 14 days from publication + 2 months + 10 days for distance: Sat 7 Jun → Mon 9 Jun 2025.
    [['2025-03-14', '14 days + 2 months + 10 days', '-j', 'EU'], '2025-06-09'],
  ])('due %j ends on %s', async (args, end) => {
    const result = await json(['due', ...args, '--json']);
    expect(result.format).toBe('dossier-due/1');
    expect(result.end).toBe(end);
  });

  it.each([
    [['due', '2023-02-30', '2 months', '-j', 'FR'], 'February 2023 has 28 days'],
    [['due', '2022-10-18', '2 fortnights', '-j', 'FR'], 'is not a period'],
    [['due', '2022-10-18', '2 months + 10 working days', '-j', 'FR'], 'working days stand alone'],
    [['due', '2022-10-18', '2 months', '-j', 'XX'], "argument 'XX' is invalid"],
    [['due', '2022-10-18', '2 months'], "required option '-j, --jurisdiction <code>' not specified"],
    [['due', '2022-10-18', '2 months', '-j', 'IT', '--franc'], 'applies to FR only'],
    [['due', '2022-10-18', '2 months', '-j', 'FR', '--holiday-country', 'DE'], 'applies to EU periods only'],
    [['due', '2022-10-18', '2 months', '-j', 'FR', '--summer-suspension'], 'applies to IT and ES only'],
    [['due', '2022-10-18', '2 months', '-j', 'EU', '--holiday-country', 'XX'], '"XX" is not an EU Member State'],
  ])('%j is a usage error: %s', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('dossier deadlines', () => {
  it('lists the CNIL injunction as unknown as of 2023-02-09 (compliance not yet on record, nothing accrued) and, once known, missed with EUR 5,200,000 liquidated = 52 × rate', async () => {
    const { deadlines, asOf } = await json(['deadlines', '--as-of', '2023-02-09', '--json']);
    expect(asOf).toBe('2023-02-09');
    const injunction = deadlines.find((d: { caseId: string; id: string }) => d.caseId === 'cnil-clearview-ai' && d.id === 'injunction');
    // The CNIL's statement that nothing was complied with is of May 2023: on 9 Feb 2023 the record
    // says nothing about compliance, and the liquidation of 13 Apr 2023 is still to come.
    expect(injunction).toMatchObject({ status: 'unknown', end: '2022-12-19' });
    expect(injunction.daysLate).toBeUndefined();
    expect(injunction.penalty).toMatchObject({
      firstDay: '2022-12-20',
      end: 'no-evidence',
      daysLate: 0,
      accruedMinor: 0,
      payableMinor: 0,
      notPayableMinor: 0,
      liquidations: [],
    });
    const ends = deadlines.map((d: { end: string }) => d.end);
    expect(ends).toEqual([...ends].sort());
    // As of 23 Nov 2026: late until 10 May 2023, the last day non-compliance is on record.
    const later = (await json(['deadlines', '--as-of', '2026-11-23', '--json'])).deadlines.find(
      (d: { caseId: string; id: string }) => d.caseId === 'cnil-clearview-ai' && d.id === 'injunction',
    );
    expect(later).toMatchObject({ status: 'missed', end: '2022-12-19', daysLate: 142, lateUntil: '2023-05-10' });
    expect(later.penalty).toMatchObject({
      lastDay: '2023-05-10',
      end: 'last-known-non-compliance',
      daysLate: 142,
      accruedMinor: 1_420_000_000,
      payableMinor: 520_000_000,
      notPayableMinor: 900_000_000,
    });
    expect(later.penalty.liquidations[0]).toMatchObject({
      days: 52,
      amountMinor: 520_000_000,
      rateTimesDaysMinor: 520_000_000,
      comparedWithRate: 'equal',
      payable: true,
    });
  });

  it('--overdue keeps only missed deadlines; --within N the open ones ending within N days', async () => {
    // On 9 Feb 2023 nothing is missed on record: the formal notice was superseded by the sanction
    // and the injunction's compliance is not yet known.
    expect((await json(['deadlines', '--as-of', '2023-02-09', '--overdue', '--json'])).deadlines).toEqual([]);
    const overdue = (await json(['deadlines', '--as-of', '2026-11-23', '--overdue', '--json'])).deadlines;
    expect(overdue.map((d: { caseId: string; id: string; status: string }) => [d.caseId, d.id, d.status])).toEqual([
      ['cnil-clearview-ai', 'injunction', 'missed'],
    ]);
    const within = (await json(['deadlines', '--as-of', '2023-02-09', '--within', '30', '--json'])).deadlines;
    expect(within.map((d: { id: string; daysLeft: number }) => [d.id, d.daysLeft])).toEqual([['appeal-conseil-etat', 11]]);
    expect((await json(['deadlines', '--as-of', '2023-02-09', '--within', '5', '--json'])).deadlines).toEqual([]);
  });

  it('prints a table with the status of each deadline', async () => {
    const result = await runInProcess(['deadlines', '--as-of', '2023-02-09']);
    expect(result.status).toBe(0);
    // Dates and counts are kept unbroken with U+00A0; compare them as words.
    const out = result.stdout.replaceAll('\u00a0', ' ');
    expect(out).toContain('19 Dec 2022');
    expect(out).toContain('past the deadline, compliance not on record');
    expect(out).toContain('replaced by sanction (17 Oct 2022)');
    expect(out).toContain('open, 11 days left');
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });
});

describe('dossier fines', () => {
  it('shows the three EUR 20,000,000 fines at the Art. 83(5) maximum, the AP fine above it needing a turnover, and the ICO fine in EUR at the 18 May 2022 rate', async () => {
    const document = await json(['fines', '--json', '--as-of', '2026-11-23']);
    expect(document.format).toBe('dossier-fines/1');
    const statuses = document.fines.map((f: { caseId: string; cap: { status: string } }) => [f.caseId, f.cap.status]);
    expect(statuses).toEqual([
      ['ap-clearview-ai', 'needs-turnover'],
      ['cnil-clearview-ai', 'at-maximum'],
      ['garante-clearview-ai', 'at-maximum'],
      ['hdpa-clearview-ai', 'at-maximum'],
      ['ico-clearview-ai', 'within'],
    ]);
    const ico = document.fines.find((f: { caseId: string }) => f.caseId === 'ico-clearview-ai');
    expect(ico.eur.conversion).toMatchObject({ eurMinor: 892_027_873, rate: '0.8467', rateDate: '2022-05-18' });
    expect(document.totals.penaltiesPayable.minor).toBe(520_000_000);
    expect(document.totals.penaltiesNotPayable.minor).toBe(900_000_000);
    expect(document.totals.collected.minor).toBe(0);
    expect(document.groups.map((g: { key: string }) => g.key)).toEqual(['AP (NL)', 'CNIL (FR)', 'Garante (IT)', 'HDPA (GR)', 'ICO (GB)']);
  });

  it('--by year groups the totals', async () => {
    expect((await json(['fines', '--json', '--by', 'year'])).groups).toMatchObject([
      { key: '2022', count: 4, imposedEurMinor: 6_892_027_873 },
      { key: '2024', count: 1, imposedEurMinor: 3_050_000_000 },
    ]);
  });

  it('--rates reads the ECB CSV format; a missing rate is an error, never a silent 1:1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-rates-'));
    writeFileSync(join(dir, 'rates.csv'), 'Date,USD,GBP,\n2022-05-18,1.0486,0.8500,\n');
    const converted = await json(['fines', '--json', '--rates', join(dir, 'rates.csv')]);
    const icoOf = (document: { fines: { caseId: string; eur: { ok: boolean; conversion?: object } }[] }) =>
      document.fines.find((f) => f.caseId === 'ico-clearview-ai')!;
    expect(icoOf(converted).eur.conversion).toMatchObject({ rate: '0.8500', rateDate: '2022-05-18' });
    writeFileSync(join(dir, 'usd-only.csv'), 'Date,USD,\n2022-05-18,1.0486,\n');
    const missing = await json(['fines', '--json', '--rates', join(dir, 'usd-only.csv')]);
    expect(icoOf(missing).eur.ok).toBe(false);
    expect(missing.totals.imposed.unconverted).toHaveLength(1);
    // dossier-fines/1 keeps its English sentences, not the problem's data.
    expect(missing.totals.imposed.unconverted).toEqual(['ico-clearview-ai/penalty: the rate table has no "GBP" column']);
    expect(missing.groups.flatMap((g: { unconverted: unknown[] }) => g.unconverted)).toEqual([
      'ico-clearview-ai/penalty: the rate table has no "GBP" column',
    ]);
    expect(icoOf(missing).eur).toEqual({ ok: false, reason: 'the rate table has no "GBP" column' });
    writeFileSync(join(dir, 'bad.csv'), 'Date,GBP\n2022-05-18,zero\n');
    const bad = await runInProcess(['fines', '--rates', join(dir, 'bad.csv')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.csv:2:');
  });
});

describe('why an amount has no EUR figure is said in the output’s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-rates-'));
  // A table that ends before the ICO's fine of 18 May 2022 was decided.
  writeFileSync(join(dir, 'old.csv'), 'Date,GBP,\n2020-01-02,0.8500,\n');
  const args = ['--as-of', '2023-02-09', '--rates', join(dir, 'old.csv')];

  it('in French, with French dates, in the terminal, Markdown and HTML', async () => {
    const why = 'pas de taux GBP au 18 mai 2022 ni avant dans cette table, qui s’arrête au 2 janv. 2020';
    const markdown = await runInProcess(['export', '--format', 'md', '--locale', 'fr', ...args]);
    expect(markdown.stdout).toContain(`| Amendes prononcées | 60\u202f000\u202f000,00\u00a0€ | ico-clearview-ai/penalty\u00a0: ${why} |`);
    expect(markdown.stdout).not.toContain('no rate');
    const html = await runInProcess(['export', '--format', 'html', '--locale', 'fr', ...args]);
    expect(html.stdout).toContain(`En euros\u00a0: non converti, ${why}`);
    const terminal = await runInProcess(['fines', '--locale', 'fr', ...args]);
    // The table's cell, its wrapped lines joined: the continuation lines' first column is empty.
    expect(terminal.stdout.replace(/[│ \n]+/g, ' ')).toContain(`exclus (pas de taux)\u00a0: ico-clearview-ai/penalty\u00a0: ${why}`);
    expect(terminal.stdout).not.toContain('no rate');
  });

  it('in English, as the JSON export keeps it', async () => {
    const why = 'no rate for GBP on or before 2022-05-18 in this table, which ends on 2020-01-02';
    const document = await json(['export', '--format', 'json', ...args]);
    expect(document.totals.imposed.unconverted).toEqual([`ico-clearview-ai/penalty: ${why}`]);
    const markdown = await runInProcess(['export', '--format', 'md', ...args]);
    expect(markdown.stdout).toContain(`ico-clearview-ai/penalty: ${why}`);
  });
});

describe('commands that compute refuse invalid case files', () => {
  it('exit 1 with the errors on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cases-'));
    cpSync(join(ROOT, 'cases'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'hdpa-clearview-ai.yaml'),
      readFileSync(join(dir, 'hdpa-clearview-ai.yaml'), 'utf8').replace('date: 2022-07-13', 'date: 2022-02-30'),
    );
    for (const command of [['report'], ['deadlines'], ['fines'], ['timeline'], ['export', '--format', 'json']]) {
      const result = await runInProcess([...command, '--cases', dir]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('hdpa-clearview-ai.yaml:');
      expect(result.stderr).toContain('[date/invalid]');
    }
  });

  it('exit 2 when the cases directory does not exist', async () => {
    const result = await runInProcess(['report', '--cases', 'no-such-dir']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no-such-dir');
  });
});

describe('dossier report and timeline', () => {
  it('report names every authority, the amounts and the as-of date; no ANSI when piped', async () => {
    const result = await runInProcess(['report', '--as-of', '2023-02-09']);
    expect(result.status).toBe(0);
    for (const text of ['AP', 'CNIL', 'DSB', 'Garante', 'HDPA', 'HmbBfDI', 'ICO', '2023']) expect(result.stdout).toContain(text);
    expect(result.stdout).toBe(stripVTControlCharacters(result.stdout));
  });

  it('report <id> shows the case in detail; an unknown id is a usage error', async () => {
    expect((await runInProcess(['report', 'cnil-clearview-ai', '--as-of', '2023-02-09'])).stdout).toContain('SAN-2022-019');
    const unknown = await runInProcess(['report', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no case with id "nope"');
  });

  it('report fits terminal widths from 60 to 200 columns', async () => {
    for (const width of [60, 80, 120, 200]) {
      const result = await runInProcess(['report', '--as-of', '2023-02-09'], { env: { COLUMNS: String(width) } });
      expect(result.status).toBe(0);
      const widest = Math.max(...result.stdout.split('\n').map((l) => [...l].length));
      expect(widest).toBeLessThanOrEqual(width);
    }
  });

  it('timeline --json lists every event in date order, within --from and --to', async () => {
    const all = (await json(['timeline', '--json'])).events;
    expect(all.length).toBe(46); // AP 5, CNIL 11, DSB 5, Garante 6, HDPA 4, HmbBfDI 3, ICO 12
    const firsts = all.map((e: { date: string }) => e.date.padEnd(10, '-01'));
    expect(firsts).toEqual([...firsts].sort());
    const year2022 = (await json(['timeline', '--json', '--from', '2022-01-01', '--to', '2022-12-31'])).events;
    expect(year2022.every((e: { date: string }) => e.date.startsWith('2022'))).toBe(true);
  });
});

describe('dossier export', () => {
  it('gives byte-identical output for the same input, and prints the date it used', async () => {
    const a = await runInProcess(['export', '--format', 'json', '--as-of', '2023-02-09']);
    const b = await runInProcess(['export', '--format', 'json', '--as-of', '2023-02-09']);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toMatchObject({ format: 'dossier-export/2', asOf: '2023-02-09' });
  });

  it.each(['md', 'csv', 'ics'])('%s is deterministic', async (format) => {
    const a = await runInProcess(['export', '--format', format, '--as-of', '2023-02-09']);
    expect(a.status).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(100);
    expect((await runInProcess(['export', '--format', format, '--as-of', '2023-02-09'])).stdout).toBe(a.stdout);
  });

  it('--output writes a file, never overwrites it without --force, and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-out-'));
    const first = await runInProcess(['export', '--format', 'csv', '--output', join(dir, 'out.csv'), '--as-of', '2023-02-09']);
    expect(first.status).toBe(0);
    const content = readFileSync(join(dir, 'out.csv'), 'utf8');
    const again = await runInProcess(['export', '--format', 'md', '--output', join(dir, 'out.csv')]);
    expect(again.status).toBe(2);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(content);
    expect((await runInProcess(['export', '--format', 'md', '--output', join(dir, 'out.csv'), '--force'])).status).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).not.toBe(content);
    // The Markdown export writes its timeline picture beside the file (the refused run wrote none).
    expect(readdirSync(dir).sort()).toEqual(['out.csv', 'out.csv.timeline.svg']);
  });

  it('a missing --format is a usage error', async () => {
    expect((await runInProcess(['export'])).status).toBe(2);
  });
});

describe('--holidays FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-holidays-'));
  // 19 May 2023 is in the bundled decree data since the statutory calendars; 13 Oct 2023 is not.
  writeFileSync(join(dir, 'decrees.csv'), 'jurisdiction,date,name\nNL,2023-10-13,Hypothetical decree: a Friday in October\n');

  it('knows the Dutch royal decree of 27 May 2022 without a file', async () => {
    const result = await json(['due', '2022-04-15', '6 weeks', '-j', 'NL', '--json']);
    expect(result.end).toBe('2022-05-30');
    expect(result.skipped[0].reason).toContain('royal decree');
  });

  it('knows the royal decree that equates Friday 19 May 2023 with a public holiday without a file', async () => {
    const result = await json(['due', '2023-04-07', '6 weeks', '-j', 'NL', '--json']);
    expect(result.end).toBe('2023-05-22');
    expect(result.skipped[0]).toMatchObject({ date: '2023-05-19' });
    expect(result.skipped[0].reason).toContain('royal decree');
  });

  it('adds days declared non-working by decree from a file', async () => {
    expect((await json(['due', '2023-09-01', '6 weeks', '-j', 'NL', '--json'])).end).toBe('2023-10-13');
    const moved = await json(['due', '2023-09-01', '6 weeks', '-j', 'NL', '--json', '--holidays', join(dir, 'decrees.csv')]);
    expect(moved.end).toBe('2023-10-16');
    expect(moved.skipped[0]).toEqual({ date: '2023-10-13', reason: 'declared non-working: Hypothetical decree: a Friday in October' });
  });

  it('an EU period says that no Member State holidays were applied', async () => {
    const result = await json(['due', '2022-10-25', '2 months', '-j', 'EU', '--json']);
    expect(result.end).toBe('2022-12-26');
    expect(result.assumptions.join(' ')).toContain('no Member State given');
  });

  it('a bad file is a usage error naming its line and column', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'jurisdiction,date,name\nNL,27/05/2022,x\n');
    const result = await runInProcess(['deadlines', '--holidays', join(dir, 'bad.csv')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bad.csv:2:4: "27/05/2022" is not a calendar date');
  });
});
