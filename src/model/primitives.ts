// The small value types every part of the case-file format is built from, each with the
// description editors show on hover.
import './zod-config.js';
import * as z from 'zod';
import {
  AMOUNT_PATTERN,
  ARTICLE_PATTERN,
  COUNTRY_PATTERN,
  CURRENCY_PATTERN,
  DATE_PATTERN,
  ID_PATTERN,
  PERIOD_PATTERN,
  SIMPLE_PERIOD_PATTERN,
} from './patterns.js';

export const id = z.string().regex(ID_PATTERN).max(64).describe('A slug: lower-case letters, digits and single hyphens, e.g. "sanction".');
export const ref = (target: string) => id.describe(`The id of ${target} in this file.`);
export const refs = (target: string) => z.array(ref(target)).describe(`Ids of ${target} in this file.`);
export const text = (what: string) => z.string().min(1).max(2000).describe(what);
export const date = z
  .string()
  .regex(DATE_PATTERN)
  .describe('A calendar date, to the day (2022-10-17), the month (2022-10) or the year ("2022", quoted).');
export const amount = z
  .string()
  .regex(AMOUNT_PATTERN)
  .describe('An exact amount as quoted decimal text, e.g. "20000000" or "7552800.00"; never a bare number.');
export const currency = z.string().regex(CURRENCY_PATTERN).describe('An ISO 4217 currency code, e.g. EUR, GBP.');
export const country = z.string().regex(COUNTRY_PATTERN).describe('An ISO 3166-1 alpha-2 country code; GB for the United Kingdom.');
export const url = z
  .string()
  .regex(/^https?:\/\/\S+$/)
  .max(2000)
  .describe('An http(s) address.');
export const sourceIds = refs('sources').describe('Ids of the sources that support this fact.').optional();
export const note = text('Free text: what is uncertain or disputed about this item.').optional();
export const period = z
  .string()
  .regex(PERIOD_PATTERN)
  .describe(
    'A period: "2 months", "28 days", "6 weeks", "1 year", "10 working days", or calendar parts counted in turn: "2 months + 10 days".',
  );
export const simplePeriod = z.string().regex(SIMPLE_PERIOD_PATTERN).describe('A period of one unit: "1 week", "1 month".');
export const article = z.union([z.int().min(1), z.string().regex(ARTICLE_PATTERN)]).describe('A GDPR article, e.g. 6 or "5(1)(a)".');
