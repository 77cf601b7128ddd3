// Amounts are exact: no more decimals than the currency has, no sign, and small enough to be
// held exactly as integer minor units.
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { parseAmount } from '../core/money/amount.js';
import { amountFields } from './walk.js';

export function checkAmounts(c: Case): Finding[] {
  const findings: Finding[] = [];
  for (const { value, currency, path } of amountFields(c)) {
    const parsed = parseAmount(value, currency);
    if (parsed.ok) continue;
    switch (parsed.reason) {
      case 'precision':
        findings.push({ code: 'money/precision', path, message: `${String(path.at(-1))} is "${value}": ${parsed.detail}` });
        break;
      case 'too-large':
        findings.push({ code: 'money/too-large', path, message: `${String(path.at(-1))} is "${value}": ${parsed.detail}` });
        break;
      case 'negative':
        findings.push({ code: 'money/negative', path, message: `${String(path.at(-1))} is "${value}"; amounts are never negative` });
        break;
      case 'format':
        findings.push({ code: 'money/invalid', path, message: `${String(path.at(-1))} is "${value}": ${parsed.detail}` });
        break;
      case 'currency':
        // Reported once, on the currency field itself, by the code rules.
        break;
    }
  }
  return findings;
}
