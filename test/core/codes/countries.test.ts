import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode, suggestCountryCode } from '../../../src/core/codes/countries.js';

describe('isCountryCode', () => {
  it.each(['GB', 'GR', 'FR', 'IT', 'NL', 'DE', 'IE', 'US', 'AX', 'SS', 'BQ', 'CW', 'SX', 'AQ', 'UM'])('accepts %s', (code) =>
    expect(isCountryCode(code)).toBe(true),
  );

  it.each([
    ['UK, reserved but not assigned', 'UK'],
    ['EL, the EU abbreviation for Greece', 'EL'],
    ['EU, not a country', 'EU'],
    ['XK, user-assigned for Kosovo', 'XK'],
    ['AN, the former Netherlands Antilles', 'AN'],
    ['lower case', 'gb'],
    ['three letters', 'GBR'],
    ['an inherited property name', 'constructor'],
    ['the empty string', ''],
  ])('refuses %s', (_label, code) => expect(isCountryCode(code)).toBe(false));
});

describe('the country table', () => {
  it('has the 249 assigned codes, each once', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('matches the region names Node knows, so no code is a typo', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });
});

describe('suggestCountryCode', () => {
  it.each([
    ['UK', 'GB'],
    ['EL', 'GR'],
    ['uk', 'GB'],
    ['el', 'GR'],
    ['fr', 'FR'],
    [' nl ', 'NL'],
  ])('suggests %j → %s', (code, suggestion) => expect(suggestCountryCode(code)).toBe(suggestion));

  it.each(['GB', 'GR', 'XX', 'EU', 'GBR', '', '__proto__'])('has nothing to suggest for %j', (code) => {
    expect(suggestCountryCode(code)).toBeUndefined();
  });
});
