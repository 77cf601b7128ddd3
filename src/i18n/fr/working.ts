// Le calcul d’un délai en français : les étapes, les hypothèses et les règles citées par le moteur,
// rédigées à partir des données de core/time/working.ts, et les notes des chiffres d’une astreinte.
// Typographie : espace insécable (U+00A0) avant « : », fine insécable (U+202F) avant « ; ».
import type { AlternativeKind } from '../../analysis/deadline-compute.js';
import type { DeadlineProblem, SuspensionCause } from '../../analysis/deadline-problem.js';
import type { FineNote } from '../../analysis/fines.js';
import type { PenaltyNote } from '../../analysis/penalties.js';
import type { IsoDate } from '../../core/time/calendar-date.js';
import type { Jurisdiction } from '../../core/time/conventions.js';
import { parseSimplePeriod, periodParts, type Period, type PeriodPart } from '../../core/time/period.js';
import type { Assumption, CountNote, NonWorkingReason, OtherReading, RuleApplied, WorkingStep } from '../../core/time/working.js';
import { weekdayName } from '../dates.js';
import { formatDate, formatDateWithWeekday, plural } from '../format.js';
import type { Working } from '../working.js';
import { calendarProblem } from './calendar-problems.js';
import { challengeCitation } from './challenge-citations.js';
import { legalNotes } from './legal-notes.js';
import { FR as LABELS } from './terminal.js';
import { moneyProblem, unconverted } from './money-problems.js';

const C = '\u00a0: ';
const S = '\u202f; ';

const day = (date: IsoDate): string => formatDateWithWeekday(date, 'fr');
const period = (p: Period | PeriodPart): string =>
  periodParts(p)
    .map((part) => plural(part.count, LABELS.periodUnit[part.unit], 'fr'))
    .join(' + ');

function reason(r: NonWorkingReason): string {
  switch (r.kind) {
    case 'weekday':
      return weekdayName(r.weekday, 'fr');
    case 'holiday':
      if (r.substitute === true) return `jour férié reporté${C}${r.name}`;
      return r.citation === undefined ? `jour férié${C}${r.name}` : `jour férié (${r.citation})${C}${r.name}`;
    case 'declared':
      return `jour déclaré chômé${C}${r.name}`;
    case 'for-periods':
      return `jour non ouvré pour les délais (${r.citation})${C}${r.name}`;
    case 'possibly':
      return `peut-être non ouvré (${r.citation})${C}${r.name}`;
    case 'august':
      return `suspension estivale (${r.citation})${C}août`;
    case 'offices-closed':
      return `greffes fermés (${r.citation})${C}${r.name}`;
    case 'open-point':
      // The calendar data's open points are written in English only.
      return `point ouvert${C}${r.text}`;
    case 'listed':
      // The calendar data's own words (a few kinds of day beyond public holidays), as written.
      return r.text;
  }
}

const reasons = (list: readonly NonWorkingReason[]): string => list.map(reason).join(S);

/**
 * Citations whose English text carries an English gloss; the others are the law's own name in its
 * own language (Codice di procedura civile, AVG §§ 32–33…) and are printed as the convention gives them.
 */
const CITATION: Readonly<Partial<Record<Jurisdiction, string>>> = {
  EU: 'règlement (CEE, Euratom) n° 1182/71, art. 3',
  FR: 'Code de procédure civile, art. 640 à 642',
  GR: 'Αστικός Κώδικας (Code civil grec), art. 240 à 246',
  GB: 'Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009, règle 12',
  NL: 'Algemene termijnenwet, art. 1 et 3',
  IE: 'Interpretation Act 2005 s.18(h)\u202f; Rules of the Superior Courts O.122 r.1 et r.3',
  LU: 'loi du 30 mai 1984 (Convention européenne sur la computation des délais, STE 76), art. 2',
  ES: 'Ley 39/2015 art. 30 (recours juridictionnels : LJCA arts. 46.1 et 128.2)',
  PL: 'KPA art. 57 et Kodeks cywilny art. 115',
  DK: 'Forældelsesloven § 27 (par analogie, faute de loi générale sur les délais)',
  ...Object.fromEntries(
    (['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const).map((land) => [
      `DE-${land}`,
      'VwVfG § 31 avec BGB §§ 187–193 (juridictions : VwGO § 57 avec ZPO § 222)',
    ]),
  ),
};

const FRANC = `délai franc, jurisprudence du Conseil d’État (CE 29 déc. 2006 n° 289818${S}report${C}CE 19 sept. 2014 n° 362568)`;

function rule(r: RuleApplied): string {
  if (r.kind === 'franc') return FRANC;
  const citation = CITATION[r.jurisdiction] ?? r.citation;
  return r.august === undefined ? citation : `${citation}${S}${r.august}`;
}

function countNote(note: CountNote | undefined): string {
  if (note === undefined) return '';
  return note.kind === 'clamped'
    ? `${S}le mois n’a pas de ${note.day}, d’où son dernier jour`
    : `${S}le jour de départ comptant pour le premier jour, la veille de la même date`;
}

function step(s: WorkingStep): string {
  switch (s.kind) {
    case 'start':
      return `point de départ${C}${day(s.date)}, ${s.countedUnder === undefined ? 'non compté' : `compté comme premier jour (${s.countedUnder})`}`;
    case 'working-days-only':
      return `un délai en jours ne compte que les jours ouvrables (${s.rule})`;
    case 'summer-start':
      return `le point de départ tombe pendant la suspension estivale (1er–31 août)${C}le décompte commence le 1er septembre`;
    case 'count':
      return `+ ${period(s.period)} → ${day(s.end)}${countNote(s.note)}${s.notCounting === true ? `, sans compter${C.trimEnd()}` : ''}`;
    case 'august-months':
      return `+ ${plural(s.months, LABELS.periodUnit.month, 'fr')} pour août, qui ne court pas (${s.rule}) → ${day(s.end)}`;
    case 'summer-suspension':
      return `+ ${plural(s.days, LABELS.days, 'fr')} de suspension estivale (${s.rule}) → ${day(s.end)}`;
    case 'franc':
      return `délai franc${C}+ 1 jour → ${day(s.end)}`;
    case 'skip':
      return `${day(s.date)} sauté${C}${reasons(s.reasons)}`;
    case 'more-skipped':
      return `… et ${plural(s.count, { one: 'autre jour non ouvré sauté', other: 'autres jours non ouvrés sautés' }, 'fr')}`;
    case 'next-working-day':
      return `→ jour ouvrable suivant${C}${day(s.end)} (${rule(s.rule)})`;
    case 'minimum-working-days':
      return `${s.rule}${C}au moins ${plural(s.count, LABELS.periodUnit['working-day'], 'fr')} dans le délai → ${day(s.end)}`;
    case 'outside-statute':
      return `${s.rule}${C}la loi ne s’applique pas à un délai de ${period(s.period)}, son dernier jour n’est donc pas reporté`;
    case 'not-extended':
      return `${day(s.date)} est non ouvré (${reasons(s.reasons)}), mais le délai n’est pas prorogé`;
    case 'end':
      return `fin${C}${day(s.date)}, ${s.closingTime.replace(':', '\u00a0h\u00a0')}, heure locale`;
    case 'note':
      return legalNotes[s.note];
  }
}

const otherReading = (r: OtherReading): string => (r.kind === 'legal' ? legalNotes[r.note] : r.note);

function assumption(a: Assumption): string {
  switch (a.kind) {
    case 'legal':
      return legalNotes[a.note];
    case 'compound-within-statute':
      return `${a.rule} vise des délais exprimés dans une seule unité${C}un délai composé est tenu pour couvert, sauf s’il dépasse à la fois ${plural(a.days, LABELS.days, 'fr')} et ${plural(a.months, LABELS.periodUnit.month, 'fr')}`;
    case 'no-member-state':
      return `aucun État membre indiqué${C}seuls les samedis et dimanches ont été tenus pour non ouvrés, et non les jours fériés de l’État où l’acte doit être accompli (règlement 1182/71, art. 2(1))`;
    case 'other-reading':
      return `${otherReading(a.reading)}${S}selon cette lecture, le dernier jour serait le ${day(a.end)}`;
    case 'notification-unknown':
      return `date de notification de « ${a.eventId} » inconnue${C}délai compté à partir de la date de l’événement, ${formatDate(a.date, 'fr')}`;
  }
}

function penaltyNote(n: PenaltyNote): string {
  switch (n.kind) {
    case 'no-deadline':
      return `aucun délai d’exécution n’est documenté${C}rien n’est compté comme couru`;
    case 'suspended':
      return plural(n.days, { one: 'jour de suspension n’est pas compté', other: 'jours de suspension ne sont pas comptés' }, 'fr');
    case 'compliance-unknown':
      return `l’exécution n’est pas documentée${C}rien n’est compté comme couru`;
    case 'complied-undated':
      return `exécuté à une date non documentée${C}rien n’est compté au-delà du délai`;
    case 'no-evidence':
      return `aucune date ne documente l’inexécution${C}rien n’est compté comme couru`;
    case 'counted-to':
      return `compté seulement jusqu’au ${formatDate(n.date, 'fr')}, dernier jour où l’inexécution est documentée`;
    case 'per-breach':
      return `une astreinte par manquement ne court que sur les manquements constatés${S}aucun n’est documenté`;
    case 'breakdown-unknown':
      return `la ventilation n’est pas connue${C}seul le maximum l’est`;
    case 'period-begun': {
      const p = parseSimplePeriod(n.per);
      return `chaque période ${p === undefined ? n.per : `de ${period(p)}`} commencée compte en entier (hypothèse)`;
    }
  }
}

const ALTERNATIVE_READING: Readonly<Record<AlternativeKind, string>> = {
  'not-extended': LABELS.field.alternativeReading['not-extended'],
  'start-day-not-counted': LABELS.field.alternativeReading['start-day-not-counted'],
};

const PRECISION: Readonly<Record<string, string>> = { month: 'au mois', year: 'à l’année', day: 'au jour' };

function problem(p: DeadlineProblem): string {
  switch (p.kind) {
    case 'no-event':
      return `aucun événement « ${p.eventId} »`;
    case 'not-notified':
      return `« ${p.eventId} » n’était pas notifié au ${formatDate(p.asOf, 'fr')}${C}le délai n’a pas commencé`;
    case 'dated-imprecisely':
      return `l’événement « ${p.eventId} » n’est daté qu’${PRECISION[p.precision] ?? p.precision} (${formatDate(p.date, 'fr')}) et sa date de notification est inconnue`;
    case 'no-compliance-deadline':
      return 'aucun délai d’exécution n’est documenté';
    case 'not-a-period':
      return `« ${p.text} » n’est pas une durée`;
    case 'not-a-date':
      return `« ${p.text} » n’est pas une date${C}${p.error}`;
    case 'nothing-before':
      return `rien ne peut être fait avant ${p.text}`;
    case 'custom-jurisdiction':
      return `la juridiction du dossier est « custom » (règle indiquée${C}${p.rule ?? 'non indiquée'})${S}dossier ne connaît pas le calendrier de cet ordre juridique, comptez ce délai à la main`;
    case 'penalty-too-large':
      // The message (English) gives the product or the sum that overflowed; the JSON keeps it.
      return `l’astreinte ne peut pas être calculée exactement${C}le montant dépasserait 2^53 − 1 unités mineures, au-delà du calcul exact`;
    case 'engine':
      // An error the calendar words as data is worded here; any other (a bug's) stays in English.
      return p.calendar === undefined ? p.message : calendarProblem(p.calendar);
  }
}

const SUSPENDED_BY: Readonly<Record<string, string>> = {
  court: 'une juridiction',
  authority: 'l’autorité',
  state: 'l’État',
  law: 'la loi',
};

const unconfirmed = (confirmed: boolean): string => (confirmed ? '' : `${S}de mémoire, non confirmé`);

function fineNote(n: FineNote): string {
  switch (n.kind) {
    case 'annulled':
      return 'annulée en appel';
    case 'remitted':
      return `annulée en appel et renvoyée${C}une nouvelle décision est attendue`;
    case 'not-notified':
      return `non notifiée au ${formatDate(n.asOf, 'fr')}${C}non exécutoire`;
    case 'payment-suspended':
      return `paiement suspendu depuis le ${formatDate(n.from, 'fr')} (${n.body ?? `par ${SUSPENDED_BY[n.by] ?? n.by}`})`;
    case 'needs-confirmation':
      return `sans effet tant qu’une juridiction ne l’a pas confirmée (${challengeCitation(n.rule)}${unconfirmed(n.confirmed)})`;
    case 'suspended-by-appeal':
      return `non exécutoire tant que le recours est pendant (${challengeCitation(n.citation)}${unconfirmed(n.confirmed)})`;
    case 'reduced':
      return 'telle que réduite en appel';
    case 'appeal-not-suspensive':
      return `un recours est pendant${S}il ne suspend pas le paiement (${challengeCitation(n.citation)})`;
    case 'appeal-no-rule':
      return `un recours est pendant${S}aucune règle sur son effet n’est documentée pour ${n.jurisdiction}`;
    case 'notification-unknown':
      return 'à supposer qu’elle ait été notifiée (la date n’est pas documentée)';
  }
}

const suspension = (s: SuspensionCause): string =>
  s.kind === 'recorded'
    ? `suspendu depuis le ${formatDate(s.from, 'fr')} (${s.body ?? SUSPENDED_BY[s.by] ?? s.by})`
    : `un recours pendant suspend l’exécution (${challengeCitation(s.citation)}${s.confirmed ? '' : ', non confirmé'})`;

export const working: Working = {
  problem,
  moneyProblem,
  unconverted,
  suspension,
  fineNotes: (notes) => notes.map(fineNote).join(S),
  reasons,
  rule,
  step,
  assumption,
  penaltyNote,
  alternativeReading: (kind) => ALTERNATIVE_READING[kind],
};
