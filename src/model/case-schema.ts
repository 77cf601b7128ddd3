// The case-file format, defined once: the TypeScript types, the runtime validation and the
// published JSON Schema (cases/dossier.schema.json) all come from these definitions.
import { z } from 'zod';
import { JURISDICTIONS } from '../core/time/conventions.js';
import {
  AMOUNT_PATTERN,
  ARTICLE_PATTERN,
  COUNTRY_PATTERN,
  CURRENCY_PATTERN,
  DATE_PATTERN,
  ID_PATTERN,
  PERIOD_PATTERN,
} from './patterns.js';

export const FORMAT_VERSION = 1;

const id = z.string().regex(ID_PATTERN).max(64).describe('A slug: lower-case letters, digits and single hyphens, e.g. "sanction".');
const ref = (target: string) => id.describe(`The id of ${target} in this file.`);
const refs = (target: string) => z.array(ref(target)).describe(`Ids of ${target} in this file.`);
const text = (what: string) => z.string().min(1).max(2000).describe(what);
const date = z
  .string()
  .regex(DATE_PATTERN)
  .describe('A calendar date, to the day (2022-10-17), the month (2022-10) or the year ("2022", quoted).');
const exactDate = date.describe('A calendar date to the day, e.g. 2022-10-17.');
const amount = z
  .string()
  .regex(AMOUNT_PATTERN)
  .describe('An exact amount as quoted decimal text, e.g. "20000000" or "7552800.00"; never a bare number.');
const currency = z.string().regex(CURRENCY_PATTERN).describe('An ISO 4217 currency code, e.g. EUR, GBP.');
const country = z.string().regex(COUNTRY_PATTERN).describe('An ISO 3166-1 alpha-2 country code; GB for the United Kingdom.');
const url = z
  .string()
  .regex(/^https?:\/\/\S+$/)
  .max(2000)
  .describe('An http(s) address.');
const sourceIds = refs('sources').describe('Ids of the sources that support this fact.').optional();
const note = text('Free text: what is uncertain or disputed about this item.').optional();

export const jurisdiction = z
  .enum(JURISDICTIONS)
  .describe('Whose time rules and public holidays apply: EU (Regulation 1182/71), FR, IT, GR, GB (England and Wales), NL.');

export const EVENT_KINDS = [
  'complaint',
  'investigation',
  'formal-notice',
  'notice-of-intent',
  'hearing',
  'decision',
  'notification',
  'publication',
  'appeal-filed',
  'judgment',
  'liquidation',
  'payment',
  'compliance',
  'other',
] as const;

const source = z.strictObject({
  id,
  title: text('The title of the document, as published.'),
  url,
  published: date.optional().describe('When the source was published.'),
  publisher: text('Who published it.').optional(),
  archive: url.optional().describe('An archived copy, e.g. on the Wayback Machine.'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional()
    .describe('ISO 639-1 language code, e.g. fr.'),
  note,
});

const event = z.strictObject({
  id,
  date,
  kind: z.enum(EVENT_KINDS),
  ref: text('The reference number, e.g. SAN-2022-019.').optional(),
  summary: text('One line saying what happened.'),
  notified: z
    .union([exactDate, z.literal('unknown')])
    .optional()
    .describe(
      'When the decision reached the respondent; "unknown" (the default) makes deadlines count from the event date, flagged as an assumption.',
    ),
  sources: sourceIds,
  note,
});

const period = z.string().regex(PERIOD_PATTERN).describe('A period: "2 months", "28 days", "6 weeks", "1 year", "10 working days".');

const deadlineRule = {
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
  'summer-suspension': z.boolean().optional().describe('IT periods only: the period does not run from 1 to 31 August (legge 742/1969).'),
  'saturday-working': z
    .boolean()
    .optional()
    .describe('IT and GR periods only: treat Saturday as a working day (the default treats it as non-working).'),
  basis: text('The legal basis of the period, e.g. "CJA art. R421-1".').optional(),
};

const due = z.union([
  z.strictObject({
    period,
    from: ref('the event the period runs from (its notification date when known)'),
    ...deadlineRule,
  }),
  z.strictObject({ date: exactDate.describe('A fixed last day named in the decision.'), basis: deadlineRule.basis }),
]);

const liquidation = z.strictObject({
  event: ref('the liquidation event'),
  from: exactDate.describe('First date of the period liquidated, as the decision states it.'),
  to: exactDate.describe('Last date of the period liquidated, as the decision states it.'),
  amount,
  sources: sourceIds,
  note,
});

const penalty = z.strictObject({
  daily: amount.describe('The amount per day of delay.'),
  currency,
  cap: amount.optional().describe('The most that can accrue in all (required for a Dutch last onder dwangsom).'),
  liquidations: z.array(liquidation).optional(),
  basis: deadlineRule.basis,
});

const payment = z.strictObject({
  status: z.enum(['paid', 'partly-paid', 'unpaid', 'unknown']),
  paid: amount.optional().describe('The amount collected so far.'),
  date: date.optional().describe('When the last payment was made.'),
  sources: sourceIds,
  note,
});

const compliance = z.strictObject({
  status: z.enum(['complied', 'partly-complied', 'not-complied', 'unknown']),
  date: exactDate.optional().describe('When the order was complied with.'),
  sources: sourceIds,
  note,
});

const measureCommon = {
  id,
  decision: ref('the event (usually a decision) that imposed the measure'),
  summary: text('What the measure requires, in one line.'),
  sources: sourceIds,
  note,
};

export const ORDER_KINDS = [
  'stop-processing',
  'delete-data',
  'answer-access-requests',
  'appoint-representative',
  'report-compliance',
  'other',
] as const;

const article = z.union([z.int().min(1), z.string().regex(ARTICLE_PATTERN)]).describe('A GDPR article, e.g. 6 or "5(1)(a)".');

const fine = z.strictObject({
  ...measureCommon,
  kind: z.literal('fine'),
  amount,
  currency,
  articles: z.array(article).min(1).describe('The provisions found to be breached.'),
  tier: z.enum(['83(4)', '83(5)', '83(6)']).describe('The Art. 83 paragraph whose maximum applies.'),
  proposed: z
    .strictObject({
      event: ref('the notice of intent'),
      amount,
      currency: currency.optional(),
      approximate: z.boolean().optional().describe('True when the proposed amount is only known roughly.'),
    })
    .optional(),
  due: due.optional().describe('When payment falls due.'),
  payment: payment.optional(),
});

const order = z.strictObject({
  ...measureCommon,
  kind: z.enum(['order', 'ban']),
  orders: z.array(z.enum(ORDER_KINDS)).min(1).optional(),
  due: due.optional().describe('When the order must be complied with.'),
  penalty: penalty.optional().describe('A penalty payment (astreinte, dwangsom) per day of delay.'),
  compliance: compliance.optional(),
});

const reprimand = z.strictObject({ ...measureCommon, kind: z.enum(['reprimand', 'warning']) });

const measure = z.discriminatedUnion('kind', [fine, order, reprimand]);

export const APPEAL_OUTCOMES = ['pending', 'dismissed', 'allowed', 'partly-allowed', 'remitted', 'withdrawn'] as const;

const appeal = z.strictObject({
  id,
  court: text('The court or tribunal.'),
  ref: text('The case number.').optional(),
  appellant: text('Who appealed, e.g. "Clearview AI Inc." or "ICO".'),
  against: refs('the measures or earlier appeals challenged').min(1),
  filed: date.optional(),
  decision: ref('the judgment event').optional(),
  outcome: z.enum(APPEAL_OUTCOMES),
  effect: z
    .strictObject({
      kind: z.enum(['none', 'annulled', 'reduced', 'upheld', 'remitted']),
      amount: amount.optional().describe('The amount after the appeal, when reduced.'),
    })
    .optional(),
  sources: sourceIds,
  note,
});

const lawDeadline = z.strictObject({
  id,
  label: text('What must be done, e.g. "Appeal to the Conseil d’État".'),
  period,
  from: ref('the event the period runs from'),
  ...deadlineRule,
  sources: sourceIds,
  note,
});

const turnover = z.strictObject({
  year: z.int().min(1900).max(2999).describe('The financial year.'),
  amount,
  currency,
  sources: sourceIds,
});

export const caseSchema = z
  .strictObject({
    dossier: z.literal(FORMAT_VERSION).describe('The version of this file format.'),
    id: id.describe('Unique across the repository and equal to the file name without .yaml.'),
    title: text('e.g. "CNIL v. Clearview AI".'),
    status: z.enum(['open', 'under-appeal', 'final', 'closed']),
    authority: z.strictObject({ short: text('e.g. CNIL.'), name: text('The full name.'), country }),
    jurisdiction,
    law: z.enum(['GDPR', 'UK-GDPR']),
    acts: z.array(text('A national act cited.')).optional(),
    respondent: z.strictObject({ name: text('The legal name.'), country, turnover: z.array(turnover).optional() }),
    sources: z.array(source).min(1),
    events: z.array(event).min(1),
    measures: z.array(measure).optional(),
    deadlines: z.array(lawDeadline).optional().describe('Appeal and payment periods the law attaches to an event.'),
    appeals: z.array(appeal).optional(),
    notes: z
      .array(z.strictObject({ about: ref('the item the note is about').optional(), text: text('The note.'), sources: sourceIds }))
      .optional()
      .describe('Uncertainties and disagreements between sources.'),
  })
  .describe('A dossier case file: one enforcement proceeding.');

export type Case = z.infer<typeof caseSchema>;
export type CaseSource = Case['sources'][number];
export type CaseEvent = Case['events'][number];
export type Measure = NonNullable<Case['measures']>[number];
export type Fine = Extract<Measure, { kind: 'fine' }>;
export type Order = Extract<Measure, { kind: 'order' | 'ban' }>;
export type Due = NonNullable<Order['due']>;
export type Penalty = NonNullable<Order['penalty']>;
export type Liquidation = NonNullable<Penalty['liquidations']>[number];
export type Appeal = NonNullable<Case['appeals']>[number];
export type LawDeadline = NonNullable<Case['deadlines']>[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];
