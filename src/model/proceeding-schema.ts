// The procedure around the measures: dated events, appeals (a graph: any decision can be
// challenged, parallel challenges are siblings) and suspensions.
import './zod-config.js';
import * as z from 'zod';
import { APPEAL_OUTCOMES, EFFECTS, EVENT_KINDS, SUSPENSION_SCOPES } from './kinds.js';
import { amount, date, id, note, ref, refs, sourceIds, text } from './primitives.js';

const notNotified = z.strictObject({
  status: z.literal('not-notified'),
  'as-of': date.describe('The day a source says the decision had still not been notified.'),
  sources: sourceIds,
  note,
});

export const event = z.strictObject({
  id,
  date,
  kind: z.enum(EVENT_KINDS),
  body: text('Who took this step when it is not the case’s authority, e.g. "EDPB" or a court.').optional(),
  ref: text('The reference number, e.g. SAN-2022-019.').optional(),
  summary: text('One line saying what happened.'),
  notified: z
    .union([date, z.literal('unknown'), notNotified])
    .optional()
    .describe(
      'When the decision reached the respondent: a date; "unknown" (the default: periods count from the event date, flagged); or { status: not-notified, as-of } when a source says it had not been notified.',
    ),
  final: date.optional().describe('The day the decision became final (no further ordinary remedy).'),
  'instructed-by': ref('the binding decision (e.g. of the EDPB under GDPR Art. 65) this decision implements').optional(),
  sources: sourceIds,
  note,
});

const effect = z.strictObject({
  on: ref('the measure, finding or earlier appeal the effect is on'),
  effect: z
    .enum(EFFECTS)
    .describe(
      'upheld; annulled (nothing stands); reduced (to `amount`); remitted (annulled and sent back for a new decision); set-aside (an earlier judgment no longer stands).',
    ),
  amount: amount.optional().describe('The amount that stands after a reduction.'),
  note,
});

export const appeal = z.strictObject({
  id,
  court: text('The court or tribunal.'),
  ref: text('The case number.').optional(),
  appellant: text('Who appealed, e.g. "Clearview AI Inc." or "ICO".'),
  against: refs('what is challenged: measures, findings, a decision (event) as a whole, or earlier appeals').min(1),
  filed: date.optional().describe('When the appeal was lodged; without it, it counts from the day the challenged decision was given.'),
  filing: z
    .enum(['filed', 'announced', 'unknown'])
    .optional()
    .describe('filed (the default); announced: a party said it would appeal; unknown: whether it was filed is not known.'),
  decision: ref('the judgment event').optional(),
  outcome: z.enum(APPEAL_OUTCOMES),
  effects: z.array(effect).optional().describe('What the outcome did to each thing challenged.'),
  'remitted-to': ref('the earlier appeal that is heard again after this one sent the case back').optional(),
  sources: sourceIds,
  note,
});

export const suspension = z.strictObject({
  id,
  by: z.enum(['court', 'authority', 'state', 'law']).describe('Who (or what) suspended it.'),
  body: text('The court or body, e.g. "Président du tribunal administratif".').optional(),
  scope: z
    .array(z.enum(SUSPENSION_SCOPES))
    .min(1)
    .describe('What is suspended: payment of fines, compliance with orders, accrual of penalty payments.'),
  measures: refs('the measures suspended (default: every measure the scope covers)').min(1).optional(),
  from: date.describe('The first day of the suspension.'),
  to: date.optional().describe('The last day, when it has ended; absent while it lasts.'),
  sources: sourceIds,
  note,
});
