import { describe, expect, it } from 'vitest';
import { parseExtraDays } from '../../src/calendars/extra-days.js';
import { addDays } from '../../src/core/time/calendar-date.js';

describe('parseExtraDays', () => {
  it('reads days per jurisdiction, skipping blank lines and comments; names may hold commas', () => {
    const parsed = parseExtraDays(
      '\uFEFFjurisdiction,date,name\r\n# decrees\n\nNL,2022-05-27,Royal decree, day after Ascension\nFR,2023-05-29,Lundi de Pentecôte\n',
    );
    expect(parsed).toEqual({
      ok: true,
      days: new Map([
        ['NL', [{ date: '2022-05-27', name: 'Royal decree, day after Ascension' }]],
        ['FR', [{ date: '2023-05-29', name: 'Lundi de Pentecôte' }]],
      ]),
    });
  });

  it.each([
    ['', 1, 1, 'the file is empty'],
    ['date,name\n', 1, 1, 'expected the header'],
    ['jurisdiction,date,name\nUK,2022-05-27,x\n', 2, 1, '"UK" is not a supported jurisdiction'],
    ['jurisdiction,date,name\nDE,2022-05-27,x\n', 2, 1, 'Germany needs a Land'],
    ['jurisdiction,date,name\nNL,2022-02-30,x\n', 2, 4, 'not a calendar date'],
    ['jurisdiction,date,name\nNL,2022-05-27,\n', 2, 15, 'needs a name'],
  ])('%j is refused at %i:%i', (text, line, column, message) => {
    const parsed = parseExtraDays(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ line, column });
    expect(parsed.problems[0].message).toContain(message);
  });
});

describe('parseExtraDays: line ends, quotes, duplicates, size', () => {
  const header = 'jurisdiction,date,name';

  it.each([
    ['\n', 'LF'],
    ['\r\n', 'CRLF'],
    ['\r', 'a lone CR'],
  ])('splits lines on %j (%s): no line swallows the next', (end) => {
    const parsed = parseExtraDays([header, 'NL,2029-05-11,First', 'NL,2029-12-24,Second', ''].join(end));
    expect(parsed).toEqual({
      ok: true,
      days: new Map([
        [
          'NL',
          [
            { date: '2029-05-11', name: 'First' },
            { date: '2029-12-24', name: 'Second' },
          ],
        ],
      ]),
    });
  });

  it('takes the quotes off quoted fields, with doubled quotes inside', () => {
    const parsed = parseExtraDays(`${header}\n"NL","2029-05-11","Decree, ""day after"" Ascension"\n`);
    expect(parsed).toEqual({ ok: true, days: new Map([['NL', [{ date: '2029-05-11', name: 'Decree, "day after" Ascension' }]]]) });
  });

  it.each([
    [`${header}\nNL,2029-05-11,"unclosed\n`, 2, 15, 'must end with a quote'],
    [`${header}\nNL,"2029-05-11"x,name\n`, 2, 16, 'expected a comma'],
    [`${header}\nNL,2029-05-11,First\n\nNL,2029-05-11,Again\n`, 4, 4, 'declared twice, on lines 2 and 4'],
  ])('%j is refused at %i:%i', (text, line, column, message) => {
    const parsed = parseExtraDays(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ line, column });
    expect(parsed.problems[0].message).toContain(message);
  });

  it("reads a spreadsheet's CSV: BOM, CRLF, every field quoted, a quote and a comma inside, indented comments", () => {
    const text = `\uFEFF"jurisdiction","date","name"\r\n  # from Excel\r\n"FR","2029-05-11","Pont de l'Ascension, ""férié"""\r\n"NL","2029-12-24","Kerstavond"\r\n`;
    expect(parseExtraDays(text)).toEqual({
      ok: true,
      days: new Map([
        ['FR', [{ date: '2029-05-11', name: 'Pont de l\'Ascension, "férié"' }]],
        ['NL', [{ date: '2029-12-24', name: 'Kerstavond' }]],
      ]),
    });
  });

  it.each([
    // A field over two lines is refused where it starts.
    [`${header}\nNL,2029-05-11,"two\nlines"\nNL,2029-05-12,x\n`, 2, 15, 'must end with a quote on the same line'],
    // A quoting error after good lines and a comment: its own line, its own column.
    [`${header}\nNL,2029-05-11,ok\n# note\n\nNL,"2029-05-12"x,name\n`, 5, 16, 'expected a comma'],
    [`${header}\r\nNL,2029-05-11,ok\r\nFR,2029-05-11,"open\r\n`, 3, 15, 'must end with a quote'],
  ])('%j is refused at %i:%i', (text, line, column, message) => {
    const parsed = parseExtraDays(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ line, column });
    expect(parsed.problems[0].message).toContain(message);
  });

  it('the same date in two jurisdictions is not a duplicate', () => {
    expect(parseExtraDays(`${header}\nNL,2029-05-11,x\nFR,2029-05-11,y\n`).ok).toBe(true);
  });

  it('reads 80,000 lines in time proportional to their number (linear, not quadratic)', () => {
    const file = (count: number) => {
      const lines = [header];
      for (let i = 0; i < count; i += 1)
        lines.push(`${['NL', 'FR', 'IT', 'GB'][i % 4]},${addDays('1990-01-01', Math.floor(i / 4) * 3)},Day ${i}`);
      return lines.join('\n');
    };
    const timed = (text: string) => {
      const started = performance.now();
      const parsed = parseExtraDays(text);
      return { ms: performance.now() - started, parsed };
    };
    const small = file(10_000);
    const large = file(80_000);
    timed(small); // warm up
    const smallRun = timed(small);
    const largeRun = timed(large);
    expect(largeRun.parsed.ok && largeRun.parsed.days.get('NL')?.length).toBe(20_000);
    // Eight times the lines: about eight times the time when linear, sixty-four when quadratic.
    expect(largeRun.ms).toBeLessThan(Math.max(24 * smallRun.ms, 250));
    // Well under a second on an idle machine; the bound leaves room for a loaded CI runner.
    expect(largeRun.ms).toBeLessThan(3000);
  });

  it('refuses a run of more than 366 consecutive declared days, naming where it starts and ends', () => {
    const lines = [header];
    for (let i = 0; i < 367; i += 1) lines.push(`NL,${addDays('2029-01-01', i)},Closed`);
    const parsed = parseExtraDays(lines.join('\n'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ line: 2, column: 1 });
    expect(parsed.problems[0].message).toBe(
      'NL declares 367 consecutive days, 2029-01-01 to 2030-01-02 (line 368); more than 366 cannot be a decree',
    );
    expect(parseExtraDays(lines.slice(0, 367).join('\n')).ok).toBe(true);
  });
});
