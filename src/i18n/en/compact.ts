// The compact overview's short words in English (report on a narrow terminal): its column heads
// and one word per kind of order.
import type { ORDER_KINDS } from '../../model/kinds.js';

export const compact = {
  decided: 'Decided',
  ordered: 'Ordered',
  deadline: 'Overdue / next',
  orderedDeadline: 'Ordered; overdue / next',
  penalty: 'penalty',
  more: { one: 'more overdue', other: 'more overdue' },
  orderKind: {
    'stop-processing': 'stop',
    'delete-data': 'delete',
    'answer-access-requests': 'access',
    'appoint-representative': 'representative',
    'report-compliance': 'report',
    'inform-data-subjects': 'inform',
    'bring-into-compliance': 'comply',
    other: 'other',
  } satisfies Record<(typeof ORDER_KINDS)[number], string>,
};
