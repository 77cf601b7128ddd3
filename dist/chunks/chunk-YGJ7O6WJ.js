import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/diagnostics/codes.ts
var codes = {
  "file/not-found": { severity: "error", io: true, title: "The path does not exist" },
  "file/unreadable": { severity: "error", io: true, title: "The file cannot be read" },
  "file/not-regular": { severity: "error", io: true, title: "Not a regular file (device, FIFO, socket or link outside the tree)" },
  "file/too-large": { severity: "error", io: true, title: "The file is larger than a case file can be" },
  "file/total-too-large": { severity: "error", io: true, title: "The files read together are more than one run reads" },
  "file/encoding": { severity: "error", title: "The file is not valid UTF-8" },
  "yaml/syntax": { severity: "error", title: "The YAML does not parse" },
  "yaml/duplicate-key": { severity: "error", title: "A mapping has the same key twice" },
  "yaml/multiple-documents": { severity: "error", title: "A case file holds exactly one YAML document" },
  "yaml/alias": { severity: "error", title: "Anchors and aliases are not allowed in case files" },
  "yaml/tag": { severity: "error", title: "Explicit tags are not allowed in case files" },
  "yaml/directive": { severity: "error", title: "YAML directives are not allowed in case files" },
  "yaml/too-deep": { severity: "error", title: "Collections are nested too deeply" },
  "yaml/too-many-nodes": { severity: "error", title: "The document has too many nodes" },
  "yaml/control-character": { severity: "error", title: "A raw control or bidi character appears in the text" },
  "schema/not-a-mapping": { severity: "error", title: "The document is not a mapping" },
  "schema/version": { severity: "error", title: "The format version is missing or unsupported" },
  "schema/missing-key": { severity: "error", title: "A required key is missing" },
  "schema/unknown-key": { severity: "error", title: "A key is not part of the format" },
  "schema/type": { severity: "error", title: "A value has the wrong type" },
  "schema/invalid-value": { severity: "error", title: "A value is not one of those allowed" },
  "id/invalid": { severity: "error", title: "An id is not a slug" },
  "id/duplicate": { severity: "error", title: "An id is used twice" },
  "id/file-name": { severity: "error", title: "The case id differs from the file name" },
  "date/invalid": { severity: "error", title: "Not a calendar date" },
  "period/invalid": { severity: "error", title: "Not a period" },
  "period/option": { severity: "error", title: "A period option that does not apply in its jurisdiction" },
  "ref/source": { severity: "error", title: "A source id does not resolve" },
  "ref/event": { severity: "error", title: "An event id does not resolve" },
  "ref/measure": { severity: "error", title: "A measure or appeal id does not resolve" },
  "chronology/order": { severity: "error", title: "Dates are in an order the procedure does not allow" },
  "money/invalid": { severity: "error", title: "An amount is not exact decimal text" },
  "money/negative": { severity: "error", title: "An amount is negative" },
  "money/precision": { severity: "error", title: "An amount has more decimals than its currency" },
  "money/too-large": { severity: "error", title: "An amount is too large to be exact" },
  "money/over-cap": { severity: "error", title: "A fine exceeds its legal maximum" },
  "money/not-a-reduction": { severity: "error", title: 'An amount "reduced" on appeal is not below the amount imposed' },
  "money/cap-needs-turnover": {
    severity: "warning",
    title: "A fine above the fixed Art. 83 maximum is lawful only if the turnover is high enough; none is recorded"
  },
  "money/cap-unchecked": {
    severity: "warning",
    title: "The fine cannot be checked against its cap (turnover in another currency, no rate)"
  },
  "penalty/form": { severity: "error", title: "A penalty payment whose form, amount or way of becoming payable does not fit together" },
  "penalty/no-maximum": { severity: "warning", title: "A Dutch last onder dwangsom without the maximum Awb 5:32b requires" },
  "code/currency": { severity: "error", title: "Not an ISO 4217 currency code" },
  "code/country": { severity: "error", title: "Not an ISO 3166-1 alpha-2 country code" },
  "gdpr/article": { severity: "error", title: "No such GDPR article" },
  "source/missing": { severity: "error", title: "An event or measure cites no source" },
  "source/unused": { severity: "warning", title: "A source is cited by nothing" },
  "source/stale": { severity: "warning", title: "An open case whose newest source was checked more than a year ago" }
};
function severityOf(code) {
  return codes[code].severity;
}
function isIoCode(code) {
  const info = codes[code];
  return info.io === true;
}
var allCodes = Object.keys(codes);

// src/diagnostics/diagnostic.ts
function makeDiagnostic(code, file, start, message, end) {
  return end ? { code, severity: severityOf(code), message, file, start, end } : { code, severity: severityOf(code), message, file, start };
}
function sortDiagnostics(list) {
  return [...list].sort(
    (a, b) => compareText(a.file, b.file) || a.start.line - b.start.line || a.start.column - b.start.column || compareText(a.code, b.code) || compareText(a.message, b.message)
  );
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function countBySeverity(list) {
  let errors = 0;
  for (const d of list) if (d.severity === "error") errors++;
  return { errors, warnings: list.length - errors };
}

export {
  codes,
  isIoCode,
  makeDiagnostic,
  sortDiagnostics,
  countBySeverity
};
