import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  formatCompact
} from "./chunk-XDO4RZY7.js";
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";
import {
  codes,
  countBySeverity
} from "./chunk-YGJ7O6WJ.js";

// src/render/diagnostics/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
function formatGithub(diagnostics) {
  const lines = diagnostics.map((d) => {
    const properties = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.start.line}`,
      `col=${d.start.column}`,
      ...d.end ? [`endLine=${d.end.line}`, `endColumn=${d.end.column}`] : [],
      `title=${escapeProperty(d.code)}`
    ].join(",");
    return `::${d.severity} ${properties}::${escapeData(d.message)}
`;
  });
  return lines.join("") + cutNotice(diagnostics);
}
function cutNotice(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const cut = {
    errors: Math.max(0, errors - ANNOTATIONS_PER_LEVEL),
    warnings: Math.max(0, diagnostics.length - errors - ANNOTATIONS_PER_LEVEL)
  };
  if (cut.errors === 0 && cut.warnings === 0) return "";
  const parts = [
    ...cut.errors > 0 ? [`${cut.errors} more error${cut.errors === 1 ? "" : "s"}`] : [],
    ...cut.warnings > 0 ? [`${cut.warnings} more warning${cut.warnings === 1 ? "" : "s"}`] : []
  ];
  const message = `${parts.join(" and ")} than GitHub annotates (${ANNOTATIONS_PER_LEVEL} of each per step); see them all in the log or with dossier validate --format compact`;
  return `::notice title=${escapeProperty("dossier validate")}::${escapeData(message)}
`;
}
var escapeData = (s) => sanitizeForTerminal(s).replace(/\t/g, "\\t").replace(/%/g, "%25").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

// src/render/diagnostics/json.ts
var DIAGNOSTICS_JSON_FORMAT = "dossier-diagnostics/1";
function formatJson(diagnostics, filesChecked) {
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  const results = [...byFile].map(([filePath, list]) => {
    const { errors: errors2, warnings: warnings2 } = countBySeverity(list);
    return {
      filePath,
      errorCount: errors2,
      warningCount: warnings2,
      messages: list.map((d) => ({
        ruleId: d.code,
        severity: d.severity,
        message: d.message,
        line: d.start.line,
        column: d.start.column,
        ...d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}
      }))
    };
  });
  const { errors, warnings } = countBySeverity(diagnostics);
  return `${JSON.stringify({ format: DIAGNOSTICS_JSON_FORMAT, filesChecked, errorCount: errors, warningCount: warnings, results }, null, 2)}
`;
}

// src/render/diagnostics/sarif.ts
import { pathToFileURL } from "node:url";

// src/diagnostics/code-help.ts
var README_URL = "https://github.com/dossier-cli/dossier/blob/main/README.md";
function readmeAnchor(code) {
  return `code-${code.replace("/", "-")}`;
}
var codeHelp = {
  "file/not-found": "Check the path given to dossier validate, or the --cases directory.",
  "file/unreadable": "Check the file permissions; the message gives the reason the system reported.",
  "file/not-regular": "Case files are regular files inside the working directory: replace the device, FIFO or socket, or the link that leads outside, by the file itself.",
  "file/too-large": "A case file is at most 1 MiB; split the dossier into one file per case.",
  "file/total-too-large": "The commands that compute and report read at most 32 MiB of case files in one run; check fewer files at a time.",
  "file/encoding": "Save the file as UTF-8; the message gives the byte offset of the first invalid sequence.",
  "yaml/syntax": "Fix the YAML at the position given; quoting the value often helps.",
  "yaml/duplicate-key": 'Keep one of the two keys (1: and "1": count as the same key).',
  "yaml/multiple-documents": "Remove the second document (from the `---` line on), or move it to a file of its own.",
  "yaml/alias": "Write the value out instead of using an anchor (&name) and an alias (*name).",
  "yaml/tag": "Remove the explicit tag (!!str, !custom); quote the value if it must be text.",
  "yaml/directive": "Remove the %YAML or %TAG directive.",
  "yaml/too-deep": "Case files nest at most 64 levels; flatten the structure.",
  "yaml/too-many-nodes": "A case file holds at most 20,000 YAML nodes; split it into one file per case.",
  "yaml/control-character": "Delete the raw control or bidi character (the message names it), or write it as an escape in a double-quoted string.",
  "schema/not-a-mapping": "A case file is a mapping of keys (dossier, id, title, authority, \u2026); start from a bundled case.",
  "schema/version": "Set `dossier: 2` (the format version); a format-1 file needs converting (see CHANGELOG.md).",
  "schema/missing-key": "Add the key the message names.",
  "schema/unknown-key": "Remove the key, or correct its spelling (the message suggests the nearest known key).",
  "schema/type": "Give the value the type the message names (text, number, list or mapping).",
  "schema/invalid-value": "Use one of the values the message lists.",
  "id/invalid": "Write the id as a slug: lower-case letters, digits and single hyphens.",
  "id/duplicate": "Give each item (and each case, across files) an id of its own.",
  "id/file-name": "Rename the file or the case id so that they match (cases/ID.yaml).",
  "date/invalid": "Write a real calendar date as YYYY-MM-DD (or YYYY-MM, YYYY when known only so far).",
  "period/invalid": 'Write a period such as "2 months", "28 days", "6 weeks", "1 year" or "10 working days".',
  "period/option": "Remove the option: it applies only in the jurisdiction the message names.",
  "ref/source": "Cite a source id listed under sources, or add the source.",
  "ref/event": "Refer to an event id listed under events, or add the event.",
  "ref/measure": "Refer to a measure, finding, appeal or respondent id that exists in the file.",
  "chronology/order": "Correct the dates: the message says which two are in an order the procedure does not allow.",
  "money/invalid": 'Write the amount as quoted decimal text, e.g. "20000000.00".',
  "money/negative": "Amounts are never negative; record a reduction as the new amount.",
  "money/precision": "Use no more decimals than the currency has (two for EUR, none for JPY).",
  "money/too-large": "The amount is too large to be added up exactly; check for a typing error.",
  "money/over-cap": "Check the amount and the turnover recorded: the fine is above its legal maximum (see Money in the README).",
  "money/not-a-reduction": "An amount reduced on appeal must be below the amount imposed; check both.",
  "money/cap-needs-turnover": "Record the worldwide turnover under respondents[].turnover so the cap can be checked.",
  "money/cap-unchecked": "Record the turnover in a currency with an ECB rate for the decision date, or pass --rates.",
  "penalty/form": "Make the form, amount and the way the penalty becomes payable fit together, as the message says.",
  "penalty/no-maximum": "Record the maximum of the last onder dwangsom (Awb 5:32b).",
  "code/currency": "Use an ISO 4217 currency code such as EUR, GBP or PLN.",
  "code/country": "Use an ISO 3166-1 alpha-2 country code (GB, not UK; GR, not EL).",
  "gdpr/article": "Cite an article between 1 and 99.",
  "source/missing": "Cite at least one source for the item under `sources:`.",
  "source/unused": "Cite the source from an event or measure, or remove it.",
  "source/stale": "Check the sources again and record `checked: <date>` on each."
};

// src/render/diagnostics/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "dossierProblem/v1";
function formatSarif(diagnostics, context) {
  const ruleIds = [...new Set(diagnostics.map((d) => d.code))].sort();
  const root = withSlash(context.root.split("\\").join("/"));
  const seen = /* @__PURE__ */ new Map();
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "dossier",
            version: context.toolVersion,
            informationUri: README_URL,
            rules: ruleIds.map(ruleDescriptor)
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root).href.replace(/\/?$/, "/") } },
        // Diagnostics count columns in UTF-16 code units (src/load/line-index.ts), as editors do.
        columnKind: "utf16CodeUnits",
        results: diagnostics.map((d) => {
          const artifactLocation = artifactLocationOf(d.file, root);
          return {
            ruleId: d.code,
            ruleIndex: ruleIds.indexOf(d.code),
            level: d.severity,
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation,
                  region: {
                    startLine: d.start.line,
                    startColumn: d.start.column,
                    ...d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}
                  }
                }
              }
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d, artifactLocation.uri, seen) }
          };
        })
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function ruleDescriptor(id) {
  const { title, severity } = codes[id];
  const help = codeHelp[id];
  const helpUri = `${README_URL}#${readmeAnchor(id)}`;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: title },
    fullDescription: { text: `${title}. ${help}` },
    help: { text: `${help} See ${helpUri}`, markdown: `${help}

See [\`${id}\` in the README](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level: severity }
  };
}
function ruleName(id) {
  return id.split(/[/-]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function artifactLocationOf(file, root) {
  const path = file.split("\\").join("/");
  const absolute = path.startsWith("/") ? normalize(path) : normalize(root + path);
  if (absolute.startsWith(root)) return { uri: encodePath(absolute.slice(root.length)), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(absolute).href };
}
function normalize(path) {
  const segments = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}
function encodePath(path) {
  return path.split("/").map(
    (segment) => encodeURIComponent(segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"))
  ).join("/");
}
var withSlash = (dir) => dir.endsWith("/") ? dir : `${dir}/`;
function fingerprint(d, uri, seen) {
  const message = d.message.replace(/\b(lines?|columns?) \d+(?:(?:, | and )\d+)*/g, "$1 N");
  const key = `${d.code}\0${uri}\0${message}`;
  const ordinal = (seen.get(key) ?? 0) + 1;
  seen.set(key, ordinal);
  const { createHash } = process.getBuiltinModule("node:crypto");
  return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}:${ordinal}`;
}

// src/render/diagnostics/stylish.ts
function formatStylish(diagnostics, chalk, filesChecked) {
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  let out = "";
  for (const [file, list] of byFile) {
    out += `
${chalk.underline(clean(file))}
`;
    const rows = list.map((d) => ({ d, position: `${d.start.line}:${d.start.column}` }));
    const width = Math.max(...rows.map((row) => row.position.length));
    for (const { d, position } of rows) {
      const severity = d.severity === "error" ? chalk.red("error  ") : chalk.yellow("warning");
      out += `  ${chalk.dim(position.padEnd(width))}  ${severity}  ${clean(d.message)}  ${chalk.dim(d.code)}
`;
    }
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const files = `${filesChecked} ${plural(filesChecked, "file")}`;
  if (errors + warnings === 0) return `${chalk.green("\u2714")} ${files} checked, no problems
`;
  const summary = `\u2716 ${errors + warnings} ${plural(errors + warnings, "problem")} (${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")}) in ${files}`;
  return `${out}
${errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary)}
`;
}
var plural = (n, word) => n === 1 ? word : `${word}s`;
var clean = (s) => sanitizeForTerminal(s, { singleLine: true });

// src/render/diagnostics/formats.ts
var DIAGNOSTIC_FORMATS = ["stylish", "compact", "json", "github", "sarif"];
function formatDiagnostics(format, diagnostics, context) {
  switch (format) {
    case "stylish":
      return formatStylish(diagnostics, context.chalk, context.filesChecked);
    case "compact":
      return formatCompact(diagnostics);
    case "json":
      return formatJson(diagnostics, context.filesChecked);
    case "github":
      return formatGithub(diagnostics);
    case "sarif":
      return formatSarif(diagnostics, context);
  }
}

export {
  DIAGNOSTIC_FORMATS,
  formatDiagnostics
};
