// Build-time only: where a statutory calendar and date-holidays' own country data disagree, and
// whether the calendar file explains it (libraryDifferences). The comparison test fails on any
// difference without a reason.
import type { LibraryDifference } from '../data-format.js';
import { libraryDays, type ExpandedCalendar } from './expand.js';

export interface Difference {
  readonly jurisdiction: string;
  readonly date: string;
  /** 'only-in-file': the statute data has the day, the library does not; 'only-in-library': the reverse. */
  readonly kind: 'only-in-file' | 'only-in-library';
  /** The file's rule or day, or the library's rule, that produced the day. */
  readonly origin: string;
  /** The reason given in the file, or undefined when the difference is unexplained. */
  readonly reason: string | undefined;
}

const inYears = (entry: LibraryDifference, date: string): boolean => {
  const year = Number(date.slice(0, 4));
  return (entry.since === undefined || year >= entry.since) && (entry.until === undefined || year <= entry.until);
};

export function compareWithLibrary(calendar: ExpandedCalendar, first: number, last: number): Difference[] {
  if (calendar.library === undefined) return [];
  const explanations = calendar.sections.flatMap((section) => section.libraryDifferences ?? []);
  const explain = (date: string, match: (entry: LibraryDifference) => boolean): string | undefined =>
    explanations.find((entry) => inYears(entry, date) && (entry.date === date || entry.dates?.includes(date) === true || match(entry)))
      ?.reason;

  const year = (date: string) => Number(date.slice(0, 4));
  const ours = new Map(
    calendar.days.filter((day) => year(day.date) >= first && year(day.date) <= last).map((day) => [day.date, day.origin]),
  );
  const theirs = new Map(libraryDays(calendar.library, first, last).map((day) => [day.date, day.rule]));
  const differences: Difference[] = [];
  for (const [date, origin] of ours) {
    if (theirs.has(date)) continue;
    differences.push({
      jurisdiction: calendar.jurisdiction,
      date,
      kind: 'only-in-file',
      origin,
      reason: explain(date, (e) => e.rule === origin),
    });
  }
  for (const [date, rule] of theirs) {
    if (ours.has(date)) continue;
    differences.push({
      jurisdiction: calendar.jurisdiction,
      date,
      kind: 'only-in-library',
      origin: rule,
      reason: explain(date, (e) => e.libraryRule === rule),
    });
  }
  return differences.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
