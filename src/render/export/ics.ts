// The calendar export (RFC 5545): one all-day VEVENT per computable deadline, so a team can
// subscribe to compliance, payment and appeal deadlines.
//
// Written by hand rather than with the `ics` package: `ics` 3.12 folds lines at 75 *characters*
// (RFC 5545 §3.1 says 75 octets, and accented or Greek text doubles the byte count) and lets a
// bare CR in a summary through into the content line, where some readers start a new property.
// The subset needed here is small: CRLF line ends, TEXT escaping, octet folding.
//
// Determinism: DTSTAMP is the as-of day the caller passes, never the clock, and UIDs are
// `<case-id>.<deadline-id>@dossier`, so re-importing an updated export updates events instead
// of duplicating them. Ids are slugs (letters, digits, hyphens), so the dot cannot occur in
// either and two cases can never share a UID; a hyphen could (`acme-fr` + `fine` and `acme` +
// `fr-fine` both gave `acme-fr-fine`).
import { deadlineLabel } from '../deadline-label.js';
import type { DossierView, CaseView } from '../../analysis/dossier.js';
import type { DeadlineView } from '../../analysis/deadlines.js';
import { addDays, isCalendarDate } from '../../core/time/calendar-date.js';
import { formatPeriod } from '../../core/time/period.js';
import { formatMinor } from '../../core/money/amount.js';
import { catalogue } from '../../i18n/catalogue.js';
import { sanitizeForTerminal } from '../sanitize.js';

// The calendar events are written in English, as they have always been.
const W = catalogue('en').working;

export interface IcsOptions {
  /** YYYY-MM-DD, the as-of day: DTSTAMP is its midnight UTC, so the output is reproducible. */
  readonly stamp: string;
}

const PRODUCT_ID = '-//dossier//dossier export//EN';
const MAX_LINE_OCTETS = 75;
const LAST_DAY = '9999-12-31';

export function renderIcsExport(view: DossierView, options: IcsOptions): string {
  if (!isCalendarDate(options.stamp)) throw new RangeError(`stamp must be a YYYY-MM-DD date, got ${JSON.stringify(options.stamp)}`);
  const stamp = `${compact(options.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Dossier deadlines as of ${view.asOf}`)}`,
  ];
  for (const c of view.cases) {
    for (const d of c.deadlines) {
      if (d.end !== undefined && isCalendarDate(d.end)) lines.push(...eventLines(c, d, d.end, stamp));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${fold(line)}\r\n`).join('');
}

function eventLines(c: CaseView, d: DeadlineView, end: string, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uidOf(c.case.id, d.id))}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(end)}`,
    // DTEND is exclusive (RFC 5545 §3.6.1): the next day makes a one-day event. 9999-12-31 has no
    // next day in the calendar; a DATE DTSTART without DTEND is a one-day event too (§3.6.1).
    ...(end < LAST_DAY ? [`DTEND;VALUE=DATE:${compact(addDays(end, 1))}`] : []),
    `SUMMARY:${escapeText(`${c.case.authority.short}: ${deadlineLabel(d, 'Payment: ')}`)}`,
    `DESCRIPTION:${escapeText(description(c, d))}`,
    `CATEGORIES:${escapeText(d.kind)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** Collision-free because a slug never contains the separator. */
export function uidOf(caseId: string, deadlineId: string): string {
  return `${caseId}.${deadlineId}@dossier`;
}

function statusText(d: DeadlineView): string {
  if (d.daysLeft !== undefined) return `${d.status}, ${d.daysLeft} days left`;
  if (d.daysLate !== undefined) return `${d.status}, ${d.daysLate} days late`;
  return d.status;
}

function description(c: CaseView, d: DeadlineView): string {
  const w = d.computation;
  const lines = [`Status as of the export: ${statusText(d)}`, `Case: ${c.case.title} (${c.case.id})`, `Kind: ${d.kind}`];
  if (d.anchor) lines.push(`Start: ${d.anchor.date} (${d.anchor.basis === 'notified' ? 'notified' : 'event date, notification unknown'})`);
  if (w) lines.push(`Period: ${formatPeriod(w.period)}`, `Rule: ${W.rule(w.rule)}`);
  if (d.fixedDate !== undefined)
    lines.push(`Fixed date in the decision: ${d.fixedDate}${d.fixedBefore === undefined ? '' : ` (the day before ${d.fixedBefore})`}`);
  if (d.basis !== undefined) lines.push(`Basis: ${d.basis}`);
  for (const a of d.assumptions) lines.push(`Assumption: ${W.assumption(a)}`);
  if (w) lines.push('Working:', ...w.steps.map((s) => `  ${W.step(s)}`));
  if (d.penalty) {
    const p = d.penalty;
    const m = (minor: number) => `${p.currency} ${formatMinor(minor, p.currency)}`;
    const rate = p.amountMinor === undefined ? `breakdown unknown` : `${m(p.amountMinor)} per ${p.per}`;
    const accrued = p.notPayableMinor === undefined ? 'accrual not computable' : `accrued, not payable, at most ${m(p.notPayableMinor)}`;
    lines.push(
      `Penalty: ${rate}${p.maximumMinor === undefined ? '' : `, maximum ${m(p.maximumMinor)}`}; payable ${m(p.payableMinor)}; ${accrued}`,
    );
  }
  return lines.join('\n');
}

const compact = (date: string): string => date.replace(/-/g, '');

/**
 * An RFC 5545 TEXT value (§3.3.11): `\` `;` `,` escaped and every line break (CRLF, CR, LF)
 * written as `\n`, so data can never end the content line and start a property of its own.
 * Other control characters, which §3.1 forbids in values, are shown as visible `\xHH` escapes.
 */
export function escapeText(s: string): string {
  return sanitizeForTerminal(s.replace(/\r\n?/g, '\n'))
    .replace(/\t/g, ' ')
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (§3.1). */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // continuation lines begin with one space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
