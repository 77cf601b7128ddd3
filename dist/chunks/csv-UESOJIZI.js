import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  measureAppeals
} from "./chunk-DZU3AKI3.js";
import {
  formatMinor
} from "./chunk-VPFUFNNR.js";
import "./chunk-BTYQCHNT.js";

// src/render/export/csv.ts
var CSV_COLUMNS = [
  "case_id",
  "authority",
  "country",
  "jurisdiction",
  "measure_id",
  "kind",
  "decision_date",
  "summary",
  "amount",
  "currency",
  "amount_minor",
  "eur_minor",
  "rate",
  "rate_date",
  "cap_minor",
  "cap_status",
  "appeal_state",
  "enforceability",
  "enforceable_minor",
  "paid_minor",
  "payment_status",
  "deadline_end",
  "deadline_status",
  "days_left",
  "days_late",
  "penalty_currency",
  "penalty_accrued_minor",
  "penalty_payable_minor",
  "penalty_not_payable_minor",
  "compliance"
];
var FORMULA_START = /^[\t\r]|^[\s\u180E\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;
function guardFormula(text) {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function renderCsvExport(view) {
  const lines = [CSV_COLUMNS.join(",")];
  for (const c of view.cases) {
    for (const measure of c.case.measures ?? []) lines.push(formatRow(measureRow(c, measure)));
  }
  return lines.map((line) => `${line}\r
`).join("");
}
function formatRow(row) {
  return CSV_COLUMNS.map((column) => {
    const value = row[column];
    if (value === void 0) return "";
    return typeof value === "number" ? String(value) : csvField(guardFormula(value));
  }).join(",");
}
function measureRow(view, measure) {
  const c = view.case;
  const row = {
    case_id: c.id,
    authority: c.authority.short,
    country: c.authority.country,
    jurisdiction: c.jurisdiction,
    measure_id: measure.id,
    kind: measure.kind,
    decision_date: c.events.find((e) => e.id === measure.decision)?.date ?? "",
    summary: measure.summary,
    appeal_state: measureAppeals(c, measure).state
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
      payment_status: fine.paymentStatus
    });
    if (fine.eur.ok) {
      Object.assign(row, {
        eur_minor: fine.eur.conversion.eurMinor,
        rate: fine.eur.conversion.rate,
        rate_date: fine.eur.conversion.rateDate ?? ""
      });
    }
    if (fine.cap.ok) Object.assign(row, { cap_minor: fine.cap.cap.capMinor, cap_status: fine.cap.status });
  }
  const deadline = view.deadlines.find((d) => d.measureId === measure.id);
  if (deadline) {
    row.deadline_status = deadline.status;
    if (deadline.end !== void 0) row.deadline_end = deadline.end;
    if (deadline.daysLeft !== void 0) row.days_left = deadline.daysLeft;
    if (deadline.daysLate !== void 0) row.days_late = deadline.daysLate;
    const p = deadline.penalty;
    if (p) {
      Object.assign(row, {
        penalty_currency: p.currency,
        ...p.accruedMinor === void 0 ? {} : { penalty_accrued_minor: p.accruedMinor },
        penalty_payable_minor: p.payableMinor,
        ...p.notPayableMinor === void 0 ? {} : { penalty_not_payable_minor: p.notPayableMinor }
      });
    }
  }
  if (measure.kind === "order" || measure.kind === "ban") row.compliance = measure.compliance?.status ?? "unknown";
  return row;
}
export {
  CSV_COLUMNS,
  csvField,
  guardFormula,
  renderCsvExport
};
