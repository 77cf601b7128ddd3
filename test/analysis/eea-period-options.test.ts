// The case-file period options of the EEA rules: `start-day-included` (IE) and `natural-days` (ES),
// where they apply, and the later Irish reading kept as the alternative of an unsettled deadline.
import { describe, expect, it } from 'vitest';
import { computeDue } from '../../src/analysis/deadline-compute.js';
import { choiceOptions, createNonWorkingDays } from '../../src/calendars/holidays.js';
import { bundledRateTable } from '../../src/core/money/bundled-rates.js';
import type { LawDeadline } from '../../src/model/case-schema.js';
import { checkPeriodOptions } from '../../src/rules/periods.js';
import { withCase } from '../helpers/case-builder.js';

const context = {
  asOf: '2024-12-31',
  calendarFor: (j: Parameters<typeof createNonWorkingDays>[0], choice = {}) => createNonWorkingDays(j, choiceOptions(j, choice)),
  rates: bundledRateTable(),
};

// An enforcement notice served Tue 3 Dec 2024 (eea-rules.md §3.5), 28 days to appeal (DPA 2018 s.150(1)).
function caseWith(deadline: Partial<LawDeadline>, jurisdiction: 'IE' | 'ES' | 'FR' = 'IE') {
  return withCase((c) => ({
    ...c,
    jurisdiction,
    events: c.events.map((e) => ({ ...e, date: '2024-12-03', notified: '2024-12-03' })),
    deadlines: [{ id: 'appeal', label: 'Appeal', period: '28 days', from: 'decision', sources: ['decision-text'], ...deadline }],
  }));
}

describe('IE: start-day-included', () => {
  it('by default counts the service day and keeps the later reading as the alternative', () => {
    const c = caseWith({});
    const computed = computeDue(c, c.deadlines![0]!, 'statute', context);
    expect(computed.end).toBe('2024-12-30');
    expect(computed.alternative).toEqual({
      end: '2024-12-31',
      kind: 'start-day-not-counted',
    });
  });

  it('false counts from the next day, settled by the case: no alternative', () => {
    const c = caseWith({ 'start-day-included': false });
    const computed = computeDue(c, c.deadlines![0]!, 'statute', context);
    expect(computed.end).toBe('2024-12-31');
    expect(computed.alternative).toBeUndefined();
    expect(checkPeriodOptions(c)).toEqual([]);
  });

  it('is refused outside IE, unless it asks for the default', () => {
    expect(checkPeriodOptions(caseWith({ 'start-day-included': false }, 'FR'))).toEqual([
      expect.objectContaining({ code: 'period/option', message: expect.stringMatching(/start-day-included applies to IE periods only/) }),
    ]);
    expect(checkPeriodOptions(caseWith({ 'start-day-included': true }, 'FR'))).toEqual([]);
  });
});

describe('ES: natural-days', () => {
  it('counts calendar days instead of días hábiles', () => {
    const habiles = caseWith({ period: '10 days' }, 'ES');
    const naturales = caseWith({ period: '10 days', 'natural-days': true }, 'ES');
    // Tue 3 Dec 2024 + 10 días hábiles, 6 and 8 December (a Sunday) national holidays: Wed 18 Dec 2024.
    expect(computeDue(habiles, habiles.deadlines![0]!, 'statute', context).end).toBe('2024-12-18');
    expect(computeDue(naturales, naturales.deadlines![0]!, 'statute', context).end).toBe('2024-12-13');
  });

  it('is refused outside ES', () => {
    expect(checkPeriodOptions(caseWith({ 'natural-days': true }, 'IE'))).toEqual([
      expect.objectContaining({ code: 'period/option', message: expect.stringMatching(/natural-days applies to ES periods only/) }),
    ]);
  });
});
