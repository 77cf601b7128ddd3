// A fine against the Art. 83 (or UK GDPR) maximum that applies to it. The turnover is the
// undertaking's for the financial year before the decision (Art. 83(4)-(6)); one in another
// currency is converted at the ECB rate of the decision date, never compared as if it were euros.
// Without a turnover, a fine above the fixed amount is not proof of an unlawful fine: it is
// lawful only if the turnover exceeds fine ÷ percentage, which the report says.
import type { Case, Fine } from '../model/case-schema.js';
import { checkFineAgainstCap, fineCap, type FineCap } from '../core/money/caps.js';
import { convertToEurOn } from '../core/money/convert.js';
import type { RateTable } from '../core/money/rates.js';
import { failureOf, type MoneyProblem } from './money-problem.js';
import { minorOf } from './penalties.js';

export type CapStatus = ReturnType<typeof checkFineAgainstCap>['status'] | 'needs-turnover';

export type CapCheck =
  | {
      readonly ok: true;
      readonly cap: FineCap;
      readonly status: CapStatus;
      /** `needs-turnover`: the turnover above which the fine is within the cap, in the cap's currency. */
      readonly lawfulIfTurnoverAboveMinor?: number;
      /** How the turnover was converted to the cap's currency, when it was. */
      readonly turnoverConversion?: { readonly fromCurrency: string; readonly rate: string; readonly rateDate?: string };
      readonly turnoverApproximate?: boolean;
    }
  | { readonly ok: false; readonly problem: MoneyProblem };

export function capCheck(c: Case, fine: Fine, rates: RateTable): CapCheck {
  const imposed = minorOf(fine.amount, fine.currency);
  const decisionDate = c.events.find((e) => e.id === fine.decision)?.date ?? '';
  const year = Number(decisionDate.slice(0, 4)) - 1;
  const addressed = fine.respondents ?? c.respondents.map((r) => r.id);
  const entry = c.respondents
    .filter((r) => addressed.includes(r.id))
    .flatMap((r) => r.turnover ?? [])
    .find((t) => t.year === year);
  const fixed = fineCap({ law: c.law, tier: fine.tier });
  if (!fixed.ok) return { ok: false, problem: { kind: 'cap', failure: failureOf(fixed) } };
  const capCurrency = fixed.cap.currency;
  if (fine.currency !== capCurrency) return { ok: false, problem: { kind: 'cap-currency', capCurrency, fineCurrency: fine.currency } };

  let turnover: { minor: number; currency: string; year: number } | undefined;
  let conversion: { fromCurrency: string; rate: string; rateDate?: string } | undefined;
  if (entry) {
    const minor = minorOf(entry.amount, entry.currency);
    if (entry.currency === capCurrency) turnover = { minor, currency: capCurrency, year };
    else if (capCurrency === 'EUR' && decisionDate.length === 10) {
      const converted = convertToEurOn(rates, minor, entry.currency, decisionDate);
      if (!converted.ok)
        return { ok: false, problem: { kind: 'turnover-conversion', year, currency: entry.currency, failure: failureOf(converted) } };
      turnover = { minor: converted.conversion.eurMinor, currency: 'EUR', year };
      conversion = {
        fromCurrency: entry.currency,
        rate: converted.conversion.rate,
        ...(converted.conversion.rateDate ? { rateDate: converted.conversion.rateDate } : {}),
      };
    } else return { ok: false, problem: { kind: 'turnover-currency', year, currency: entry.currency, capCurrency } };
  }
  const result = fineCap({ law: c.law, tier: fine.tier, ...(turnover ? { turnover } : {}) });
  if (!result.ok) return { ok: false, problem: { kind: 'cap', failure: failureOf(result) } };
  const status = checkFineAgainstCap(imposed, result.cap).status;
  const extra = {
    ...(conversion ? { turnoverConversion: conversion } : {}),
    ...(entry?.approximate === true ? { turnoverApproximate: true } : {}),
  };
  if (status === 'over' && turnover === undefined) {
    // fine ≤ percent × turnover  ⇔  turnover ≥ fine × 100 / percent (rounded up to the minor unit).
    const threshold = Number((BigInt(imposed) * 100n + BigInt(result.cap.percent) - 1n) / BigInt(result.cap.percent));
    return { ok: true, cap: result.cap, status: 'needs-turnover', lawfulIfTurnoverAboveMinor: threshold, ...extra };
  }
  return { ok: true, cap: result.cap, status, ...extra };
}
