// Dates for people: date-fns's names and abbreviations, with French's ordinal for the first of the
// month only ("1er mars", never "2e mars"), in every pattern the renderers use.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateWithWeekday } from '../../src/i18n/format.js';
import { markdownLabels } from '../../src/i18n/catalogue.js';

describe('dates for people', () => {
  it.each([
    ['2023-03-01', '1 Mar 2023', '1er mars 2023'],
    ['2023-03-02', '2 Mar 2023', '2 mars 2023'],
    ['2023-03-11', '11 Mar 2023', '11 mars 2023'],
    ['2023-03-21', '21 Mar 2023', '21 mars 2023'],
    ['2023-03-31', '31 Mar 2023', '31 mars 2023'],
    ['2023-03', 'Mar 2023', 'mars 2023'],
    ['2023', '2023', '2023'],
    ['2023-02-30', '2023-02-30', '2023-02-30'],
  ])('%s: %s, %s', (iso, english, french) => {
    expect(formatDate(iso, 'en')).toBe(english);
    expect(formatDate(iso, 'fr')).toBe(french);
  });

  it('keeps the ordinal after the weekday, and in the long dates of the exports', () => {
    expect(formatDateWithWeekday('2023-03-01', 'fr')).toBe('mercredi 1er mars 2023');
    expect(formatDateWithWeekday('2023-03-01', 'en')).toBe('Wednesday 1 Mar 2023');
    expect(markdownLabels('fr').date('2023-03-01')).toBe('1er mars 2023');
    expect(markdownLabels('fr').date('2023-03-10')).toBe('10 mars 2023');
  });
});
