// Why an amount has no EUR figure, or a fine no cap check, in English: word for word the core's
// `detail` (core/money/rates.ts, convert.ts, caps.ts), which test/i18n/money-problems.test.ts
// holds them to, and which the JSON export prints.
import type { MoneyProblem, Unconverted } from '../../analysis/money-problem.js';
import { formatMinor } from '../../core/money/amount.js';
import type { CapFailure } from '../../core/money/caps.js';
import type { ConversionFailure } from '../../core/money/convert.js';
import { show } from '../../core/money/rates.js';

const TOO_LARGE = 'left out: the total would pass 2^53 − 1 minor units, beyond exact arithmetic';

function conversion(f: ConversionFailure): string {
  switch (f.reason) {
    case 'bad-date':
      return `${show(f.date)} is not a date (YYYY-MM-DD)`;
    case 'unknown-currency':
      return `the rate table has no ${show(f.currency)} column`;
    case 'beyond-table':
      return `no rate for ${f.currency} on or before ${f.date} in this table, which ends on ${f.lastDate}`;
    case 'no-rate': {
      const none = `no rate for ${f.currency} on or before ${f.date}`;
      return f.firstDate === undefined ? `${none}: the table has none at all` : `${none}: the first is of ${f.firstDate}`;
    }
    case 'stale-rate':
      return `no rate for ${f.currency} on or before ${f.date} within ${f.maxAgeDays} days: the last is of ${f.lastDate}, ${f.ageDays} days earlier`;
    case 'too-large':
      return `${f.currency} ${formatMinor(f.minor, f.currency)} at ${f.rate} is beyond 2^53 − 1 euro cents`;
  }
}

function cap(f: CapFailure): string {
  switch (f.reason) {
    case 'unknown-tier':
      return `no fine cap for law ${JSON.stringify(f.law)} and tier ${JSON.stringify(f.tier)}`;
    case 'currency-mismatch':
      return (
        `the turnover is in ${f.turnoverCurrency} but the ${f.law} cap is in ${f.capCurrency}: ` +
        `convert the turnover to ${f.capCurrency} first, at a stated rate and date`
      );
    case 'invalid-turnover':
      return f.field === 'minor'
        ? `the turnover must be a non-negative whole number of minor units, got ${f.value}`
        : `the turnover year must be a whole number, got ${f.value}`;
  }
}

export function moneyProblem(p: MoneyProblem): string {
  switch (p.kind) {
    case 'conversion':
      return conversion(p.failure);
    case 'date-imprecise':
      return `the decision date ${p.date} is not known to the day`;
    case 'cap':
      return cap(p.failure);
    case 'cap-currency':
      return `the cap is in ${p.capCurrency} and the fine in ${p.fineCurrency}`;
    case 'turnover-conversion':
      return `the ${p.year} turnover is in ${p.currency}: ${conversion(p.failure)}`;
    case 'turnover-currency':
      return `the ${p.year} turnover is in ${p.currency} and cannot be compared with a cap in ${p.capCurrency}`;
    case 'total-too-large':
      return TOO_LARGE;
    case 'payable-too-large':
      return `penalties payable: ${TOO_LARGE}`;
  }
}

export const unconverted = (u: Unconverted): string =>
  u.item === undefined ? moneyProblem(u.problem) : `${u.item}: ${moneyProblem(u.problem)}`;
