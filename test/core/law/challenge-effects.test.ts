// Does a pending challenge suspend a fine or an order by itself, and does a fine need a court's
// confirmation before it takes effect? One row per jurisdiction whose rule the cases rely on.
import { describe, expect, it } from 'vitest';
import { challengeEffect } from '../../../src/core/law/challenge-effects.js';

describe('challengeEffect', () => {
  it.each([
    ['IE', true, false, true],
    ['LU', false, false, false],
    ['GB', true, true, false],
    ['FR', false, false, false],
    ['DE-HH', true, true, false],
    ['EU', false, false, false],
  ] as const)('%s: payment suspended %s, compliance suspended %s, confirmation needed %s', (code, payment, compliance, confirmation) => {
    const rule = challengeEffect(code);
    expect(rule).toMatchObject({ suspendsPayment: payment, suspendsCompliance: compliance });
    expect(rule?.fineNeedsConfirmation !== undefined).toBe(confirmation);
  });

  it('cites the Irish rule and keeps it marked as recalled', () => {
    expect(challengeEffect('IE')).toMatchObject({ confidence: 'M', fineNeedsConfirmation: expect.stringContaining('s. 143') });
  });

  it('knows no rule for a code it does not cover', () => {
    expect(challengeEffect('XX')).toBeUndefined();
  });
});
