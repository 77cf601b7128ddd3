// Why an amount is missing from a EUR figure, or a fine could not be checked against its cap, as
// data: each locale words it (src/i18n/*/money-problems.ts), with its own dates and separators.
// The English wording is the core's `detail`, word for word, which the JSON export keeps.
import type { CapFailure } from '../core/money/caps.js';
import type { ConversionFailure } from '../core/money/convert.js';

export type MoneyProblem =
  /** No ECB rate serves the day, or the converted amount is beyond exact arithmetic. */
  | { readonly kind: 'conversion'; readonly failure: ConversionFailure }
  /** A fine's decision is dated to a month or a year: there is no day to take a rate of. */
  | { readonly kind: 'date-imprecise'; readonly date: string }
  | { readonly kind: 'cap'; readonly failure: CapFailure }
  | { readonly kind: 'cap-currency'; readonly capCurrency: string; readonly fineCurrency: string }
  /** The turnover of `year` could not be converted to EUR for the cap. */
  | { readonly kind: 'turnover-conversion'; readonly year: number; readonly currency: string; readonly failure: ConversionFailure }
  | { readonly kind: 'turnover-currency'; readonly year: number; readonly currency: string; readonly capCurrency: string }
  /** Adding the amount would take a total past 2^53 − 1 minor units. */
  | { readonly kind: 'total-too-large' }
  /** Adding the penalties payable to what is enforceable would pass 2^53 − 1 minor units. */
  | { readonly kind: 'payable-too-large' };

/** An amount left out of a EUR total: the fine or penalty (`case/measure`) and why. */
export interface Unconverted {
  /** `case-id/measure-id`; absent for `payable-too-large`, which names a part of the total. */
  readonly item?: string;
  readonly problem: MoneyProblem;
}

/**
 * The facts of a failed conversion without its English `detail`, so that no renderer can print
 * that instead of its own words. (A rest of a union is typed as the Omit of the union, which
 * loses the discriminant: the cast puts it back, and holds since only ok and detail are taken.)
 */
export function failureOf<F>(result: { readonly ok: false; readonly detail: string } & F): F {
  const { ok, detail, ...facts } = result;
  return facts as F;
}
