// Les points de droit que les conventions impriment avec un résultat, en français : hypothèses,
// points non tranchés et notes (src/core/time/legal-notes.ts les nomme). Ce qui est « de mémoire »
// ou « non confirmé » en anglais l’est aussi ici. Typographie : U+00A0 avant « : », U+202F avant « ; ».
import type { LegalNote } from '../../core/time/legal-notes.js';

export const legalNotes: Readonly<Record<LegalNote, string>> = {
  'eu-minimum-working-days': 'art. 3(5) du règlement 1182/71 appliqué de mémoire, sans vérification sur le texte',
  'fr-decision-period':
    'on suppose que l’art. 642 du CPC proroge un délai fixé par une décision de la CNIL\u202f; ce n’est pas confirmé (point ouvert\u00a0: la CNIL n’a pas dit comment elle compte)',
  'it-august-months':
    'pour un délai en mois ou en années, les jours suspendus sont ajoutés après le décompte calendaire (pratique de la Cassazione, non vérifiée)',
  'it-decision-period': 'on suppose que l’art. 155 du c.p.c. s’applique à un délai fixé par une décision du Garante\u202f; non confirmé',
  'it-saturday':
    'samedi tenu pour non ouvré au titre de l’art. 155(5) du c.p.c., qui vise les actes de procédure accomplis hors audience\u202f; qu’il proroge un délai de paiement n’est pas confirmé',
  'gr-decision-period': 'on suppose que l’art. 242 AK s’applique à un délai fixé par une décision de la HDPA\u202f; non confirmé',
  'gr-saturday':
    'samedi tenu pour non ouvré d’après l’art. 144(3) ΚΠολΔ\u202f; l’art. 242 AK ne vise que les jours fériés, et la pratique du Conseil d’État grec n’est pas vérifiée',
  'gb-decision-period': 'on suppose que la règle 12 du tribunal s’applique à un délai fixé par un avis de l’ICO\u202f; non confirmé',
  'nl-decision-period':
    'l’ATW ne vise que les délais fixés par la loi\u00a0: un délai fixé par une décision (begunstigingstermijn) n’est donc pas prorogé (déduction)',
  'at-decision-period': 'on suppose que l’AVG § 33(2) reporte aussi la fin d’un délai fixé par l’autorité\u202f; non confirmé',
  'at-note':
    'AVG § 33(3)\u00a0: les jours d’acheminement postal ne sont pas comptés\u202f; un envoi remis à un prestataire de distribution au plus tard ce jour est dans les délais',
  'de-decision-period':
    'VwVfG § 31(3)\u00a0: un délai fixé par l’autorité est reporté lui aussi, sauf si l’autorité a expressément fixé ce dernier jour\u202f; non vérifié dans la décision',
  'ie-decision-period':
    'on suppose que RSC O.122 r.3 reporte aussi la fin d’un délai fixé par une décision ou un avis de la DPC\u202f; non confirmé',
  'ie-open-point':
    'la fin a été reportée en vertu de RSC O.122 r.3 (actes de procédure judiciaire)\u202f; aucune règle irlandaise n’a été trouvée pour un délai légal qui finit un jour non ouvrable hors des règles de procédure (point non tranché)',
  'ie-start-day-counted':
    'point non tranché\u00a0: selon la règle par défaut de l’Interpretation Act 2005 s.18(h), le jour de la signification est le premier jour du délai',
  'ie-start-day-not-counted':
    'point non tranché\u00a0: le jour de la signification peut ne pas compter (intention contraire au sens de s.4(1), ou pratique judiciaire de compter à partir du lendemain)\u202f; aucune décision irlandaise sur les délais du DPA 2018 n’a été trouvée',
  'lu-decision-period':
    'on suppose que la loi de 1984 (STE 76) reporte aussi la fin d’un délai fixé par une décision de la CNPD\u202f; non confirmé',
  'es-august-months':
    'août est retiré comme un mois entier, le décompte de date à date reprenant en septembre (pratique rapportée de mémoire, non vérifiée sur une décision)',
  'es-august-start':
    'notifié en août\u00a0: compté à partir du 1er septembre (STS du 2 juin 2020, rec. 3780/2019)\u202f; la question de savoir si 2 mois finissent alors le 31 octobre ou le 1er novembre a été tranchée par la STS 552/2022, dont la solution n’a pas été lue (point non tranché)',
  'es-august-days':
    'un délai en semaines ou en jours calendaires est compté août compris, et seul un dernier jour tombant en août est reporté, au premier jour ouvré de septembre (LJCA art. 128.2)\u202f; la question de savoir si août est retiré d’un tel décompte n’a pas été vérifiée (point non tranché)',
  'es-decision-period':
    'on suppose que l’art. 30 de la Ley 39/2015 régit aussi un délai fixé par une décision de l’AEPD\u202f; non confirmé',
  'es-open-point':
    'seuls les jours fériés nationaux ont été comptés\u00a0: un jour férié de la communauté autonome ou de la commune où réside la partie ou siège l’autorité est aussi inhábil (Ley 39/2015 art. 30.6, de mémoire)\u202f; déclarez ces jours comme jours non ouvrés supplémentaires',
  'be-decision-period':
    'l’art. 53 du Code judiciaire ne reporte la fin que des délais de procédure (Cass. 28 avril 1988)\u00a0: un délai fixé par une décision de l’APD n’est donc pas reporté (déduction)',
  'be-note':
    'Code judiciaire art. 53bis (de mémoire)\u00a0: une décision envoyée par pli recommandé simple est réputée notifiée le 3e jour ouvrable après son dépôt à la poste, et le délai court de ce jour',
  'pl-decision-period':
    'on suppose que l’art. 57 §4 KPA reporte aussi la fin d’un délai fixé par une décision de l’UODO\u202f; non confirmé',
  'pl-note': 'l’art. 115 KC ne reporte pas la fin d’un délai de prescription (résolution de la Cour suprême III CZP 21/23, 22 mai 2024)',
  'pl-open-point': 'le jour de l’événement n’est pas compté (KPA art. 57 §1), de mémoire\u202f; le texte n’a pas été lu',
  'se-decision-period':
    'la lag 1930:173 vise les délais légaux\u202f; on suppose qu’elle reporte aussi la fin d’un délai fixé par l’IMY\u202f; non confirmé',
  'se-open-point':
    'on suppose que le jour de l’événement n’est pas compté pour un délai en jours\u00a0: la lag 1930:173 n’a pas de telle règle (de mémoire)',
  'no-decision-period':
    'on suppose que le § 149 de la domstolloven reporte aussi la fin d’un délai fixé par le Datatilsynet\u202f; non confirmé',
  'no-note':
    'domstolloven § 146\u00a0: un envoi remis à la poste avant la fin est dans les délais\u202f; les délais de recours juridictionnel excluent aussi les vacances judiciaires (rettsferie, § 140), qui ne sont pas décomptées ici',
  'dk-open-point':
    'le Danemark n’a pas de loi générale sur le calcul des délais\u00a0: la règle du § 27 de la forældelsesloven, écrite pour les délais de prescription, a été appliquée par analogie (point non tranché)',
  'fi-decision-period':
    'la laki 150/1930 vise les délais légaux (§ 1)\u202f; on suppose qu’elle reporte aussi la fin d’un délai fixé par le Médiateur\u202f; non confirmé',
  'fi-note':
    'laki 150/1930 § 6\u00a0: un acte à accomplir auprès d’un service doit l’être avant la fermeture de ce service le dernier jour',
};
