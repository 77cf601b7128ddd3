// The working of a deadline in English: the engine's steps, assumptions and the rules it cites,
// worded from the data of core/time/working.ts, and the notes behind a penalty payment's figures.
import type { AlternativeKind } from '../../analysis/deadline-compute.js';
import type { DeadlineProblem, SuspensionCause } from '../../analysis/deadline-problem.js';
import type { FineNote } from '../../analysis/fines.js';
import type { PenaltyNote } from '../../analysis/penalties.js';
import { weekday, type IsoDate } from '../../core/time/calendar-date.js';
import { formatPeriod } from '../../core/time/period.js';
import type { Assumption, CountNote, NonWorkingReason, OtherReading, RuleApplied, WorkingStep } from '../../core/time/working.js';
import { weekdayName } from '../dates.js';
import type { Working } from '../working.js';
import { legalNotes } from './legal-notes.js';
import { moneyProblem, unconverted } from './money-problems.js';

const day = (date: IsoDate): string => `${date} (${weekdayName(weekday(date), 'en')})`;

function reason(r: NonWorkingReason): string {
  switch (r.kind) {
    case 'weekday':
      return weekdayName(r.weekday, 'en');
    case 'holiday':
      if (r.substitute === true) return `substitute bank holiday: ${r.name}`;
      return r.citation === undefined ? `public holiday: ${r.name}` : `public holiday (${r.citation}): ${r.name}`;
    case 'declared':
      return `declared non-working: ${r.name}`;
    case 'for-periods':
      return `non-working for periods (${r.citation}): ${r.name}`;
    case 'possibly':
      return `possibly non-working (${r.citation}): ${r.name}`;
    case 'august':
      return `summer suspension (${r.citation}): August`;
    case 'offices-closed':
      return `court offices closed (${r.citation}): ${r.name}`;
    case 'open-point':
      return `open point: ${r.text}`;
    case 'listed':
      return r.text;
  }
}

const reasons = (list: readonly NonWorkingReason[]): string => list.map(reason).join('; ');

const FRANC = "délai franc, Conseil d'État case law (CE 29 Dec 2006 n°289818; extension: CE 19 Sept 2014 n°362568)";

const rule = (r: RuleApplied): string => (r.kind === 'franc' ? FRANC : r.august === undefined ? r.citation : `${r.citation}; ${r.august}`);

function countNote(note: CountNote | undefined): string {
  if (note === undefined) return '';
  return note.kind === 'clamped'
    ? `; the month has no day ${note.day}, so its last day`
    : '; the start day being day 1, the day before the same date';
}

function step(s: WorkingStep): string {
  switch (s.kind) {
    case 'start':
      return `start ${day(s.date)}, ${s.countedUnder === undefined ? 'not counted' : `counted as day 1 (${s.countedUnder})`}`;
    case 'working-days-only':
      return `a period in days counts working days only (${s.rule})`;
    case 'summer-start':
      return 'start falls in the summer suspension (1–31 August): counting begins on 1 September';
    case 'count':
      return `+ ${formatPeriod(s.period)} → ${day(s.end)}${countNote(s.note)}${s.notCounting === true ? ', not counting:' : ''}`;
    case 'august-months':
      return `+ ${s.months} month(s) for August, which does not run (${s.rule}) → ${day(s.end)}`;
    case 'summer-suspension':
      return `+ ${s.days} days of summer suspension (${s.rule}) → ${day(s.end)}`;
    case 'franc':
      return `délai franc: + 1 day → ${day(s.end)}`;
    case 'skip':
      return `${day(s.date)} skipped: ${reasons(s.reasons)}`;
    case 'more-skipped':
      return `… and ${s.count} more non-working days skipped`;
    case 'next-working-day':
      return `→ next working day ${day(s.end)} (${rule(s.rule)})`;
    case 'minimum-working-days':
      return `${s.rule}: at least ${s.count} working days in the period → ${day(s.end)}`;
    case 'outside-statute':
      return `${s.rule}: the statute does not apply to a period of ${formatPeriod(s.period)}, so its last day is not moved`;
    case 'not-extended':
      return `${day(s.date)} is non-working (${reasons(s.reasons)}) but the period is not extended`;
    case 'end':
      return `end ${day(s.date)}, ${s.closingTime} local time`;
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
      return `${a.rule} names periods in one unit; a compound period is taken as within it unless it is longer than both ${String(a.days)} days and ${String(a.months)} months`;
    case 'no-member-state':
      return 'no Member State given: only Saturdays and Sundays were treated as non-working, not the public holidays of the State where the act is to be done (Reg. 1182/71 art. 2(1))';
    case 'other-reading':
      return `${otherReading(a.reading)}; under that reading the last day would be ${day(a.end)}`;
    case 'notification-unknown':
      return `notification date of "${a.eventId}" unknown: counted from the event date ${a.date}`;
  }
}

function penaltyNote(n: PenaltyNote): string {
  switch (n.kind) {
    case 'no-deadline':
      return 'no compliance deadline is recorded: nothing is counted as accrued';
    case 'suspended':
      return `${n.days} days under a suspension are not counted`;
    case 'compliance-unknown':
      return 'compliance is not on record: nothing is counted as accrued';
    case 'complied-undated':
      return 'complied on a date not recorded: nothing is counted past the deadline';
    case 'no-evidence':
      return 'no date on which non-compliance is on record: nothing is counted as accrued';
    case 'counted-to':
      return `counted only to ${n.date}, the last day non-compliance is on record`;
    case 'per-breach':
      return 'a penalty per breach accrues only on breaches found; none is recorded';
    case 'breakdown-unknown':
      return 'the breakdown is not known: only the maximum is';
    case 'period-begun':
      return `each ${n.per} begun counts in full (assumed)`;
  }
}

/** The other reading of a deadline, as the JSON export has always written it. */
const ALTERNATIVE_READING: Readonly<Record<AlternativeKind, string>> = {
  'not-extended': 'if the last day is not moved past non-working days',
  'start-day-not-counted': 'if the day of service is not counted (an open point under the Interpretation Act 2005 s.18(h))',
};

function problem(p: DeadlineProblem): string {
  switch (p.kind) {
    case 'no-event':
      return `no event "${p.eventId}"`;
    case 'not-notified':
      return `"${p.eventId}" had not been notified as of ${p.asOf}: the period has not started`;
    case 'dated-imprecisely':
      return `event "${p.eventId}" is dated only to the ${p.precision} (${p.date}) and its notification date is unknown`;
    case 'no-compliance-deadline':
      return 'no compliance deadline is recorded';
    case 'not-a-period':
      return `"${p.text}" is not a period`;
    case 'not-a-date':
      return `"${p.text}" is not a date: ${p.error}`;
    case 'nothing-before':
      return `nothing can be done before ${p.text}`;
    case 'custom-jurisdiction':
      return `the case's jurisdiction is custom (rule stated: ${p.rule ?? 'not stated'}); dossier does not know that legal order's calendar, so count this period by hand`;
    case 'penalty-too-large':
      return `the penalty payment cannot be computed exactly: ${p.message}`;
    case 'engine':
      return p.message;
  }
}

const unconfirmed = (confirmed: boolean): string => (confirmed ? '' : '; recalled, unconfirmed');

function fineNote(n: FineNote): string {
  switch (n.kind) {
    case 'annulled':
      return 'annulled on appeal';
    case 'remitted':
      return 'annulled on appeal and sent back: a new decision is due';
    case 'not-notified':
      return `not notified as of ${n.asOf}: not enforceable`;
    case 'payment-suspended':
      return `payment suspended since ${n.from} (${n.body ?? `by the ${n.by}`})`;
    case 'needs-confirmation':
      return `not in effect until a court confirms it (${n.rule}${unconfirmed(n.confirmed)})`;
    case 'suspended-by-appeal':
      return `not enforceable while the appeal is pending (${n.citation}${unconfirmed(n.confirmed)})`;
    case 'reduced':
      return 'as reduced on appeal';
    case 'appeal-not-suspensive':
      return `an appeal is pending; it does not suspend payment (${n.citation})`;
    case 'appeal-no-rule':
      return `an appeal is pending; no rule on its effect is on record for ${n.jurisdiction}`;
    case 'notification-unknown':
      return 'assuming it was notified (the date is not on record)';
  }
}

const suspension = (s: SuspensionCause): string =>
  s.kind === 'recorded'
    ? `suspended from ${s.from} (${s.body ?? s.by})`
    : `a pending appeal suspends compliance (${s.citation}${s.confirmed ? '' : ', unconfirmed'})`;

export const working: Working = {
  problem,
  moneyProblem,
  unconverted,
  suspension,
  fineNotes: (notes) => notes.map(fineNote).join('; '),
  reasons,
  rule,
  step,
  assumption,
  penaltyNote,
  alternativeReading: (kind) => ALTERNATIVE_READING[kind],
};
