// What a decision imposed or declared: fines, orders (with their penalty payments), reprimands,
// and findings that impose nothing.
import './zod-config.js';
import * as z from 'zod';
import { amount, article, currency, date, id, note, ref, refs, simplePeriod, sourceIds, text } from './primitives.js';
import { CORRECTIVE_POWERS, FINDING_KINDS, ORDER_KINDS, PENALTY_UNITS } from './kinds.js';
import { due } from './period-schema.js';

const liquidation = z.strictObject({
  event: ref('the liquidation decision (an event)'),
  from: date.describe('First date of the period liquidated, as the decision states it.'),
  to: date.describe('Last date of the period liquidated, as the decision states it.'),
  amount: amount.describe('The amount made payable; the authority may set less than rate × days.'),
  sources: sourceIds,
  note,
});

const collection = z.strictObject({
  event: ref('the collection decision (an event), e.g. an invorderingsbesluit under Awb 5:37'),
  amount: amount.describe('The forfeited amount the decision collects.'),
  sources: sourceIds,
  note,
});

const penalty = z
  .strictObject({
    per: z
      .union([z.enum(PENALTY_UNITS), simplePeriod])
      .describe(
        'What one amount is due for: day (of delay), a period such as "1 week", breach, lump-sum (all at once), or unknown (only the maximum is known).',
      ),
    amount: amount.optional().describe('The amount per unit (or the lump sum); absent when `per: unknown`.'),
    currency,
    maximum: amount.optional().describe('The most that can become due in all (mandatory for a Dutch last onder dwangsom, Awb 5:32b).'),
    'payable-by': z
      .enum(['liquidation', 'forfeiture'])
      .optional()
      .describe(
        'liquidation: payable only once a later decision liquidates it (French astreinte, Décret 2019-536 art. 44); forfeiture: forfeited by law, collected by a later decision (Dutch dwangsom, Awb 5:33 and 5:37). Default: liquidation in FR, forfeiture in NL; required elsewhere.',
      ),
    from: date
      .optional()
      .describe('The first day it can run, when the decision sets one; by default the day after the compliance deadline.'),
    liquidations: z.array(liquidation).optional(),
    collections: z.array(collection).optional(),
    basis: text('The legal basis, e.g. "Loi 78-17 art. 20 III".').optional(),
    note,
  })
  .describe('A penalty payment (astreinte, last onder dwangsom) attached to an order.');

const compliance = z.strictObject({
  status: z.enum(['complied', 'partly-complied', 'not-complied', 'unknown']),
  date: date.optional().describe('When the order was complied with (complied only).'),
  'as-of': date
    .optional()
    .describe('The day a source last confirms this status; a penalty accrues no further than this unless `continuing`.'),
  continuing: z.boolean().optional().describe('True when a source says non-compliance continues beyond `as-of`.'),
  sources: sourceIds,
  note,
});

const payment = z.strictObject({
  status: z.enum(['paid', 'partly-paid', 'unpaid', 'unknown']),
  paid: amount.optional().describe('The amount collected so far.'),
  date: date.optional().describe('When the last payment was made.'),
  'as-of': date.optional().describe('The day a source last confirms this status.'),
  sources: sourceIds,
  note,
});

const measureCommon = {
  id,
  decision: ref('the event (usually a decision) that imposed the measure'),
  summary: text('What the measure requires, in one line.'),
  respondents: refs('the respondents the measure is addressed to (default: all)').min(1).optional(),
  sources: sourceIds,
  note,
};

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
  power: z
    .enum(CORRECTIVE_POWERS)
    .optional()
    .describe('The letter of GDPR Art. 58(2) the order rests on, when the kinds of order do not say it (e.g. d: bring into compliance).'),
  due: due.optional().describe('When the order must be complied with.'),
  penalty: penalty.optional(),
  compliance: compliance.optional(),
  'superseded-by': ref('the later event that took the place of this order, e.g. the sanction after a formal notice').optional(),
});

const reprimand = z.strictObject({ ...measureCommon, kind: z.enum(['reprimand', 'warning']) });

export const measure = z.discriminatedUnion('kind', [fine, order, reprimand]);

export const finding = z.strictObject({
  id,
  decision: ref('the event (usually a decision) that declared it'),
  kind: z.enum(FINDING_KINDS),
  articles: z.array(article).min(1).optional().describe('The provisions the finding is about.'),
  summary: text('What the decision declared, in one line (e.g. "a general ban was refused").'),
  sources: sourceIds,
  note,
});
