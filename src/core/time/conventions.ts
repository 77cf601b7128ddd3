// How each jurisdiction ends a period: which days are non-working for the roll-forward, whether the
// last day rolls forward by default, and options for the points of law that are not settled.
// Marks: [C] confirmed in a source, [M] recalled but not checked against the text, [I] inference;
// every [M] or [I] point is an option or an assumption printed with the result.

import type { Weekday } from './calendar-date.js';
import type { LegalNote } from './legal-notes.js';
import { austriaConvention, GERMAN_LANDS, germanConvention } from './conventions-at-de.js';
import { EEA_JURISDICTIONS, EEA_OPTION_DOCS, eeaConventions, type CountingOptions, type CountingRules } from './conventions-eea.js';

/** Every supported jurisdiction: the single list (case files, the CLI and the calendars read it). */
export const JURISDICTIONS = [
  'EU',
  'FR',
  'IT',
  'GR',
  'GB',
  'NL',
  'AT',
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
  ...EEA_JURISDICTIONS,
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export type GermanLand = Extract<Jurisdiction, `DE-${string}`>;

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value);
}

/** Why a code is not a jurisdiction, listing the supported ones (plain DE: the Länder). */
export function jurisdictionProblem(code: string): string {
  if (code.toUpperCase() === 'DE') {
    return `Germany needs a Land, as holidays differ by Land (use the one where the act is done): ${JURISDICTIONS.filter((j) => j.startsWith('DE-')).join(', ')}`;
  }
  return `"${code}" is not a supported jurisdiction; use one of ${JURISDICTIONS.join(', ')}`;
}

/** Who set the period: a statute or procedural rule, or the authority in its decision. */
export type PeriodSource = 'statute' | 'decision';

/** Options read by the deadline engine. */
export interface DeadlineOptions extends CountingOptions {
  /** Default 'statute'. A period fixed in a decision (compliance or grace period) may roll differently. */
  periodSource?: PeriodSource;
  /** FR only, default false: délai franc (Conseil d'État appeals), last day = same date + 1. */
  francDelay?: boolean;
  /** IT only, default false: suspend the running of the period from 1 to 31 August. */
  summerSuspension?: boolean;
}

/** Options read by the non-working-day calendar. */
export interface CalendarRuleOptions {
  /** GR only, default true: Saturday is non-working (ΚΠολΔ 144(3)). */
  greekSaturday?: boolean;
  /** IT only, default true: Saturday is non-working (c.p.c. art. 155(5), since 2006). */
  italianSaturday?: boolean;
}

/** Every documented option, as a case file or the CLI may give them. */
export type ConventionOptions = DeadlineOptions & CalendarRuleOptions;

export interface OptionDoc {
  name: keyof ConventionOptions;
  appliesTo: readonly Jurisdiction[];
  defaultValue: boolean | PeriodSource;
  meaning: string;
  basis: string;
}

export interface Convention extends CountingRules {
  jurisdiction: Jurisdiction;
  name: string;
  /** Citation of the rule that counts the period and moves its last day. */
  rule: string;
  /** Weekdays that are non-working by default, besides public holidays. */
  nonWorkingWeekdays: readonly Weekday[];
  holidays: string;
  /** Whether a statutory period ending on a non-working day moves to the next working day. */
  extend: boolean;
  /** The same for a period fixed in a decision, and the caveat to print with the result. */
  decisionPeriod: { extend: boolean; assumption?: LegalNote };
  /** Printed when a Saturday moved the end, for jurisdictions where that is not settled. */
  saturdayAssumption?: LegalNote;
  /** A period of `fromDays` days or more contains at least `count` working days (Reg. 1182/71 art. 3(5), ATW art. 2). */
  minimumWorkingDays?: { count: number; fromDays: number; rule: string; assumption?: LegalNote };
  /** ATW art. 4(a): longer periods are outside the statute, so their last day is not moved. */
  notExtendedBeyond?: { days: number; weeks: number; months: number; years: number; rule: string };
  /** A rule printed with every result (AT: days in the post are not counted). */
  note?: LegalNote;
  /** Local time at which the last day closes. */
  closingTime: '24:00' | '17:00';
}

const SATURDAY_AND_SUNDAY: readonly Weekday[] = [6, 0];

const CONVENTIONS: Readonly<Record<Jurisdiction, Convention>> = {
  // [C]: art. 3(1) event day excluded; 3(2)(c) same date or last day of month; 3(4) a last day
  // that is a public holiday, Saturday or Sunday ends with the next working day; 2(1) holidays of
  // the Member State or institution where the act is done. Art. 3(5) is [M].
  EU: {
    jurisdiction: 'EU',
    name: 'European Union',
    rule: 'Regulation (EEC, Euratom) No 1182/71 art. 3',
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: 'public holidays of the Member State where the act is to be done (art. 2(1))',
    extend: true,
    decisionPeriod: { extend: true },
    minimumWorkingDays: {
      count: 2,
      fromDays: 2,
      rule: 'Reg. 1182/71 art. 3(5)',
      assumption: 'eu-minimum-working-days',
    },
    closingTime: '24:00',
  },
  // [C]: CPC 641 same quantième or last day of month; 642 Saturday, Sunday, jour férié or
  // chômé → next working day. Whether 642 reaches a CNIL compliance deadline is open [I].
  FR: {
    jurisdiction: 'FR',
    name: 'France',
    rule: 'Code de procédure civile art. 640–642',
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: 'jours fériés (Code du travail art. L3133-1)',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'fr-decision-period',
    },
    closingTime: '24:00',
  },
  // [C]: c.p.c. 155 — holidays inside the period count; a last day that is a holiday moves to
  // the next non-holiday; since 2006 (L. 263/2005) Saturday too, for acts done outside a hearing.
  IT: {
    jurisdiction: 'IT',
    name: 'Italy',
    rule: 'Codice di procedura civile art. 155',
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: 'giorni festivi (L. 260/1949)',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'it-decision-period',
    },
    saturdayAssumption: 'it-saturday',
    closingTime: '24:00',
  },
  // [C]: AK 242 — the next working day if the last day is a legal holiday. AK names only
  // holidays; Saturday follows ΚΠολΔ 144(3) [C], the Council of State rule is unverified.
  GR: {
    jurisdiction: 'GR',
    name: 'Greece',
    rule: 'Αστικός Κώδικας (Civil Code) art. 240–246',
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: 'public holidays, incl. Orthodox Easter',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'gr-decision-period',
    },
    saturdayAssumption: 'gr-saturday',
    closingTime: '24:00',
  },
  // r. 12 [C] (Upper Tribunal text, [M] identical for the GRC) — an act due on a non-working
  // day is in time on the next working day; acts are due by 17:00. England and Wales by default [I].
  GB: {
    jurisdiction: 'GB',
    name: 'United Kingdom (England and Wales)',
    rule: 'Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009 r. 12',
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: 'Christmas Day, Good Friday and bank holidays (Banking and Financial Dealings Act 1971), incl. substitute days',
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: 'gb-decision-period',
    },
    closingTime: '17:00',
  },
  // [C]: ATW art. 1 extends a period set *in a statute* ending on a Saturday, Sunday or
  // recognised holiday; art. 3 lists the holidays incl. 5 May and Good Friday. A grace period
  // fixed in a decision is not set in a statute, so it is not extended [I].
  NL: {
    jurisdiction: 'NL',
    name: 'Netherlands',
    rule: 'Algemene termijnenwet art. 1 and 3',
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: 'ATW art. 3 holidays, incl. Good Friday and 5 May every year, and days equated by royal decree',
    extend: true,
    decisionPeriod: {
      extend: false,
      assumption: 'nl-decision-period',
    },
    // [C] statute text (BWBR0002448): art. 2, a period of at least three days contains at least two
    // days that are not a Saturday, Sunday or holiday; art. 4(a), no extension beyond 90 days,
    // twelve weeks or three months, nor for periods in years.
    minimumWorkingDays: { count: 2, fromDays: 3, rule: 'ATW art. 2' },
    notExtendedBeyond: { days: 90, weeks: 12, months: 3, years: 0, rule: 'ATW art. 4(a)' },
    closingTime: '24:00',
  },
  AT: austriaConvention(SATURDAY_AND_SUNDAY),
  ...(Object.fromEntries(GERMAN_LANDS.map(([code, name]) => [code, germanConvention(code, name, SATURDAY_AND_SUNDAY)])) as Record<
    GermanLand,
    Convention
  >),
  ...eeaConventions(SATURDAY_AND_SUNDAY),
};

const OPTION_DOCS: readonly OptionDoc[] = [
  {
    name: 'periodSource',
    appliesTo: JURISDICTIONS,
    defaultValue: 'statute',
    meaning: "'decision' for a compliance or grace period fixed by the authority: FR, IT, GR, GB extend it with a caveat, NL does not",
    basis: 'CPC art. 642 (open point for periods set in a decision); ATW art. 1 (statutory periods only)',
  },
  {
    name: 'francDelay',
    appliesTo: ['FR'],
    defaultValue: false,
    meaning: "délai franc: the last day is the same-date day + 1, then extended (Conseil d'État appeals)",
    basis: 'CE 29 Dec 2006 n°289818; CE 19 Sept 2014 n°362568; CJA R421-1',
  },
  {
    name: 'summerSuspension',
    appliesTo: ['IT', 'ES'],
    defaultValue: false,
    meaning:
      'suspend the period from 1 to 31 August (IT: whether it covers Garante appeals is unverified; ES: appeals to the contencioso-administrativo courts)',
    basis: 'IT: L. 742/1969 art. 1 (as amended by D.L. 132/2014); ES: LJCA art. 128.2',
  },
  {
    name: 'greekSaturday',
    appliesTo: ['GR'],
    defaultValue: true,
    meaning: 'treat Saturday as non-working for the roll-forward',
    basis: 'ΚΠολΔ 144(3); Council of State rule unverified',
  },
  {
    name: 'italianSaturday',
    appliesTo: ['IT'],
    defaultValue: true,
    meaning: 'treat Saturday as non-working for the roll-forward',
    basis: 'c.p.c. art. 155(5) (since 2006), for procedural acts outside a hearing',
  },
  ...EEA_OPTION_DOCS,
];

export function conventionFor(jurisdiction: Jurisdiction): Convention {
  return CONVENTIONS[jurisdiction];
}

/** Every convention, in JURISDICTIONS order, for documentation and help. */
export function listConventions(): readonly Convention[] {
  return JURISDICTIONS.map((jurisdiction) => CONVENTIONS[jurisdiction]);
}

export function listOptions(jurisdiction?: Jurisdiction): readonly OptionDoc[] {
  return jurisdiction === undefined ? OPTION_DOCS : OPTION_DOCS.filter((option) => option.appliesTo.includes(jurisdiction));
}

/** Throws if an option that only one jurisdiction knows is given for another one. */
export function assertOptionsApply(jurisdiction: Jurisdiction, options: ConventionOptions): void {
  for (const option of OPTION_DOCS) {
    if (options[option.name] !== undefined && !option.appliesTo.includes(jurisdiction)) {
      throw new Error(`option ${option.name} applies to ${option.appliesTo.join(', ')} only, not to ${jurisdiction}`);
    }
  }
}

/** The non-working weekdays of a jurisdiction once the Saturday options are applied. */
export function nonWorkingWeekdays(jurisdiction: Jurisdiction, options: CalendarRuleOptions = {}): readonly Weekday[] {
  const saturdayOption = jurisdiction === 'GR' ? options.greekSaturday : jurisdiction === 'IT' ? options.italianSaturday : undefined;
  const weekdays = CONVENTIONS[jurisdiction].nonWorkingWeekdays;
  return saturdayOption === false ? weekdays.filter((day) => day !== 6) : weekdays;
}
