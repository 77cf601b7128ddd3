import { describe, expect, it } from 'vitest';
import { parseExtraDays } from '../../src/calendars/extra-days.js';

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
