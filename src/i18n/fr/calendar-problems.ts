// Pourquoi un délai ne peut pas être compté sur son calendrier (core/time/computation.ts,
// CalendarProblem). Typographie : espace insécable (U+00A0) avant « : ».
import type { CalendarProblem } from '../../core/time/computation.js';
import { formatDate } from '../format.js';

const C = '\u00a0: ';

export function calendarProblem(p: CalendarProblem): string {
  switch (p.kind) {
    case 'outside-tables':
      return `pas de jours fériés pour ${p.code} en ${p.year}${C}les tables couvrent ${p.first}–${p.last} (voir le README, How deadlines are computed)`;
    case 'compound-working-days':
      return `un délai en jours ne compte que les jours ouvrables (${p.rule}), ce qu’une durée composée ne peut pas mêler à des mois ou des années${C}inscrivez-en les parties comme des délais distincts`;
    case 'compound-august':
      return `une durée composée sous la règle d’août de ${p.jurisdiction} n’a pas de décompte établi${C}inscrivez-en les parties comme des délais distincts`;
    case 'no-working-day':
      return `aucun jour ouvré dans les ${p.days} jours qui suivent le ${formatDate(p.after, 'fr')}${C}le calendrier des jours non ouvrés (ou un fichier --holidays) en déclare trop d’affilée`;
  }
}
