// The closed vocabularies of the case-file format (event kinds, order kinds, appeal outcomes…),
// apart from the zod schema that checks them: renderers and labels list them in this order, and
// commands that read no case file (due) need not load zod to know them.

export const EVENT_KINDS = [
  'complaint',
  'investigation',
  'formal-notice',
  'notice-of-intent',
  'hearing',
  'draft-decision',
  'objection',
  'referral',
  'binding-decision',
  'decision',
  'notification',
  'publication',
  'appeal-filed',
  'judgment',
  'liquidation',
  'collection',
  'payment',
  'compliance',
  'other',
] as const;

export const APPEAL_OUTCOMES = ['pending', 'dismissed', 'allowed', 'partly-allowed', 'remitted', 'withdrawn', 'unknown'] as const;

export const EFFECTS = ['upheld', 'annulled', 'reduced', 'remitted', 'set-aside'] as const;

export const SUSPENSION_SCOPES = ['payment', 'compliance', 'accrual'] as const;

export const PENALTY_UNITS = ['day', 'breach', 'lump-sum', 'unknown'] as const;

export const ORDER_KINDS = [
  'stop-processing',
  'delete-data',
  'answer-access-requests',
  'appoint-representative',
  'report-compliance',
  'inform-data-subjects',
  'bring-into-compliance',
  'other',
] as const;

/** GDPR Art. 58(2): the corrective powers, by letter. */
export const CORRECTIVE_POWERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

export const FINDING_KINDS = ['infringement', 'unlawful-processing', 'no-infringement', 'request-refused', 'other'] as const;
