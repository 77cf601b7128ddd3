// A period's rule options apply only where the law they come from applies: the délai franc in
// France, the summer suspension in Italy and Spain, the start day in Ireland, natural days in
// Spain, the Saturday rule in Italy and Greece, a Member State's holidays for EU periods.
import type { Case, Due, LawDeadline } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import type { Path } from './walk.js';

const APPLIES_TO = {
  franc: ['FR'],
  'summer-suspension': ['IT', 'ES'],
  'saturday-working': ['IT', 'GR'],
  'start-day-included': ['IE'],
  'natural-days': ['ES'],
  'holiday-country': ['EU'],
} as const;

export function checkPeriodOptions(c: Case): Finding[] {
  const findings: Finding[] = [];
  const check = (rule: Due | LawDeadline, path: Path) => {
    if ('date' in rule || 'before' in rule) return;
    const jurisdiction = rule.jurisdiction ?? c.jurisdiction;
    for (const [option, where] of Object.entries(APPLIES_TO) as [keyof typeof APPLIES_TO, readonly string[]][]) {
      // Setting an option to its default (false; true for start-day-included) is harmless anywhere.
      const isDefault = rule[option] === (option === 'start-day-included');
      if (rule[option] === undefined || isDefault || where.includes(jurisdiction)) continue;
      findings.push({
        code: 'period/option',
        path: [...path, option],
        atKey: true,
        message: `${option} applies to ${where.join(' and ')} periods only; this period runs under ${jurisdiction}`,
      });
    }
  };
  (c.measures ?? []).forEach((m, i) => {
    if ('due' in m && m.due) check(m.due, ['measures', i, 'due']);
  });
  (c.deadlines ?? []).forEach((d, i) => check(d, ['deadlines', i]));
  // jurisdiction: custom is printed with the rule the case states, so that rule must be there.
  if (c.jurisdiction === 'custom' && c['custom-rule'] === undefined)
    findings.push({
      code: 'schema/missing-key',
      path: ['jurisdiction'],
      message: 'jurisdiction: custom needs "custom-rule", the time rules that apply, as a citation',
    });
  if (c.jurisdiction !== 'custom' && c['custom-rule'] !== undefined)
    findings.push({
      code: 'period/option',
      path: ['custom-rule'],
      atKey: true,
      message: `custom-rule applies with jurisdiction: custom only; ${c.jurisdiction} has its rules in dossier`,
    });
  return findings;
}
