// jurisdiction: custom: a legal order dossier has no rules for. Its rule is the one the case
// states, printed as such; its periods are not counted under another jurisdiction's rules.
import { catalogue } from '../../src/i18n/catalogue.js';
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { checkPeriodOptions } from '../../src/rules/periods.js';
import { renderCaseDetail } from '../../src/render/report-detail.js';
import { renderJsonExport } from '../../src/render/export/json.js';
import { analyseCases } from '../helpers/dossier.js';
import { withCase, withOrder } from '../helpers/case-builder.js';

const RULE = 'Código do Procedimento Administrativo art. 87';
const custom = withCase((c) => ({
  ...c,
  jurisdiction: 'custom',
  'custom-rule': RULE,
  authority: { short: 'CNPD', name: 'Comissão Nacional de Proteção de Dados', country: 'PT' },
  deadlines: [{ id: 'appeal', label: 'Appeal', period: '3 months', from: 'decision', sources: ['decision-text'] }],
}));

describe('jurisdiction: custom', () => {
  it('validates with its stated rule, and not without one', () => {
    expect(checkPeriodOptions(custom)).toEqual([]);
    const { 'custom-rule': _rule, ...withoutRule } = custom;
    expect(checkPeriodOptions(withoutRule).map((f) => [f.code, f.path])).toEqual([['schema/missing-key', ['jurisdiction']]]);
  });

  it('refuses custom-rule beside a supported jurisdiction, and the options of other jurisdictions', () => {
    const fr = withCase((c) => ({ ...c, 'custom-rule': RULE }));
    expect(checkPeriodOptions(fr).map((f) => f.code)).toEqual(['period/option']);
    const franc = withCase((c) => ({ ...c, deadlines: [{ ...custom.deadlines![0]!, franc: true }] }), custom);
    expect(checkPeriodOptions(franc).map((f) => f.message)).toEqual(['franc applies to FR periods only; this period runs under custom']);
  });

  it('leaves periods not computed, saying why and naming the stated rule; a day the decision names still counts', () => {
    const c = withCase((x) => withOrder(x, (o) => ({ ...o, due: { date: '2023-01-31' } })), custom);
    const view = analyseCases([c], '2023-01-10').cases[0]!;
    const appeal = view.deadlines.find((d) => d.id === 'appeal')!;
    expect(appeal.end).toBeUndefined();
    expect(appeal.problem).toEqual({ kind: 'custom-jurisdiction', rule: RULE });
    expect(catalogue('en').working.problem(appeal.problem!)).toContain(`rule stated: ${RULE}`);
    expect(appeal.computation).toBeUndefined();
    expect(view.deadlines.find((d) => d.id === 'order')).toMatchObject({ end: '2023-01-31', status: 'open' });
  });

  it('is printed with its rule in the report and the JSON export', () => {
    const dossier = analyseCases([custom], '2023-01-10');
    const text = renderCaseDetail(dossier.cases[0]!, { chalk: new Chalk({ level: 0 }), width: 200, locale: 'en' });
    expect(text).toContain(`Jurisdiction: custom (${RULE})`);
    const json = JSON.parse(renderJsonExport(dossier)) as { cases: { jurisdiction: string; customRule: string }[] };
    expect(json.cases[0]).toMatchObject({ jurisdiction: 'custom', customRule: RULE });
  });
});
