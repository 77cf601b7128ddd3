// A fine above its legal maximum is an error: GDPR Art. 83(4)-(6) (EUR 10/20 million or 2/4 %
// of the preceding year's worldwide turnover, whichever is higher), or the UK GDPR's GBP caps.
// Checked when the fine is in the cap's currency; a fine in another currency needs a rate,
// which validation does not assume.
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { capCheck } from '../analysis/fines.js';
import { describeCap } from '../core/money/caps.js';
import { formatMinor, parseAmount } from '../core/money/amount.js';
import { measuresChallenged } from '../analysis/appeals.js';

export function checkCaps(c: Case): Finding[] {
  const findings: Finding[] = [];
  (c.measures ?? []).forEach((m, i) => {
    if (m.kind !== 'fine') return;
    const amount = parseAmount(m.amount, m.currency);
    if (!amount.ok) return; // reported by the money rules
    const check = capCheck(c, m);
    if (!check.ok || check.status !== 'over') return;
    const year = Number(c.events.find((e) => e.id === m.decision)?.date.slice(0, 4)) - 1;
    const turnoverNote = check.cap.basis === 'fixed' ? `; no ${year} turnover is recorded that would raise it` : '';
    findings.push({
      code: 'money/over-cap',
      path: ['measures', i, 'amount'],
      message: `the fine of ${m.currency} ${formatMinor(amount.minor, m.currency)} exceeds the maximum of ${describeCap(check.cap)}${turnoverNote}`,
    });
  });
  return findings;
}

/** An appeal that "reduces" a fine must leave less than was imposed. */
export function checkReductions(c: Case): Finding[] {
  const findings: Finding[] = [];
  (c.appeals ?? []).forEach((a, i) => {
    if (a.effect?.kind !== 'reduced' || a.effect.amount === undefined) return;
    const challenged = new Set(measuresChallenged(c, a));
    const fine = (c.measures ?? []).find((m) => challenged.has(m.id) && m.kind === 'fine');
    if (fine?.kind !== 'fine') return;
    const reduced = parseAmount(a.effect.amount, fine.currency);
    const imposed = parseAmount(fine.amount, fine.currency);
    if (!reduced.ok || !imposed.ok || reduced.minor < imposed.minor) return;
    findings.push({
      code: 'money/not-a-reduction',
      path: ['appeals', i, 'effect', 'amount'],
      message: `the amount after appeal, ${fine.currency} ${formatMinor(reduced.minor, fine.currency)}, is not below the ${fine.currency} ${formatMinor(imposed.minor, fine.currency)} imposed by "${fine.id}"`,
    });
  });
  return findings;
}
