// Text shapes shared by the schema (which checks them) and the diagnostics (which name them).

/** A slug: lower-case letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date known to the day, the month or the year: 2022-10-17, 2022-10, 2022. */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A non-negative decimal amount written as text, so that it is never read through a float. */
export const AMOUNT_PATTERN = /^\d{1,15}(?:\.\d{1,4})?$/;

/** A simple period: a whole number from 1 to 9999 and a unit. */
export const SIMPLE_PERIOD_PATTERN = /^([1-9]\d{0,3}) (days?|weeks?|months?|years?|working days?)$/;

/** Up to this many calendar parts make one compound period. */
export const MAX_PERIOD_PARTS = 4;

const CALENDAR_PART = '[1-9]\\d{0,3} (?:days?|weeks?|months?|years?)';

/**
 * A period: a simple one, or calendar parts counted in turn and joined by " + ", as the EU courts
 * add 10 days on account of distance to a period of 2 months ("2 months + 10 days"). Working days
 * stand alone: adding them to calendar days has no settled meaning.
 */
export const PERIOD_PATTERN = new RegExp(
  `^(?:[1-9]\\d{0,3} working days?|${CALENDAR_PART}(?: \\+ ${CALENDAR_PART}){0,${MAX_PERIOD_PARTS - 1}})$`,
);

/** A GDPR provision: an article number, then optional paragraph and point, e.g. 5(1)(a), 83(5). */
export const ARTICLE_PATTERN = /^([1-9]\d?)(?:\((\d{1,2}[a-z]?)\))?(?:\(([a-z])\))?$/;

export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
