import { describe, it, expect } from 'vitest';
import {
  assertOptionsApply,
  conventionFor,
  isJurisdiction,
  JURISDICTIONS,
  listConventions,
  listOptions,
  nonWorkingWeekdays,
} from '../../../src/core/time/conventions.js';

describe('conventions table', () => {
  it('lists the jurisdictions in order, each with a citation: the six, Austria and the sixteen Länder', () => {
    const codes = listConventions().map((c) => c.jurisdiction);
    expect(codes.slice(0, 7)).toEqual(['EU', 'FR', 'IT', 'GR', 'GB', 'NL', 'AT']);
    expect(codes.filter((code) => code.startsWith('DE-'))).toHaveLength(16);
    expect(codes).not.toContain('DE');
    for (const convention of listConventions()) {
      expect(convention.rule.length).toBeGreaterThan(10);
      expect(convention.nonWorkingWeekdays).toEqual(expect.arrayContaining([0]));
    }
  });

  it.each([
    ['EU', 'Regulation (EEC, Euratom) No 1182/71 art. 3'],
    ['FR', 'Code de procédure civile art. 640–642'],
    ['IT', 'Codice di procedura civile art. 155'],
    ['NL', 'Algemene termijnenwet art. 1 and 3'],
    ['AT', 'AVG §§ 32–33'],
    ['DE-HH', 'VwVfG § 31 with BGB §§ 187–193 (courts: VwGO § 57 with ZPO § 222)'],
  ] as const)('%s cites %s', (jurisdiction, rule) => {
    expect(conventionFor(jurisdiction).rule).toBe(rule);
  });

  it('extends statutory periods everywhere, decision periods everywhere but NL', () => {
    for (const convention of listConventions()) expect(convention.extend).toBe(true);
    expect(conventionFor('NL').decisionPeriod.extend).toBe(false);
    expect(conventionFor('FR').decisionPeriod).toMatchObject({ extend: true, assumption: 'fr-decision-period' });
  });

  it('closes GB tribunal periods at 17:00 and the others at midnight', () => {
    expect(conventionFor('GB').closingTime).toBe('17:00');
    expect(conventionFor('FR').closingTime).toBe('24:00');
  });

  it('recognises jurisdiction codes', () => {
    expect(JURISDICTIONS.every(isJurisdiction)).toBe(true);
    expect(isJurisdiction('UK')).toBe(false);
    expect(isJurisdiction('fr')).toBe(false);
  });
});

describe('options', () => {
  it('documents each option with its default and where it applies', () => {
    expect(listOptions().map((o) => [o.name, o.defaultValue])).toEqual([
      ['periodSource', 'statute'],
      ['francDelay', false],
      ['summerSuspension', false],
      ['greekSaturday', true],
      ['italianSaturday', true],
      ['startDayIncluded', true],
      ['naturalDays', false],
    ]);
    expect(listOptions('FR').map((o) => o.name)).toEqual(['periodSource', 'francDelay']);
    expect(listOptions('GB').map((o) => o.name)).toEqual(['periodSource']);
  });

  it('refuses an option given for a jurisdiction it does not belong to', () => {
    expect(() => assertOptionsApply('IT', { francDelay: true })).toThrow(/francDelay applies to FR only/);
    expect(() => assertOptionsApply('FR', { summerSuspension: false })).toThrow(/summerSuspension/);
    expect(() => assertOptionsApply('FR', { greekSaturday: true })).toThrow(/greekSaturday/);
    expect(() => assertOptionsApply('GR', { greekSaturday: false, periodSource: 'decision' })).not.toThrow();
  });

  it.each([
    ['GR', {}, [6, 0]],
    ['GR', { greekSaturday: false }, [0]],
    ['IT', { italianSaturday: false }, [0]],
    ['IT', {}, [6, 0]],
    ['FR', {}, [6, 0]],
  ] as const)('%s %j has non-working weekdays %j', (jurisdiction, options, weekdays) => {
    expect(nonWorkingWeekdays(jurisdiction, options)).toEqual(weekdays);
  });
});
