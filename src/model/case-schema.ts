// The case-file format, defined once: the TypeScript types, the runtime validation and the
// published JSON Schema (cases/dossier.schema.json) all come from these definitions.
import './zod-config.js';
import * as z from 'zod';
import { finding, measure } from './measure-schema.js';
import { jurisdiction, lawDeadline } from './period-schema.js';
import { amount, country, currency, date, id, note, ref, sourceIds, text, url } from './primitives.js';
import { appeal, event, suspension } from './proceeding-schema.js';

export const FORMAT_VERSION = 2;

export {
  APPEAL_OUTCOMES,
  CORRECTIVE_POWERS,
  EFFECTS,
  EVENT_KINDS,
  FINDING_KINDS,
  ORDER_KINDS,
  PENALTY_UNITS,
  SUSPENSION_SCOPES,
} from './kinds.js';
export { jurisdiction } from './period-schema.js';
export { JURISDICTIONS, type Jurisdiction } from '../core/time/conventions.js';

const source = z.strictObject({
  id,
  title: text('The title of the document, as published.'),
  url,
  published: date.optional().describe('When the source was published.'),
  checked: date.optional().describe('When someone last checked the source and the facts that cite it.'),
  publisher: text('Who published it.').optional(),
  archive: url.optional().describe('An archived copy, e.g. on the Wayback Machine.'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional()
    .describe('ISO 639-1 language code, e.g. fr.'),
  note,
});

const turnover = z.strictObject({
  year: z.int().min(1900).max(2999).describe('The financial year.'),
  amount,
  currency,
  approximate: z.boolean().optional().describe('True when only a rounded figure is public.'),
  sources: sourceIds,
  note,
});

const respondent = z.strictObject({
  id: id.optional().describe('Needed only when a measure names the respondents it is addressed to.'),
  name: text('The legal name.'),
  country,
  role: text('e.g. "controller", "jointly and severally liable", "parent company".').optional(),
  undertaking: text(
    'The undertaking whose worldwide turnover counts for the Art. 83 caps, when it is not the respondent itself.',
  ).optional(),
  turnover: z.array(turnover).optional().describe("The undertaking's worldwide annual turnover, per financial year."),
  sources: sourceIds,
});

const authority = z.strictObject({ short: text('e.g. CNIL.'), name: text('The full name.'), country });

export const caseSchema = z
  .strictObject({
    dossier: z.literal(FORMAT_VERSION).describe('The version of this file format.'),
    id: id.describe('Unique across the repository and equal to the file name without .yaml.'),
    title: text('e.g. "CNIL v. Clearview AI".'),
    status: z.enum(['open', 'under-appeal', 'remitted', 'final', 'closed']),
    authority,
    lead: z.boolean().optional().describe('True when the authority acts as lead supervisory authority (GDPR Art. 56).'),
    concerned: z.array(authority).optional().describe('The concerned supervisory authorities (GDPR Art. 4(22)) under the one-stop-shop.'),
    jurisdiction: z
      .union([jurisdiction, z.literal('custom')])
      .describe(
        `${jurisdiction.description ?? ''} Or custom, for a legal order dossier has no rules for, with its rule stated in custom-rule.`,
      ),
    'custom-rule': text(
      'With jurisdiction: custom, the time rules that apply, as a citation, e.g. "Código do Procedimento Administrativo art. 87". Periods are then not computed: dossier does not know that calendar.',
    ).optional(),
    law: z.enum(['GDPR', 'UK-GDPR']),
    acts: z.array(text('A national act cited.')).optional(),
    respondents: z.array(respondent).min(1),
    sources: z.array(source).min(1),
    events: z.array(event).min(1),
    findings: z.array(finding).optional().describe('What a decision declared without imposing anything.'),
    measures: z.array(measure).optional(),
    deadlines: z.array(lawDeadline).optional().describe('Appeal and other periods the law attaches to an event.'),
    appeals: z.array(appeal).optional(),
    suspensions: z
      .array(suspension)
      .optional()
      .describe('Suspensions of payment, compliance or accrual, by a court, the authority, the State or the law.'),
    notes: z
      .array(z.strictObject({ about: ref('the item the note is about').optional(), text: text('The note.'), sources: sourceIds }))
      .optional()
      .describe('Uncertainties and disagreements between sources.'),
  })
  .describe('A dossier case file: one enforcement proceeding.');

export type Case = z.infer<typeof caseSchema>;
export type CaseSource = Case['sources'][number];
export type CaseEvent = Case['events'][number];
/** A supported jurisdiction, or `custom`: a legal order whose rules the case states and dossier does not know. */
export type CaseJurisdiction = Case['jurisdiction'];
export type Respondent = Case['respondents'][number];
export type Finding = NonNullable<Case['findings']>[number];
export type Measure = NonNullable<Case['measures']>[number];
export type Fine = Extract<Measure, { kind: 'fine' }>;
export type Order = Extract<Measure, { kind: 'order' | 'ban' }>;
export type Due = NonNullable<Order['due']>;
export type Penalty = NonNullable<Order['penalty']>;
export type Compliance = NonNullable<Order['compliance']>;
export type Liquidation = NonNullable<Penalty['liquidations']>[number];
export type Collection = NonNullable<Penalty['collections']>[number];
export type Appeal = NonNullable<Case['appeals']>[number];
export type AppealEffect = NonNullable<Appeal['effects']>[number];
export type Suspension = NonNullable<Case['suspensions']>[number];
export type LawDeadline = NonNullable<Case['deadlines']>[number];
