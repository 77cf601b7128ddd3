// The spreadsheet export: one row per measure, RFC 4180 (CRLF line ends; a field holding `"`,
// `,`, CR or LF is quoted, with quotes doubled). Amounts are locale-free: "20000000.00" next to
// the integer minor units, so no spreadsheet locale can misread a decimal comma.
//
// Formula injection: a spreadsheet runs a cell such as `=HYPERLINK("http://evil")` or
// `@SUM(...)` as a formula. Case files are written by untrusted co-authors, so every TEXT field
// that starts with `=`, `+`, `-`, `@` (after any white space; fullwidth forms too), a tab or a CR
// gets a leading `'` (OWASP's advice), which spreadsheets show as text. Numeric columns are written by this program and never start so.
import type { CaseView, DossierView } from '../../analysis/dossier.js';
import { measureAppeals } from '../../analysis/appeal-graph.js';
import type { Measure } from '../../model/case-schema.js';
import { formatMinor } from '../../core/money/amount.js';

export const CSV_COLUMNS = [
  'case_id',
  'authority',
  'country',
  'jurisdiction',
  'measure_id',
  'kind',
  'decision_date',
  'summary',
  'amount',
  'currency',
  'amount_minor',
  'eur_minor',
  'rate',
  'rate_date',
  'cap_minor',
  'cap_status',
  'appeal_state',
  'enforceability',
  'enforceable_minor',
  'paid_minor',
  'payment_status',
  'deadline_end',
  'deadline_status',
  'days_left',
  'days_late',
  'penalty_currency',
  'penalty_accrued_minor',
  'penalty_payable_minor',
  'penalty_not_payable_minor',
  'compliance',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

// A spreadsheet may trim spaces before it parses (LibreOffice's "trim spaces" import option) and
// may read fullwidth or small signs as their ASCII forms, so the sign is looked for after any
// leading Unicode white space (which in JavaScript includes NBSP, U+3000 and the BOM) and
// zero-width characters, and in its fullwidth (＝＋－＠) and small (﹦﹢﹣﹫) forms too.
const FORMULA_START = /^[\t\r]|^[\s\u180E\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

/** A text field made inert for spreadsheets (see the file header). */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function renderCsvExport(view: DossierView): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of view.cases) {
    for (const measure of c.case.measures ?? []) lines.push(formatRow(measureRow(c, measure)));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}

function formatRow(row: Row): string {
  return CSV_COLUMNS.map((column) => {
    const value = row[column];
    if (value === undefined) return '';
    // Numbers are ours (integers); only text can come from a case file.
    return typeof value === 'number' ? String(value) : csvField(guardFormula(value));
  }).join(',');
}

function measureRow(view: CaseView, measure: Measure): Row {
  const c = view.case;
  const row: Row = {
    case_id: c.id,
    authority: c.authority.short,
    country: c.authority.country,
    jurisdiction: c.jurisdiction,
    measure_id: measure.id,
    kind: measure.kind,
    decision_date: c.events.find((e) => e.id === measure.decision)?.date ?? '',
    summary: measure.summary,
    appeal_state: measureAppeals(c, measure).state,
  };
  const fine = view.fines.find((f) => f.measureId === measure.id);
  if (fine) {
    Object.assign(row, {
      amount: formatMinor(fine.imposed.minor, fine.imposed.currency),
      currency: fine.imposed.currency,
      amount_minor: fine.imposed.minor,
      enforceability: fine.enforceability,
      enforceable_minor: fine.enforceable.minor,
      paid_minor: fine.paid.minor,
      payment_status: fine.paymentStatus,
    });
    if (fine.eur.ok) {
      Object.assign(row, {
        eur_minor: fine.eur.conversion.eurMinor,
        rate: fine.eur.conversion.rate,
        rate_date: fine.eur.conversion.rateDate ?? '',
      });
    }
    if (fine.cap.ok) Object.assign(row, { cap_minor: fine.cap.cap.capMinor, cap_status: fine.cap.status });
  }
  const deadline = view.deadlines.find((d) => d.measureId === measure.id);
  if (deadline) {
    row.deadline_status = deadline.status;
    if (deadline.end !== undefined) row.deadline_end = deadline.end;
    if (deadline.daysLeft !== undefined) row.days_left = deadline.daysLeft;
    if (deadline.daysLate !== undefined) row.days_late = deadline.daysLate;
    const p = deadline.penalty;
    if (p) {
      Object.assign(row, {
        penalty_currency: p.currency,
        ...(p.accruedMinor === undefined ? {} : { penalty_accrued_minor: p.accruedMinor }),
        penalty_payable_minor: p.payableMinor,
        ...(p.notPayableMinor === undefined ? {} : { penalty_not_payable_minor: p.notPayableMinor }),
      });
    }
  }
  if (measure.kind === 'order' || measure.kind === 'ban') row.compliance = measure.compliance?.status ?? 'unknown';
  return row;
}
