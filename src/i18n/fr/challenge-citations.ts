// Les règles sur l’effet d’un recours (src/core/law/challenge-effects.ts) en français, par leur texte
// anglais : le nom de la loi est gardé, sa glose est traduite. Un texte absent de cette table est
// imprimé tel quel (test/render/no-english-in-french.test.ts vérifie qu’il n’en manque aucun).
export const CHALLENGE_CITATIONS: Readonly<Record<string, string>> = {
  'DPA 2018 Sch 16 para 9 (penalty notices); s. 162 (enforcement notices)':
    'DPA 2018 Sch 16 para 9 (avis de sanction pécuniaire)\u202f; s. 162 (avis d’exécution)',
  "Code de justice administrative art. L4: a petition to the Conseil d'État has no suspensive effect":
    'Code de justice administrative art. L4\u00a0: la requête au Conseil d’État n’a pas d’effet suspensif',
  'D.lgs. 150/2011 art. 5: the court may suspend on request; opposition does not suspend by itself':
    'D.lgs. 150/2011 art. 5\u00a0: le juge peut suspendre sur demande\u202f; l’opposition ne suspend pas par elle-même',
  'Law 4624/2019 art. 20(2): an application for annulment does not suspend the decision':
    'loi 4624/2019 art. 20(2)\u00a0: le recours en annulation ne suspend pas la décision',
  'Awb 6:16: objection and appeal do not suspend a decision': 'Awb 6:16\u00a0: la réclamation et le recours ne suspendent pas une décision',
  'TFEU art. 278: actions before the Court of Justice have no suspensive effect':
    'TFUE art. 278\u00a0: les recours devant la Cour de justice n’ont pas d’effet suspensif',
  'VwGVG § 13(1): a complaint to the administrative court has suspensive effect':
    'VwGVG § 13(1)\u00a0: le recours au tribunal administratif a un effet suspensif',
  'VwGO § 80(1) (objection and action suspend); OWiG § 89 (a fine is enforceable once final)':
    'VwGO § 80(1) (la réclamation et le recours suspendent)\u202f; OWiG § 89 (une amende est exécutoire une fois définitive)',
  'Loi du 21 juin 1999 art. 11: an administrative action has no suspensive effect unless the court orders it':
    'loi du 21 juin 1999 art. 11\u00a0: le recours administratif n’a pas d’effet suspensif, sauf si le juge l’ordonne',
  'Loi du 3 décembre 2017 art. 108: the decision is "exécutoire par provision, nonobstant recours"':
    'loi du 3 décembre 2017 art. 108\u00a0: la décision est «\u00a0exécutoire par provision, nonobstant recours\u00a0»',
  'Ley 39/2015 arts. 90(3) and 98(1)(b): a sanction is enforceable only when no ordinary administrative appeal lies against it':
    'Ley 39/2015 arts. 90(3) et 98(1)(b)\u00a0: une sanction n’est exécutoire que lorsqu’aucun recours administratif ordinaire n’est plus ouvert contre elle',
  'Data Protection Act 2018 ss. 142-143: a fine takes effect only on appeal or on confirmation by the Circuit Court':
    'Data Protection Act 2018 ss. 142-143\u00a0: une amende ne prend effet qu’après recours ou confirmation par la Circuit Court',
  'Data Protection Act 2018 s. 143: a fine not appealed takes effect only once the Circuit Court confirms it on the DPC’s application':
    'Data Protection Act 2018 s. 143\u00a0: une amende non contestée ne prend effet qu’une fois confirmée par la Circuit Court à la demande de la DPC',
  'Ustawa o ochronie danych osobowych art. 105': 'Ustawa o ochronie danych osobowych art. 105',
  'Dataskyddslagen 6 kap.: payable once the decision has legal force':
    'Dataskyddslagen 6 kap.\u00a0: exigible une fois la décision passée en force de chose jugée',
  'Tietosuojalaki § 24: enforced only once final': 'Tietosuojalaki § 24\u00a0: exécutée seulement une fois définitive',
};

/** The French text of a rule on the effect of a challenge, or the rule as written. */
export const challengeCitation = (english: string): string => CHALLENGE_CITATIONS[english] ?? english;
