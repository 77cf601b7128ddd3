// A penalty payment's parts must fit: an amount for every form but `unknown`, none for it; a
// way of becoming payable (stated, or the jurisdiction's: FR astreinte by liquidation, Décret
// 2019-536 art. 44; NL dwangsom by forfeiture, Awb 5:33); liquidations only for a penalty that is
// liquidated, collections only for one that is forfeited; and the maximum Awb 5:32b(4) requires
// of a Dutch dwangsom.
import type { Case } from '../model/case-schema.js';
import { payableBy } from '../analysis/penalties.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import type { Path } from './walk.js';

export function checkPenalties(c: Case): Finding[] {
  const findings: Finding[] = [];
  (c.measures ?? []).forEach((m, i) => {
    if ((m.kind !== 'order' && m.kind !== 'ban') || !m.penalty) return;
    const p = m.penalty;
    const at: Path = ['measures', i, 'penalty'];
    const problem = (path: Path, message: string) => findings.push({ code: 'penalty/form', path, message });
    if (p.per === 'unknown' && p.amount !== undefined)
      problem([...at, 'amount'], 'a penalty with `per: unknown` has no amount per unit; give `maximum` instead');
    if (p.per !== 'unknown' && p.amount === undefined) problem([...at, 'per'], `a penalty per ${p.per} needs its \`amount\``);
    if (p.per === 'unknown' && p.maximum === undefined) problem([...at, 'per'], 'a penalty of unknown form needs at least its `maximum`');
    const how = payableBy(c, p);
    if (how === undefined) problem(at, 'say how the penalty becomes payable: `payable-by: liquidation` or `payable-by: forfeiture`');
    if (how === 'forfeiture' && p.liquidations !== undefined)
      problem([...at, 'liquidations'], 'a forfeited penalty is collected, not liquidated: use `collections`');
    if (how === 'liquidation' && p.collections !== undefined)
      problem([...at, 'collections'], 'a liquidated penalty has `liquidations`, not `collections`');
    if (c.jurisdiction === 'NL' && p.maximum === undefined)
      findings.push({
        code: 'penalty/no-maximum',
        path: at,
        message: 'a last onder dwangsom must state a maximum (Awb 5:32b(4)); add `maximum`',
      });
  });
  return findings;
}
