import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/core/codes/currencies.ts
var CODES_BY_MINOR_UNITS = [
  [0, "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"],
  [
    2,
    "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XAD XCD XCG YER ZAR ZMW ZWG"
  ],
  [3, "BHD IQD JOD KWD LYD OMR TND"],
  [4, "CLF UYW"]
];
var MINOR_UNITS_BY_CODE = new Map(
  CODES_BY_MINOR_UNITS.flatMap(([minorUnits, codes]) => codes.split(" ").map((code) => [code, minorUnits]))
);
var CURRENCY_CODES = [...MINOR_UNITS_BY_CODE.keys()].sort();
function currencyMinorUnits(code) {
  return MINOR_UNITS_BY_CODE.get(code);
}
function isCurrencyCode(code) {
  return MINOR_UNITS_BY_CODE.has(code);
}

// src/core/money/amount.ts
var DECIMAL_TEXT = /^(0|[1-9]\d*)(?:\.(\d+))?$/;
var MAX_SAFE_INTEGER_DIGITS = String(Number.MAX_SAFE_INTEGER).length;
function parseAmount(text, currency) {
  const minorUnits = currencyMinorUnits(currency);
  if (minorUnits === void 0) {
    return fail("currency", `${JSON.stringify(currency)} is not an ISO 4217 currency code with minor units`);
  }
  if (typeof text !== "string") {
    return fail("format", `expected the amount as decimal text, got a ${typeof text}`);
  }
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) {
    if (text.startsWith("-") && DECIMAL_TEXT.test(text.slice(1))) {
      return fail("negative", "negative: amounts are written without a sign");
    }
    return fail(
      "format",
      "not a plain decimal amount such as 1234 or 1234.50 (no sign, exponent, spaces, thousands separators or leading zeros)"
    );
  }
  const integerDigits = match[1] ?? "";
  const fractionDigits = match[2] ?? "";
  const keptFraction = fractionDigits.slice(0, minorUnits);
  const droppedFraction = fractionDigits.slice(minorUnits);
  if (droppedFraction.length > 0) {
    return fail("precision", `more decimals than ${currency} has (${minorUnits}): it would need rounding`);
  }
  const minor = integerDigits.length > MAX_SAFE_INTEGER_DIGITS ? void 0 : BigInt(integerDigits + keptFraction.padEnd(minorUnits, "0"));
  if (minor === void 0 || minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    const largest = formatMinor(Number.MAX_SAFE_INTEGER, currency);
    return fail("too-large", `larger than ${largest} ${currency}, the largest amount that can be added up exactly`);
  }
  return { ok: true, minor: Number(minor) };
}
function formatMinor(minor, currency) {
  const minorUnits = currencyMinorUnits(currency);
  if (minorUnits === void 0) {
    throw new RangeError(`"${currency}" is not an ISO 4217 currency code with minor units`);
  }
  assertSafeMinor(minor, "amount");
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(minorUnits + 1, "0");
  if (minorUnits === 0) return sign + digits;
  const cut = digits.length - minorUnits;
  return `${sign}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}
function assertSafeMinor(minor, what) {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`${what} must be a whole number of minor units within \xB1(2^53 \u2212 1), got ${String(minor)}`);
  }
}
function toSafeMinor(minor, what) {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (minor > limit || minor < -limit) {
    throw new RangeError(`${what} is ${minor} minor units, beyond \xB1(2^53 \u2212 1): it cannot be held exactly in a number`);
  }
  return Number(minor);
}
function fail(reason, detail) {
  return { ok: false, reason, detail };
}

export {
  currencyMinorUnits,
  isCurrencyCode,
  parseAmount,
  formatMinor,
  assertSafeMinor,
  toSafeMinor
};
