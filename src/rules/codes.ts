// Codes from standards: ISO 4217 currencies, ISO 3166-1 countries, and GDPR articles that exist.
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { isCurrencyCode } from '../core/codes/currencies.js';
import { isCountryCode, suggestCountryCode } from '../core/codes/countries.js';
import { ARTICLE_PATTERN } from '../model/patterns.js';
import type { Path } from './walk.js';

/** The GDPR (and the UK GDPR, which keeps its numbering) has Articles 1 to 99. */
const LAST_GDPR_ARTICLE = 99;

export function checkCodes(c: Case): Finding[] {
  const findings: Finding[] = [];
  const country = (code: string, path: Path) => {
    if (isCountryCode(code)) return;
    const suggestion = suggestCountryCode(code);
    findings.push({
      code: 'code/country',
      path,
      message: `"${code}" is not an ISO 3166-1 alpha-2 country code${suggestion ? `; use "${suggestion}"` : ''}`,
    });
  };
  const currency = (code: string | undefined, path: Path) => {
    if (code !== undefined && !isCurrencyCode(code))
      findings.push({ code: 'code/currency', path, message: `"${code}" is not an ISO 4217 currency code` });
  };
  country(c.authority.country, ['authority', 'country']);
  (c.concerned ?? []).forEach((a, i) => country(a.country, ['concerned', i, 'country']));
  c.respondents.forEach((r, k) => {
    country(r.country, ['respondents', k, 'country']);
    (r.turnover ?? []).forEach((t, i) => currency(t.currency, ['respondents', k, 'turnover', i, 'currency']));
  });
  const articles = (list: readonly (number | string)[] | undefined, path: Path) =>
    (list ?? []).forEach((a, k) => {
      const number = typeof a === 'number' ? a : Number(ARTICLE_PATTERN.exec(a)?.[1]);
      if (!(number >= 1 && number <= LAST_GDPR_ARTICLE)) {
        findings.push({
          code: 'gdpr/article',
          path: [...path, k],
          message: `Article ${String(a)} does not exist; the GDPR has Articles 1 to ${LAST_GDPR_ARTICLE}`,
        });
      }
    });
  (c.findings ?? []).forEach((f, i) => articles(f.articles, ['findings', i, 'articles']));
  (c.measures ?? []).forEach((m, i) => {
    if (m.kind === 'fine') {
      currency(m.currency, ['measures', i, 'currency']);
      currency(m.proposed?.currency, ['measures', i, 'proposed', 'currency']);
      articles(m.articles, ['measures', i, 'articles']);
    }
    if ((m.kind === 'order' || m.kind === 'ban') && m.penalty) currency(m.penalty.currency, ['measures', i, 'penalty', 'currency']);
  });
  return findings;
}
