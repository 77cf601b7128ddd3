// How the reports write money, counts and dates in each locale. The locale tag is fixed
// ('en-GB' / 'fr-FR'), never the machine's, and dates are built from their YYYY-MM-DD text, so a
// report is identical on every machine and in every TZ.
import { currencyMinorUnits } from '../core/codes/currencies.js';
import { formatMinor } from '../core/money/amount.js';
import { weekday } from '../core/time/calendar-date.js';
import { formatDateText, weekdayName, type Locale } from './dates.js';

export type { Locale } from './dates.js';

const TAG: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * `minor` units of `currency` as people read them: `€20,000,000.00`, `20 000 000,00 €` (fr uses
 * U+202F between groups and U+00A0 before the symbol). The decimals are the currency's ISO minor
 * units, and the amount reaches Intl as exact decimal text, never through a float division.
 */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  const digits = currencyMinorUnits(currency);
  if (digits === undefined) return `${formatMinor(minor, 'EUR')} ${currency}`;
  const decimal = formatMinor(minor, currency);
  const symbol = CURRENCY_SYMBOL[locale][currency];
  if (symbol !== undefined) {
    const [, sign = '', whole = '', fraction] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal) ?? [];
    const number = `${grouped(whole, locale)}${fraction === undefined ? '' : `${DECIMAL_SEPARATOR[locale]}${fraction}`}`;
    return locale === 'en' ? `${sign}${symbol}${number}` : `${sign}${number}\u00A0${symbol}`;
  }
  // Intl.NumberFormat v3 (Node ≥ 19) formats a decimal string exactly.
  return moneyFormat(locale, currency, digits).format(decimal as unknown as number);
}

// Building the first Intl.NumberFormat loads ICU's number data: about 12 ms, on every run that
// prints an amount or a count. Whole numbers, and amounts in the currencies below, are written here
// as Intl writes them (test/i18n/format.test.ts compares the two on every sign, group count and
// currency); anything else goes to Intl.
const GROUP_SEPARATOR: Readonly<Record<Locale, string>> = { en: ',', fr: '\u202F' };
const DECIMAL_SEPARATOR: Readonly<Record<Locale, string>> = { en: '.', fr: ',' };
/** CLDR's symbols: before the number in en-GB, after it and a no-break space in fr-FR. */
export const CURRENCY_SYMBOL: Readonly<Record<Locale, Readonly<Partial<Record<string, string>>>>> = {
  en: { EUR: '€', GBP: '£', USD: 'US$' },
  fr: { EUR: '€', GBP: '£GB', USD: '$US' },
};

/** Decimal digits grouped by threes from the right: 1234567 → 1,234,567 / 1 234 567. */
function grouped(digits: string, locale: Locale): string {
  return digits.replace(/\B(?=(?:\d{3})+$)/g, GROUP_SEPARATOR[locale]);
}

// Building an Intl formatter costs far more than using one (a report formats hundreds of amounts),
// so each is built once per locale and currency.
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: Locale, currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(TAG[locale], {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

const countFormats = new Map<Locale, Intl.NumberFormat>();
/** A whole number with the locale's grouping: 1,435 / 1 435. */
export function formatCount(n: number, locale: Locale): string {
  // -0 is "-0" to Intl.
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return `${n < 0 ? '-' : ''}${grouped(String(Math.abs(n)), locale)}`;
  let format = countFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 0 });
    countFormats.set(locale, format);
  }
  return format.format(n);
}

/**
 * `2022-10-17` → `17 Oct 2022` / `17 oct. 2022`; `2023-03-01` → `1 Mar 2023` / `1er mars 2023`;
 * `2022-10` → `Oct 2022` / `oct. 2022`; `2021` →
 * `2021`. Text that is not such a date is returned unchanged (callers sanitise data before it
 * reaches here).
 */
export function formatDate(iso: string, locale: Locale): string {
  return formatDateText(iso, locale, { day: 'd MMM yyyy', month: 'MMM yyyy' }) ?? iso;
}

/** `Monday 20 Feb 2023` / `lundi 20 févr. 2023`, for a full YYYY-MM-DD date. */
export function formatDateWithWeekday(iso: string, locale: Locale): string {
  const text = formatDate(iso, locale);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || text === iso) return text;
  return `${weekdayName(weekday(iso), locale)} ${text}`;
}

/**
 * A count with its noun in the right number, by CLDR's rules for the two locales: English "one"
 * is 1 alone, French "one" any number whose whole part is 0 or 1 (0 and 1.5 are singular).
 * Written out because Intl.PluralRules loads ICU's plural data on the first report of each run;
 * test/i18n/format.test.ts holds the two to the same answer.
 */
export function plural(n: number, forms: PluralForms, locale: Locale): string {
  return `${formatCount(n, locale)} ${isOne(n, locale) ? forms.one : forms.other}`;
}

/** Whether CLDR puts `n` in the "one" category in `locale` (its sign aside, as Intl does). */
export function isOne(n: number, locale: Locale): boolean {
  const size = Math.abs(n);
  return locale === 'en' ? size === 1 : size < 2;
}

export interface PluralForms {
  readonly one: string;
  readonly other: string;
}
