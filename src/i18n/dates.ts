// Dates written for people, in both locales, by date-fns with its `en-GB` and `fr` locales (CLDR
// month and day names, abbreviations; the French "1er" is written here). The date is built in UTC from its
// YYYY-MM-DD text, and only its calendar fields are read, so the text is the same in every TZ.
// The legal-period arithmetic does not use this: it stays on the integer calendar of
// core/time/calendar-date.ts (see the comment there).
// UTCDateMini: UTCDate without its toString formatters, whose module builds three
// Intl.DateTimeFormat as it loads (tens of milliseconds at start-up); date-fns reads only the getters.
import type { UTCDate } from '@date-fns/utc';
import { UTCDateMini } from '@date-fns/utc/date/mini';
import type { Locale as DateFnsLocale } from 'date-fns';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import type { Weekday } from '../core/time/calendar-date.js';

export type Locale = 'en' | 'fr';

const DATE_FNS: Readonly<Record<Locale, DateFnsLocale>> = { en: enGB, fr };

/** The calendar day `year-month-day` as a UTC instant; setUTCFullYear keeps the years 1–99 (Date.UTC maps them to 19xx). */
export function utcDay(year: number, month: number, day: number): UTCDate {
  const date = new UTCDateMini(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A YYYY[-MM[-DD]] text written with a date-fns pattern per precision, or undefined when the text
 * is not such a date.
 */
export function formatDateText(
  iso: string,
  locale: Locale,
  patterns: { readonly day: string; readonly month: string },
): string | undefined {
  const match = DATE.exec(iso);
  if (!match) return undefined;
  const [, year = '', month, day] = match;
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  const d = day === undefined ? 1 : Number(day);
  const date = utcDay(Number(year), m, d);
  // A day the month does not have (2023-02-30) is not a date: no roll-over into March.
  if (date.getUTCDate() !== d) return undefined;
  if (day === undefined) return format(date, patterns.month, { locale: DATE_FNS[locale] });
  // French writes the first of the month as an ordinal, `1er mars`, and every other day as a
  // cardinal; date-fns's ordinal pattern (`do`) would write `2e mars` too.
  const pattern = locale === 'fr' && d === 1 ? patterns.day.replace(/\bd\b/, "'1er'") : patterns.day;
  return format(date, pattern, { locale: DATE_FNS[locale] });
}

/** The name of a weekday (0 = Sunday): `Monday`, `lundi`. */
export function weekdayName(day: Weekday, locale: Locale): string {
  // 2023-01-01 is a Sunday.
  return format(utcDay(2023, 1, 1 + day), 'EEEE', { locale: DATE_FNS[locale] });
}

/** The name of a month (1–12): `February`, `février`. */
export function monthName(month: number, locale: Locale): string {
  return format(utcDay(2023, month, 1), 'LLLL', { locale: DATE_FNS[locale] });
}
