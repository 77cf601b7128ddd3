// The shape of the statutory calendar files in src/calendars/data/*.json: the days a jurisdiction's
// law treats as non-working for legal periods, each with its source. The build step
// (src/calendars/build) expands them into the compact table the CLI reads at run time.

/** How sure an entry is: [C] read in a source (C-secondary: commentary or news, not the official text), [M] recalled, [I] inferred. */
export type Mark = 'C' | 'C-secondary' | 'M' | 'I';

/** A recurring holiday, written in date-holidays' rule syntax ('12-25', 'easter -2', '1st monday in May'). */
export interface HolidayRule {
  readonly rule: string;
  /** English name; the reason printed is `${label}: ${name}`. */
  readonly name: string;
  /** Default 'public holiday'. */
  readonly label?: string;
  /** First and last year the rule applies (inclusive); open-ended when absent. */
  readonly since?: number;
  readonly until?: number;
  /** The rule also yields substitute days ('… if sunday then next monday'), labelled 'substitute bank holiday'. */
  readonly substitute?: boolean;
  /** Dates the rule would yield that the law moved away (e.g. a bank holiday moved by proclamation). */
  readonly except?: readonly string[];
  readonly source: string;
  readonly mark: Mark;
  readonly note?: string;
}

/** A single day: a decree day, a one-off holiday, a day moved by proclamation. */
export interface DeclaredDay {
  readonly date: string;
  readonly name: string;
  readonly label?: string;
  readonly source: string;
  readonly mark: Mark;
  readonly note?: string;
}

/**
 * An open point of law: another reading of the calendar, which the deadline shows as an
 * assumption whenever it would change a period's last day. The default reading is the file's own.
 */
export interface OtherReading {
  readonly note: string;
  /** Days that would be non-working under the other reading. */
  readonly add?: readonly DeclaredDay[];
  /** Recurring days that would be non-working under the other reading. */
  readonly addRules?: readonly HolidayRule[];
  /** Days of the default reading that would be working days under the other reading. */
  readonly remove?: readonly string[];
  readonly source: string;
  readonly mark: Mark;
}

/** Why the file and date-holidays disagree on some days; the comparison test fails on any other difference. */
export interface LibraryDifference {
  /** Matches the days produced by this rule of the file, by this rule of the library, or these dates. */
  readonly rule?: string;
  readonly libraryRule?: string;
  readonly date?: string;
  readonly dates?: readonly string[];
  readonly since?: number;
  readonly until?: number;
  readonly reason: string;
}

export interface CalendarSection {
  /** The date-holidays country (and state) the comparison test checks this calendar against. */
  readonly library?: { readonly country: string; readonly state?: string };
  readonly holidays: readonly HolidayRule[];
  readonly days?: readonly DeclaredDay[];
  readonly otherReadings?: readonly OtherReading[];
  readonly libraryDifferences?: readonly LibraryDifference[];
  /** Uncertain or unmodelled points, for the reader of the file. */
  readonly notes?: readonly string[];
}

export interface CalendarFile extends CalendarSection {
  /** 'NL', or 'DE' for a file whose `lands` give the jurisdictions DE-BY, DE-HH, … */
  readonly jurisdiction: string;
  readonly title: string;
  /** The rule on periods these days serve. */
  readonly law: string;
  /** Sub-jurisdictions that add their own holidays to the file's: DE-<Land>. */
  readonly lands?: Readonly<Record<string, CalendarSection & { readonly name: string }>>;
}
