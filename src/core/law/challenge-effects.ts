// Does challenging a decision suspend it by itself? Per jurisdiction, with the rule cited.
// Marks as in the research: C confirmed in a source, M recalled but not read here, I inference.
// Where a rule is not confirmed the result says so; a case records any actual suspension (an
// interim order, the State's forbearance) as data, which always counts.

export type Confidence = 'C' | 'M' | 'I';

export interface ChallengeEffect {
  /** A pending challenge suspends payment of a fine. */
  readonly suspendsPayment: boolean;
  /** A pending challenge suspends compliance with orders (and so the accrual of their penalties). */
  readonly suspendsCompliance: boolean;
  readonly citation: string;
  readonly confidence: Confidence;
  readonly note?: string;
  /**
   * A fine takes effect only when a court has confirmed it or an appeal against it has been
   * determined: until then it is not enforceable, appealed or not (the citation of that rule).
   */
  readonly fineNeedsConfirmation?: string;
}

const RULES: Readonly<Record<string, ChallengeEffect>> = {
  GB: {
    suspendsPayment: true,
    suspendsCompliance: true,
    citation: 'DPA 2018 Sch 16 para 9 (penalty notices); s. 162 (enforcement notices)',
    confidence: 'M',
    note: 'No recovery while an appeal against the penalty notice is pending or can still be brought (text recalled, not read here).',
  },
  FR: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: "Code de justice administrative art. L4: a petition to the Conseil d'État has no suspensive effect",
    confidence: 'C',
    note: 'Only a référé-suspension (CJA L521-1) suspends a CNIL sanction.',
  },
  IT: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: 'D.lgs. 150/2011 art. 5: the court may suspend on request; opposition does not suspend by itself',
    confidence: 'M',
  },
  GR: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: 'Law 4624/2019 art. 20(2): an application for annulment does not suspend the decision',
    confidence: 'C',
  },
  NL: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: 'Awb 6:16: objection and appeal do not suspend a decision',
    confidence: 'C',
    note: 'A suspension reported in a case needs its own basis (an interim measure, or Awb 5:10a for fines, recalled and unconfirmed): record it as a suspension.',
  },
  EU: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: 'TFEU art. 278: actions before the Court of Justice have no suspensive effect',
    confidence: 'M',
  },
  AT: {
    suspendsPayment: true,
    suspendsCompliance: true,
    citation: 'VwGVG § 13(1): a complaint to the administrative court has suspensive effect',
    confidence: 'M',
  },
  DE: {
    suspendsPayment: true,
    suspendsCompliance: true,
    citation: 'VwGO § 80(1) (objection and action suspend); OWiG § 89 (a fine is enforceable once final)',
    confidence: 'M',
  },
  LU: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: 'Loi du 21 juin 1999 art. 11: an administrative action has no suspensive effect unless the court orders it',
    confidence: 'M',
  },
  BE: {
    suspendsPayment: false,
    suspendsCompliance: false,
    citation: 'Loi du 3 décembre 2017 art. 108: the decision is "exécutoire par provision, nonobstant recours"',
    confidence: 'C',
  },
  ES: {
    suspendsPayment: true,
    suspendsCompliance: true,
    citation: 'Ley 39/2015 arts. 90(3) and 98(1)(b): a sanction is enforceable only when no ordinary administrative appeal lies against it',
    confidence: 'C',
  },
  IE: {
    suspendsPayment: true,
    suspendsCompliance: false,
    citation: 'Data Protection Act 2018 ss. 142-143: a fine takes effect only on appeal or on confirmation by the Circuit Court',
    confidence: 'M',
    fineNeedsConfirmation:
      'Data Protection Act 2018 s. 143: a fine not appealed takes effect only once the Circuit Court confirms it on the DPC’s application',
  },
  PL: { suspendsPayment: true, suspendsCompliance: false, citation: 'Ustawa o ochronie danych osobowych art. 105', confidence: 'M' },
  SE: {
    suspendsPayment: true,
    suspendsCompliance: false,
    citation: 'Dataskyddslagen 6 kap.: payable once the decision has legal force',
    confidence: 'M',
  },
  FI: { suspendsPayment: true, suspendsCompliance: false, citation: 'Tietosuojalaki § 24: enforced only once final', confidence: 'M' },
};

/** The rule for a jurisdiction code; a German Land follows the federal rule. */
export function challengeEffect(jurisdiction: string): ChallengeEffect | undefined {
  return RULES[jurisdiction.startsWith('DE-') ? 'DE' : jurisdiction];
}
