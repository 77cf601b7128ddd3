// The legal maximum of an administrative fine under the GDPR and the UK GDPR.
//
// GDPR Art. 83(4): up to EUR 10,000,000 or, for an undertaking, up to 2 % of the total
// worldwide annual turnover of the preceding financial year, whichever is higher.
// GDPR Art. 83(5) and 83(6): EUR 20,000,000 or 4 %, whichever is higher.
// UK GDPR Art. 83 as amended, and DPA 2018 s.157(5)-(6): GBP 17,500,000 or 4 % (the "higher
// maximum amount") and GBP 8,700,000 or 2 % (the "standard maximum amount"). The UK caps are
// fixed in pounds, so a UK cap never needs a conversion.
//
// The turnover is that of the whole undertaking (CJEU C-383/23 ILVA) for the financial year
// preceding the decision; choosing that year and figure is the caller's job. Without a
// turnover the cap is the fixed amount, which is also the cap for a body that is not an
// undertaking. Art. 83(3) (linked operations capped at the gravest infringement's maximum)
// is applied by choosing the tier of the gravest infringement.

import { assertSafeMinor, formatMinor } from './amount.js';

export type CapLaw = 'GDPR' | 'UK-GDPR';
export type CapTier = '83(4)' | '83(5)' | '83(6)';

export interface Turnover {
  /** Total worldwide annual turnover, in minor units of `currency`. */
  minor: number;
  currency: string;
  /** The financial year the turnover belongs to (the one preceding the decision). */
  year: number;
}

export interface FineCapInput {
  law: CapLaw;
  tier: CapTier;
  turnover?: Turnover;
}

export interface FineCap {
  law: CapLaw;
  tier: CapTier;
  /** EUR for the GDPR, GBP for the UK GDPR: the currency every amount below is in. */
  currency: string;
  fixedMinor: number;
  /** The turnover percentage of the tier: 2 or 4. */
  percent: number;
  turnoverMinor?: number;
  turnoverYear?: number;
  /** `percent` of the turnover, rounded down to the minor unit. */
  turnoverBasedMinor?: number;
  /** The maximum fine: the higher of the fixed and the turnover-based amount. */
  capMinor: number;
  /** Which amount set the cap; on a tie the fixed amount is named, as it needs no turnover. */
  basis: 'fixed' | 'turnover';
  citation: string;
}

/** Why no cap could be given, as data for a renderer to word in its language; `detail` words it in English. */
export type CapFailure =
  | { readonly reason: 'unknown-tier'; readonly law: string; readonly tier: string }
  | { readonly reason: 'currency-mismatch'; readonly law: string; readonly turnoverCurrency: string; readonly capCurrency: string }
  | { readonly reason: 'invalid-turnover'; readonly field: 'minor' | 'year'; readonly value: string };

export type FineCapResult = { ok: true; cap: FineCap } | ({ ok: false; detail: string } & CapFailure);

interface TierRule {
  currency: string;
  fixedMinor: number;
  percent: number;
  citation: string;
}

const EUR_10M = 1_000_000_000;
const EUR_20M = 2_000_000_000;
const GBP_8_7M = 870_000_000;
const GBP_17_5M = 1_750_000_000;

const RULES: Readonly<Record<CapLaw, Readonly<Record<CapTier, TierRule>>>> = {
  GDPR: {
    '83(4)': { currency: 'EUR', fixedMinor: EUR_10M, percent: 2, citation: 'GDPR Art. 83(4)' },
    '83(5)': { currency: 'EUR', fixedMinor: EUR_20M, percent: 4, citation: 'GDPR Art. 83(5)' },
    '83(6)': { currency: 'EUR', fixedMinor: EUR_20M, percent: 4, citation: 'GDPR Art. 83(6)' },
  },
  'UK-GDPR': {
    '83(4)': {
      currency: 'GBP',
      fixedMinor: GBP_8_7M,
      percent: 2,
      citation: 'UK GDPR Art. 83(4); DPA 2018 s.157(6) (standard maximum amount)',
    },
    '83(5)': {
      currency: 'GBP',
      fixedMinor: GBP_17_5M,
      percent: 4,
      citation: 'UK GDPR Art. 83(5); DPA 2018 s.157(5) (higher maximum amount)',
    },
    '83(6)': {
      currency: 'GBP',
      fixedMinor: GBP_17_5M,
      percent: 4,
      citation: 'UK GDPR Art. 83(6); DPA 2018 s.157(5) (higher maximum amount)',
    },
  },
};

/**
 * The maximum fine for a GDPR or UK GDPR tier, with its working. The turnover must already be
 * in the cap's currency (EUR or GBP): converting it is a separate, visible step with its own
 * rate and date (see convert.ts), so a turnover in another currency is refused.
 */
export function fineCap(input: FineCapInput): FineCapResult {
  const rule = ruleFor(input.law, input.tier);
  if (rule === undefined) {
    return {
      ok: false,
      reason: 'unknown-tier',
      law: input.law,
      tier: input.tier,
      detail: `no fine cap for law ${JSON.stringify(input.law)} and tier ${JSON.stringify(input.tier)}`,
    };
  }
  const base = {
    law: input.law,
    tier: input.tier,
    currency: rule.currency,
    fixedMinor: rule.fixedMinor,
    percent: rule.percent,
    citation: rule.citation,
  };
  const turnover = input.turnover;
  if (turnover === undefined) {
    return { ok: true, cap: { ...base, capMinor: rule.fixedMinor, basis: 'fixed' } };
  }
  if (turnover.currency !== rule.currency) {
    return {
      ok: false,
      reason: 'currency-mismatch',
      law: input.law,
      turnoverCurrency: turnover.currency,
      capCurrency: rule.currency,
      detail:
        `the turnover is in ${turnover.currency} but the ${input.law} cap is in ${rule.currency}: ` +
        `convert the turnover to ${rule.currency} first, at a stated rate and date`,
    };
  }
  if (!Number.isSafeInteger(turnover.minor) || turnover.minor < 0) {
    return {
      ok: false,
      reason: 'invalid-turnover',
      field: 'minor',
      value: String(turnover.minor),
      detail: `the turnover must be a non-negative whole number of minor units, got ${String(turnover.minor)}`,
    };
  }
  if (!Number.isInteger(turnover.year)) {
    return {
      ok: false,
      reason: 'invalid-turnover',
      field: 'year',
      value: String(turnover.year),
      detail: `the turnover year must be a whole number, got ${String(turnover.year)}`,
    };
  }
  // Rounded DOWN to the minor unit: the cap is a ceiling, and rounding it up would let a fine
  // up to one minor unit above the real legal maximum pass as lawful. BigInt division of
  // non-negative numbers truncates, which is rounding down.
  const turnoverBasedMinor = Number((BigInt(turnover.minor) * BigInt(rule.percent)) / 100n);
  const turnoverSetsCap = turnoverBasedMinor > rule.fixedMinor;
  return {
    ok: true,
    cap: {
      ...base,
      turnoverMinor: turnover.minor,
      turnoverYear: turnover.year,
      turnoverBasedMinor,
      capMinor: turnoverSetsCap ? turnoverBasedMinor : rule.fixedMinor,
      basis: turnoverSetsCap ? 'turnover' : 'fixed',
    },
  };
}

export type CapCheckStatus = 'within' | 'at-fixed-maximum' | 'at-maximum' | 'over';

export interface CapCheck {
  /**
   * - `over`: above the cap, an error;
   * - `at-maximum`: exactly the cap;
   * - `at-fixed-maximum`: exactly the fixed amount (e.g. EUR 20,000,000) while the turnover
   *   makes the real cap higher: the fine is lawful, but "the maximum fine" would be wrong;
   * - `within`: anything lower.
   */
  status: CapCheckStatus;
  /** How far above the cap the fine is, in minor units; only when `status` is `over`. */
  overByMinor?: number;
}

/**
 * Compares a fine, in minor units of the cap's currency, with the cap. Throws on a fine that is
 * not a non-negative safe integer (read amounts with `parseAmount`, which guarantees it).
 */
export function checkFineAgainstCap(fineMinor: number, cap: FineCap): CapCheck {
  assertSafeMinor(fineMinor, 'the fine');
  if (fineMinor < 0) throw new RangeError(`the fine must not be negative, got ${fineMinor}`);
  if (fineMinor > cap.capMinor) return { status: 'over', overByMinor: fineMinor - cap.capMinor };
  if (fineMinor === cap.capMinor) return { status: 'at-maximum' };
  if (fineMinor === cap.fixedMinor) return { status: 'at-fixed-maximum' };
  return { status: 'within' };
}

/** A one-line account of the cap for reports, e.g. "EUR 20000000.00 (GDPR Art. 83(5))". */
export function describeCap(cap: FineCap): string {
  const amount = `${cap.currency} ${formatMinor(cap.capMinor, cap.currency)}`;
  if (cap.basis === 'fixed') return `${amount} (${cap.citation})`;
  const turnover = `${cap.currency} ${formatMinor(cap.turnoverMinor ?? 0, cap.currency)}`;
  return `${amount}: ${cap.percent} % of ${turnover} turnover in ${cap.turnoverYear ?? '?'} (${cap.citation})`;
}

function ruleFor(law: CapLaw, tier: CapTier): TierRule | undefined {
  // Object.hasOwn, not `in` or a bare index: law and tier may come from a case file at run
  // time, and "constructor" must not find Object.prototype.constructor.
  const tiers = Object.hasOwn(RULES, law) ? RULES[law] : undefined;
  return tiers !== undefined && Object.hasOwn(tiers, tier) ? tiers[tier] : undefined;
}
