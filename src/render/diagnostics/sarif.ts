// SARIF 2.1.0 for code-scanning uploads. GitHub keys alerts on the rule id, the artifact URI and
// partialFingerprints, so all three are stable between runs: URIs are relative to %SRCROOT% (the
// working directory, given absolutely in originalUriBaseIds) and percent-encoded (RFC 3986), so a
// space or an accent stays valid and a `#` is not read as a fragment; fingerprints ignore lines.
import { pathToFileURL } from 'node:url';
import { codes, type DiagnosticCode } from '../../diagnostics/codes.js';
import { codeHelp, readmeAnchor, README_URL } from '../../diagnostics/code-help.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Versioned: a change of what the hash covers must not silently re-key every alert. */
const FINGERPRINT_KEY = 'dossierProblem/v1';

export interface SarifContext {
  readonly toolVersion: string;
  /** The absolute directory relative file names are resolved against (the working directory). */
  readonly root: string;
}

export function formatSarif(diagnostics: readonly Diagnostic[], context: SarifContext): string {
  const ruleIds = [...new Set(diagnostics.map((d) => d.code))].sort();
  const root = withSlash(context.root.split('\\').join('/'));
  const seen = new Map<string, number>();
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dossier',
            version: context.toolVersion,
            informationUri: README_URL,
            rules: ruleIds.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        // Diagnostics count columns in UTF-16 code units (src/load/line-index.ts), as editors do.
        columnKind: 'utf16CodeUnits',
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
                    ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
                  },
                },
              },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d, artifactLocation.uri, seen) },
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(id: DiagnosticCode) {
  const { title, severity } = codes[id];
  const help = codeHelp[id];
  const helpUri = `${README_URL}#${readmeAnchor(id)}`;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: title },
    fullDescription: { text: `${title}. ${help}` },
    help: { text: `${help} See ${helpUri}`, markdown: `${help}\n\nSee [\`${id}\` in the README](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level: severity },
  };
}

/** `schema/unknown-key` -> `SchemaUnknownKey`: SARIF's rule name is an identifier, the id stays the code. */
export function ruleName(id: DiagnosticCode): string {
  return id
    .split(/[/-]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** Relative to %SRCROOT% when the file lies under it; otherwise an absolute file: URI. */
function artifactLocationOf(file: string, root: string): { uri: string; uriBaseId?: string } {
  const path = file.split('\\').join('/');
  const absolute = path.startsWith('/') ? normalize(path) : normalize(root + path);
  if (absolute.startsWith(root)) return { uri: encodePath(absolute.slice(root.length)), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(absolute).href };
}

/** Resolves `.` and `..` segments of an absolute POSIX path. */
function normalize(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

/** Percent-encodes each segment (UTF-8); a lone surrogate, which cannot be encoded, becomes U+FFFD. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')),
    )
    .join('/');
}

const withSlash = (dir: string) => (dir.endsWith('/') ? dir : `${dir}/`);

/**
 * Stable across runs and across line moves: the code, the file and the message, with the line
 * and column numbers some messages quote ("first given at line 3, column 5") masked; a second
 * identical problem in the same file gets its ordinal.
 */
function fingerprint(d: Diagnostic, uri: string, seen: Map<string, number>): string {
  const message = d.message.replace(/\b(lines?|columns?) \d+(?:(?:, | and )\d+)*/g, '$1 N');
  const key = `${d.code}\u0000${uri}\u0000${message}`;
  const ordinal = (seen.get(key) ?? 0) + 1;
  seen.set(key, ordinal);
  // node:crypto is loaded here, not with the module: every command loads the formats (for their
  // names), and loading it costs some milliseconds that only a SARIF report needs to spend.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${ordinal}`;
}
