// What to do about each diagnostic code, for tools that show a rule's help beside a problem
// (SARIF viewers and GitHub code scanning require it). The README's table of checks has an
// anchor per code (`code-` + the code with `/` as `-`); helpUri points there.
import type { DiagnosticCode } from './codes.js';

/** The README as published; a rule's helpUri is this plus the code's anchor. */
export const README_URL = 'https://github.com/dossier-cli/dossier/blob/main/README.md';

export function readmeAnchor(code: DiagnosticCode): string {
  return `code-${code.replace('/', '-')}`;
}

export const codeHelp: Readonly<Record<DiagnosticCode, string>> = {
  'file/not-found': 'Check the path given to dossier validate, or the --cases directory.',
  'file/unreadable': 'Check the file permissions; the message gives the reason the system reported.',
  'file/not-regular':
    'Case files are regular files inside the working directory: replace the device, FIFO or socket, or the link that leads outside, by the file itself.',
  'file/too-large': 'A case file is at most 1 MiB; split the dossier into one file per case.',
  'file/total-too-large': 'The commands that compute and report read at most 32 MiB of case files in one run; check fewer files at a time.',
  'file/encoding': 'Save the file as UTF-8; the message gives the byte offset of the first invalid sequence.',
  'yaml/syntax': 'Fix the YAML at the position given; quoting the value often helps.',
  'yaml/duplicate-key': 'Keep one of the two keys (1: and "1": count as the same key).',
  'yaml/multiple-documents': 'Remove the second document (from the `---` line on), or move it to a file of its own.',
  'yaml/alias': 'Write the value out instead of using an anchor (&name) and an alias (*name).',
  'yaml/tag': 'Remove the explicit tag (!!str, !custom); quote the value if it must be text.',
  'yaml/directive': 'Remove the %YAML or %TAG directive.',
  'yaml/too-deep': 'Case files nest at most 64 levels; flatten the structure.',
  'yaml/too-many-nodes': 'A case file holds at most 20,000 YAML nodes; split it into one file per case.',
  'yaml/control-character':
    'Delete the raw control or bidi character (the message names it), or write it as an escape in a double-quoted string.',
  'schema/not-a-mapping': 'A case file is a mapping of keys (dossier, id, title, authority, …); start from a bundled case.',
  'schema/version': 'Set `dossier: 2` (the format version); a format-1 file needs converting (see CHANGELOG.md).',
  'schema/missing-key': 'Add the key the message names.',
  'schema/unknown-key': 'Remove the key, or correct its spelling (the message suggests the nearest known key).',
  'schema/type': 'Give the value the type the message names (text, number, list or mapping).',
  'schema/invalid-value': 'Use one of the values the message lists.',
  'id/invalid': 'Write the id as a slug: lower-case letters, digits and single hyphens.',
  'id/duplicate': 'Give each item (and each case, across files) an id of its own.',
  'id/file-name': 'Rename the file or the case id so that they match (cases/ID.yaml).',
  'date/invalid': 'Write a real calendar date as YYYY-MM-DD (or YYYY-MM, YYYY when known only so far).',
  'period/invalid': 'Write a period such as "2 months", "28 days", "6 weeks", "1 year" or "10 working days".',
  'period/option': 'Remove the option: it applies only in the jurisdiction the message names.',
  'ref/source': 'Cite a source id listed under sources, or add the source.',
  'ref/event': 'Refer to an event id listed under events, or add the event.',
  'ref/measure': 'Refer to a measure, finding, appeal or respondent id that exists in the file.',
  'chronology/order': 'Correct the dates: the message says which two are in an order the procedure does not allow.',
  'money/invalid': 'Write the amount as quoted decimal text, e.g. "20000000.00".',
  'money/negative': 'Amounts are never negative; record a reduction as the new amount.',
  'money/precision': 'Use no more decimals than the currency has (two for EUR, none for JPY).',
  'money/too-large': 'The amount is too large to be added up exactly; check for a typing error.',
  'money/over-cap': 'Check the amount and the turnover recorded: the fine is above its legal maximum (see Money in the README).',
  'money/not-a-reduction': 'An amount reduced on appeal must be below the amount imposed; check both.',
  'money/cap-needs-turnover': 'Record the worldwide turnover under respondents[].turnover so the cap can be checked.',
  'money/cap-unchecked': 'Record the turnover in a currency with an ECB rate for the decision date, or pass --rates.',
  'penalty/form': 'Make the form, amount and the way the penalty becomes payable fit together, as the message says.',
  'penalty/no-maximum': 'Record the maximum of the last onder dwangsom (Awb 5:32b).',
  'code/currency': 'Use an ISO 4217 currency code such as EUR, GBP or PLN.',
  'code/country': 'Use an ISO 3166-1 alpha-2 country code (GB, not UK; GR, not EL).',
  'gdpr/article': 'Cite an article between 1 and 99.',
  'source/missing': 'Cite at least one source for the item under `sources:`.',
  'source/unused': 'Cite the source from an event or measure, or remove it.',
  'source/stale': 'Check the sources again and record `checked: <date>` on each.',
};
