// A fine above its legal maximum is an error: GDPR Art. 83(4)-(6) (EUR 10/20 million or 2/4 %
// of the preceding year's worldwide turnover, whichever is higher), or the UK GDPR's GBP caps.
// With no turnover on record, a fine above the fixed amount is a warning: it is lawful if the
// turnover is high enough, and unknown turnover is not proof of an unlawful fine. A turnover in
// another currency is converted at the ECB rate of the decision date (the bundled rates here).
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { capCheck } from '../analysis/fine-cap.js';
import { finesAffected } from '../analysis/appeal-graph.js';
import { bundledRateTable } from '../core/money/bundled-rates.js';
import { describeCap } from '../core/money/caps.js';
import { formatMinor, parseAmount } from '../core/money/amount.js';
import type { MoneyProblem } from '../analysis/money-problem.js';
// Diagnostics are in English, as the CLI's are; only this wording is loaded, not the catalogues.
import { moneyProblem } from '../i18n/en/money-problems.js';

export function checkCaps(c: Case): Finding[] {
  const findings: Finding[] = [];
  (c.measures ?? []).forEach((m, i) => {
    if (m.kind !== 'fine') return;
    const amount = parseAmount(m.amount, m.currency);
    if (!amount.ok) return; // reported by the money rules
    const check = capCheck(c, m, bundledRateTable());
    const fine = `${m.currency} ${formatMinor(amount.minor, m.currency)}`;
    if (!check.ok) {
      if (turnoverProblem(check.problem))
        findings.push({
          code: 'money/cap-unchecked',
          path: ['measures', i, 'amount'],
          message: `the fine of ${fine} cannot be checked: ${moneyProblem(check.problem)}`,
        });
      return;
    }
    if (check.status === 'needs-turnover') {
      const year = Number(c.events.find((e) => e.id === m.decision)?.date.slice(0, 4)) - 1;
      const threshold = `${check.cap.currency} ${formatMinor(check.lawfulIfTurnoverAboveMinor ?? 0, check.cap.currency)}`;
      findings.push({
        code: 'money/cap-needs-turnover',
        path: ['measures', i, 'amount'],
        message: `the fine of ${fine} is above the fixed maximum of ${describeCap(check.cap)}: lawful only if the ${year} worldwide turnover was at least ${threshold}; record it under respondents[].turnover when it is known`,
      });
      return;
    }
    if (check.status !== 'over') return;
    findings.push({
      code: 'money/over-cap',
      path: ['measures', i, 'amount'],
      message: `the fine of ${fine} exceeds the maximum of ${describeCap(check.cap)}`,
    });
  });
  return findings;
}

/** An appeal that "reduces" a fine must leave less than was imposed. */
export function checkReductions(c: Case): Finding[] {
  const findings: Finding[] = [];
  (c.appeals ?? []).forEach((a, i) =>
    (a.effects ?? []).forEach((e, j) => {
      if (e.effect !== 'reduced' || e.amount === undefined) return;
      const fine = finesAffected(c, e.on)[0];
      if (!fine) return;
      const reduced = parseAmount(e.amount, fine.currency);
      const imposed = parseAmount(fine.amount, fine.currency);
      if (!reduced.ok || !imposed.ok || reduced.minor < imposed.minor) return;
      findings.push({
        code: 'money/not-a-reduction',
        path: ['appeals', i, 'effects', j, 'amount'],
        message: `the amount after appeal, ${fine.currency} ${formatMinor(reduced.minor, fine.currency)}, is not below the ${fine.currency} ${formatMinor(imposed.minor, fine.currency)} imposed by "${fine.id}"`,
      });
    }),
  );
  return findings;
}

/**
 * A cap left unchecked for want of a usable turnover is a finding: the record can supply one. One
 * the law or the case's currencies rule out (no such tier, a fine in another currency) is not.
 */
function turnoverProblem(p: MoneyProblem): boolean {
  if (p.kind === 'turnover-conversion' || p.kind === 'turnover-currency') return true;
  return p.kind === 'cap' && (p.failure.reason === 'currency-mismatch' || p.failure.reason === 'invalid-turnover');
}
