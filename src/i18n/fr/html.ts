// The HTML export's own words in French (the shape is ../html-labels.ts).
import type { HtmlLabels } from '../html-labels.js';

export const FR: HtmlLabels = {
  lang: 'fr',
  contents: 'Sommaire',
  timeline: 'Chronologie',
  timelineTitle: (asOf) => `Chronologie des procédures au ${asOf}`,
  timelineDescription: (cases) =>
    `Une ligne par procédure (${cases})\u00a0: décisions, recours, liquidations et derniers jours des délais\u202f; la ligne pointillée marque la date de référence. Chaque événement figure aussi dans les tableaux ci-dessous.`,
  asOfMark: (asOf) => `au ${asOf}`,
  legend: 'Légende',
  category: {
    decision: 'décision ou jugement',
    appeal: 'recours formé',
    liquidation: 'astreinte liquidée',
    deadline: 'dernier jour d’un délai',
    other: 'autre événement',
  },
  mark: { decision: 'décision', appeal: 'recours', liquidation: 'liquidation', deadline: 'échéance' },
  deadlinesHeader: ['Délai', 'Nature', 'Dernier jour', 'État'],
  working: 'Calcul',
  noDeadlines: 'Aucun délai.',
  footer: (asOf) => `Produit par dossier au ${asOf}. Page statique\u00a0: aucun script, aucune ressource externe.`,
  penaltyCharts: 'Astreintes',
  penaltyChart: {
    title: (deadline) =>
      `Astreinte de ${deadline}\u00a0: montant couru dans le temps, face aux montants liquidés et exigibles et au plafond`,
    accrued: 'couru',
    liquidated: 'liquidé',
    payable: 'exigible',
    cap: 'plafond',
    notComputed: 'non calculé',
    seriesHeader: ['Série', 'Montant'],
    straightAccrual: (days) =>
      `Le montant couru est tracé en ligne droite\u202f; ${days}\u00a0jours de suspension n’y apparaissent pas comme un palier.`,
  },
};
