// Periods: when something must be done, counted from an event under a jurisdiction's rules.
import './zod-config.js';
import * as z from 'zod';
import { JURISDICTIONS } from '../core/time/conventions.js';
import { country, date, id, note, period, ref, sourceIds, text } from './primitives.js';

export const jurisdiction = z
  .enum(JURISDICTIONS)
  .describe(
    'Whose time rules and public holidays apply: EU (Regulation 1182/71), FR, IT, GR, GB (England and Wales), NL, AT, a German Land as DE-<Land> (e.g. DE-HH), IE, LU, ES, BE, PL, SE, NO, DK or FI.',
  );

export const deadlineRule = {
  jurisdiction: jurisdiction.optional().describe("Overrides the case's jurisdiction for this deadline."),
  extend: z
    .boolean()
    .optional()
    .describe(
      'Whether a last day falling on a weekend or public holiday moves to the next working day; the default is the jurisdiction’s rule.',
    ),
  franc: z
    .boolean()
    .optional()
    .describe('A French délai franc (administrative appeals): the last day is the day after the same-date day (CE 29 Dec 2006 n°289818).'),
  'holiday-country': country
    .optional()
    .describe('EU periods only: the Member State whose public holidays count (Reg. 1182/71 art. 2(1)), e.g. FR.'),
  'summer-suspension': z
    .boolean()
    .optional()
    .describe(
      'IT and ES periods only: the period does not run from 1 to 31 August (IT: legge 742/1969; ES: LJCA art. 128.2, appeals to the courts).',
    ),
  'start-day-included': z
    .boolean()
    .optional()
    .describe(
      'IE periods only: whether the day of service is day 1 of the period (default true, Interpretation Act 2005 s.18(h)); false counts from the next day.',
    ),
  'natural-days': z
    .boolean()
    .optional()
    .describe('ES periods only: count a period in days in calendar days (días naturales) instead of días hábiles (Ley 39/2015 art. 30.2).'),
  'saturday-working': z
    .boolean()
    .optional()
    .describe('IT and GR periods only: treat Saturday as a working day (the default treats it as non-working).'),
  basis: text('The legal basis of the period, e.g. "CJA art. R421-1".').optional(),
};

export const due = z.union([
  z.strictObject({
    period,
    from: ref('the event the period runs from (its notification date when known)'),
    ...deadlineRule,
  }),
  z.strictObject({ date: date.describe('A fixed last day named in the decision.'), basis: deadlineRule.basis }),
  z.strictObject({
    before: date.describe(
      'The decision requires the act before this day ("avant le 1er juillet 2023"): the last day is the day before. A month or a year means before its first day.',
    ),
    basis: deadlineRule.basis,
  }),
]);

export const lawDeadline = z.strictObject({
  id,
  label: text('What must be done, e.g. "Appeal to the Conseil d’État".'),
  period,
  from: ref('the event the period runs from'),
  ...deadlineRule,
  sources: sourceIds,
  note,
});
