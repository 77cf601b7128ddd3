// Les mots courts de la vue compacte, en français (report sur un terminal étroit) : ses en-têtes
// de colonne et un mot par type d’injonction.
import type { Labels } from '../catalogue.js';

export const compact: Labels['compact'] = {
  decided: 'Décision',
  ordered: 'Injonctions',
  deadline: 'En retard / prochaine',
  orderedDeadline: 'Injonctions ; retard / prochaine',
  penalty: 'astreinte',
  more: { one: 'autre en retard', other: 'autres en retard' },
  orderKind: {
    'stop-processing': 'cesser',
    'delete-data': 'effacer',
    'answer-access-requests': 'accès',
    'appoint-representative': 'représentant',
    'report-compliance': 'rendre compte',
    'inform-data-subjects': 'informer',
    'bring-into-compliance': 'se conformer',
    other: 'autre',
  },
};
