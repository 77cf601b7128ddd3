// Runs the schema and turns its issues into findings with stable codes and messages that name
// the value found and what was expected.
import type { z } from 'zod';
import { caseSchema, type Case } from '../model/case-schema.js';
import { knownKeys } from '../model/json-schema.js';
import {
  AMOUNT_PATTERN,
  ARTICLE_PATTERN,
  COUNTRY_PATTERN,
  CURRENCY_PATTERN,
  DATE_PATTERN,
  ID_PATTERN,
  PERIOD_PATTERN,
  SIMPLE_PERIOD_PATTERN,
} from '../model/patterns.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { closest, describeValue, valueAt } from './values.js';

type Issue = z.core.$ZodIssue;
type Path = readonly (string | number)[];

const MONEY_KEYS = new Set(['amount', 'maximum', 'paid']);
const DATE_KEYS = new Set(['date', 'published', 'checked', 'notified', 'filed', 'from', 'to', 'final', 'as-of']);

const PATTERN_CODES: readonly (readonly [RegExp, DiagnosticCode, string])[] = [
  [DATE_PATTERN, 'date/invalid', 'a date written YYYY-MM-DD, YYYY-MM or "YYYY"'],
  [AMOUNT_PATTERN, 'money/invalid', 'an amount as quoted decimal text, e.g. "20000000" or "1500.50"'],
  [
    PERIOD_PATTERN,
    'period/invalid',
    'a period such as "2 months", "28 days", "6 weeks", "1 year", "10 working days" (1 to 9999) or "2 months + 10 days"',
  ],
  [SIMPLE_PERIOD_PATTERN, 'period/invalid', 'a period of one unit such as "1 week" or "1 month" (1 to 9999)'],
  [ID_PATTERN, 'id/invalid', 'a slug of lower-case letters, digits and single hyphens, e.g. "sanction"'],
  [CURRENCY_PATTERN, 'code/currency', 'a three-letter ISO 4217 code such as EUR'],
  [COUNTRY_PATTERN, 'code/country', 'a two-letter ISO 3166-1 code such as FR (GB for the United Kingdom)'],
  [ARTICLE_PATTERN, 'gdpr/article', 'an article such as 6, "5(1)(a)" or "83(5)"'],
];

export type SchemaResult = { readonly ok: true; readonly value: Case } | { readonly ok: false; readonly findings: Finding[] };

export function checkSchema(data: unknown): SchemaResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      findings: [
        {
          code: 'schema/not-a-mapping',
          path: [],
          message: `the file holds ${describeValue(data)}; a case file is a mapping that starts with "dossier: 2"`,
        },
      ],
    };
  }
  const result = caseSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, findings: result.error.issues.flatMap((issue) => toFindings(issue, data, [])) };
}

function toFindings(issue: Issue, data: unknown, prefix: Path): Finding[] {
  const path = [...prefix, ...(issue.path as (string | number)[])];
  const value = valueAt(data, path);
  const key = String(path.at(-1) ?? '');
  if (path.length === 1 && key === 'dossier') {
    return [
      {
        code: 'schema/version',
        path,
        message: `format version ${describeValue(value)} is not supported; this dossier reads "dossier: 2" (see CHANGELOG.md for what changed from format 1)`,
      },
    ];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((name) => {
        const suggestion = closest(name, knownKeys());
        const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
        return { code: 'schema/unknown-key', path: [...path, name], atKey: true, message: `unknown key "${name}"${hint}` };
      });
    case 'invalid_type':
      return [typeFinding(issue.expected, path, key, value)];
    case 'invalid_format': {
      const known =
        'pattern' in issue && typeof issue.pattern === 'string' ? PATTERN_CODES.find(([re]) => String(re) === issue.pattern) : undefined;
      if (!known)
        return [
          {
            code: 'schema/invalid-value',
            path,
            message: `${describeValue(value)} is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`,
          },
        ];
      const [, code, expected] = known;
      if (code === 'money/invalid' && typeof value === 'string' && value.trim().startsWith('-')) {
        return [{ code: 'money/negative', path, message: `${key} is ${describeValue(value)}; amounts are never negative` }];
      }
      return [{ code, path, message: `${key} is ${describeValue(value)}; expected ${expected}` }];
    }
    case 'invalid_value':
      return [
        {
          code: 'schema/invalid-value',
          path,
          message: `${key} is ${describeValue(value)}; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        },
      ];
    case 'invalid_union':
      return unionFindings(issue, data, path, key, value);
    case 'too_small':
      return [
        {
          code: 'schema/invalid-value',
          path,
          message:
            issue.origin === 'array'
              ? `${key} needs at least ${String(issue.minimum)} item(s)`
              : `${key} is ${describeValue(value)}; expected at least ${String(issue.minimum)}`,
        },
      ];
    case 'too_big':
      return [
        {
          code: 'schema/invalid-value',
          path,
          message:
            issue.origin === 'string'
              ? `${key} is longer than ${String(issue.maximum)} characters`
              : `${key} is ${describeValue(value)}; expected at most ${String(issue.maximum)}`,
        },
      ];
    default:
      return [{ code: 'schema/invalid-value', path, message: `${key} is ${describeValue(value)}: ${issue.message}` }];
  }
}

function typeFinding(expected: string, path: Path, key: string, value: unknown): Finding {
  if (value === undefined) {
    return { code: 'schema/missing-key', path: path.slice(0, -1), message: `missing key "${key}"` };
  }
  if (expected === 'string' && typeof value === 'number' && MONEY_KEYS.has(key)) {
    return {
      code: 'money/invalid',
      path,
      message: `${key} is the bare number ${describeValue(value)}; write it as quoted text ("${String(value)}") so it stays exact`,
    };
  }
  if (expected === 'string' && typeof value === 'number' && DATE_KEYS.has(key)) {
    return {
      code: 'date/invalid',
      path,
      message: `${key} is the number ${describeValue(value)}; quote a year-only date ("${String(value)}")`,
    };
  }
  return { code: 'schema/type', path, message: `${key} is ${describeValue(value)}; expected ${article(expected)}` };
}

function unionFindings(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  data: unknown,
  path: Path,
  key: string,
  value: unknown,
): Finding[] {
  if ('discriminator' in issue && issue.discriminator) {
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map((o) => JSON.stringify(o)).join(', ') : '';
    return [{ code: 'schema/invalid-value', path, message: `${key} is ${describeValue(value)}; expected one of ${options}` }];
  }
  // Report the alternative that came closest: the one with the fewest problems.
  const branches = issue.errors.filter((branch) => branch.length > 0);
  if (branches.length === 0) return [{ code: 'schema/invalid-value', path, message: `${key} is ${describeValue(value)}` }];
  const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
  const findings = best.flatMap((inner) => toFindings(inner, data, path));
  if (key === 'notified' && findings.length === 1 && findings[0]?.code === 'date/invalid') {
    return [{ ...findings[0], message: `${key} is ${describeValue(value)}; expected a date written YYYY-MM-DD or "unknown"` }];
  }
  return findings;
}

function article(expected: string): string {
  const names: Partial<Record<string, string>> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
  };
  return (Object.hasOwn(names, expected) ? names[expected] : undefined) ?? expected;
}
