import { describe, expect, it } from 'vitest';
import { canBeOnOrBefore, parseDateText } from '../../src/core/dates/date-text.js';

describe('parseDateText', () => {
  it.each([
    ['2024-02-29', 'day', '2024-02-29', '2024-02-29'],
    ['2000-02-29', 'day', '2000-02-29', '2000-02-29'],
    ['2022-10', 'month', '2022-10-01', '2022-10-31'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2021', 'year', '2021-01-01', '2021-12-31'],
  ])('%s is a %s from %s to %s', (text, precision, first, last) => {
    expect(parseDateText(text)).toEqual({ range: { text, precision, first, last } });
  });

  it.each([
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2100-02-29', 'February 2100 has 28 days'],
    ['2024-04-31', 'April 2024 has 30 days'],
    ['2023-13-01', 'month 13 does not exist; months run from 01 to 12'],
    ['2023-00', 'month 00 does not exist; months run from 01 to 12'],
    ['2024-1-5', 'expected YYYY-MM-DD, YYYY-MM or YYYY'],
    ['01/02/2024', 'expected YYYY-MM-DD, YYYY-MM or YYYY'],
    ['+275760-09-13', 'expected YYYY-MM-DD, YYYY-MM or YYYY'],
    ['0000-01-01', 'year 0000 does not exist'],
  ])('%s is refused: %s', (text, error) => {
    expect(parseDateText(text)).toEqual({ error });
  });
});

describe('canBeOnOrBefore', () => {
  const range = (text: string) => {
    const parsed = parseDateText(text);
    if (!('range' in parsed)) throw new Error(text);
    return parsed.range;
  };
  it.each([
    ['2021-11', '2021-11-01', true],
    ['2021-11-30', '2021-11', true],
    ['2021-12', '2021-11-30', false],
    ['2022-10-17', '2022-10-17', true],
    ['2022-10-18', '2022-10-17', false],
    ['2022', '2022-01-01', true],
  ])('%s can be on or before %s: %s', (a, b, expected) => {
    expect(canBeOnOrBefore(range(a), range(b))).toBe(expected);
  });
});

describe('parseDateText, asked again', () => {
  it('gives the same answer, frozen, for each text however often and in whatever order it is asked', () => {
    const texts = ['2023-02-09', '2023-02-30', '2023', 'x', '2023-02-09', '0000', '2023-02'];
    const first = texts.map((text) => JSON.stringify(parseDateText(text)));
    const again = [...texts].reverse().map((text) => JSON.stringify(parseDateText(text)));
    expect(again.reverse()).toEqual(first);
    const parsed = parseDateText('2023-02-09');
    expect(Object.isFrozen(parsed) && 'range' in parsed && Object.isFrozen(parsed.range)).toBe(true);
  });

  it('answers rightly past the number of texts it remembers', () => {
    for (let i = 0; i < 5000; i += 1) parseDateText(`${String(1000 + (i % 9000)).padStart(4, '0')}-01`);
    expect(parseDateText('2024-02')).toEqual({ range: { text: '2024-02', precision: 'month', first: '2024-02-01', last: '2024-02-29' } });
    expect(parseDateText(`2024-02-${'1'.repeat(20)}`)).toEqual({ error: 'expected YYYY-MM-DD, YYYY-MM or YYYY' });
  });
});
