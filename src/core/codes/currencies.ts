// ISO 4217 currency codes with their minor units (the number of decimal places of the minor
// unit: 2 for the euro cent, 0 for the yen, 3 for the Kuwaiti fils).
//
// Source: ISO 4217 "List one" (current currency and funds), as republished in
// HawkN113/Currency.Reference.Iso4217 list-one.json, which reflects the 2025 amendments:
// XCG (Caribbean guilder) has replaced ANG, ZWG has replaced ZWL, SLE has replaced SLL, and
// XAD (Arab Accounting Dinar) was added. Check a new ISO amendment against this table.
//
// Left out on purpose: the codes whose minor unit ISO lists as "N.A." (XAU, XAG, XPD, XPT,
// XBA, XBB, XBC, XBD, XDR, XSU, XUA, XTS, XXX). They are units of account, metals or test
// codes; an amount in them cannot be held in integer minor units, and no fine is set in them.
// Also left out: withdrawn codes such as HRK (Croatia, replaced by EUR on 1 January 2023),
// because a withdrawn code is not an active code. BGN (Bulgaria, which adopted the euro on
// 1 January 2026) is still in the source list, so it is still here.

const CODES_BY_MINOR_UNITS: readonly (readonly [minorUnits: number, codes: string])[] = [
  [0, 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'],
  [
    2,
    'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP ' +
      'BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR ' +
      'FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR ' +
      'KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV ' +
      'MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR ' +
      'SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH ' +
      'USD USN UYU UZS VED VES WST XAD XCD XCG YER ZAR ZMW ZWG',
  ],
  [3, 'BHD IQD JOD KWD LYD OMR TND'],
  [4, 'CLF UYW'],
];

// A Map rather than an object literal, so that a user-supplied string such as "constructor"
// or "__proto__" can never resolve to an inherited property.
const MINOR_UNITS_BY_CODE: ReadonlyMap<string, number> = new Map(
  CODES_BY_MINOR_UNITS.flatMap(([minorUnits, codes]) => codes.split(' ').map((code) => [code, minorUnits] as const)),
);

/** Every active ISO 4217 code that has minor units, in alphabetical order. */
export const CURRENCY_CODES: readonly string[] = [...MINOR_UNITS_BY_CODE.keys()].sort();

/**
 * The number of decimal places of the currency's minor unit (EUR 2, JPY 0, KWD 3, CLF 4), or
 * `undefined` when the code is not an active ISO 4217 currency with minor units. Codes are
 * matched exactly: "eur" is not a code.
 */
export function currencyMinorUnits(code: string): number | undefined {
  return MINOR_UNITS_BY_CODE.get(code);
}

/** Whether `code` is an active ISO 4217 currency code with minor units (upper case, exact). */
export function isCurrencyCode(code: string): boolean {
  return MINOR_UNITS_BY_CODE.has(code);
}
