// Cells both overview layouts share: who the respondents are, which decision dates the case,
// where the appeals leave it, and what of a penalty payment is payable.
import { measureAppeals, type AppealState } from '../analysis/appeal-graph.js';
import type { CaseView, DossierView } from '../analysis/dossier.js';
import type { DeadlineView } from '../analysis/deadlines.js';
import { formatMoney, type Locale } from '../i18n/format.js';
import type { Labels } from '../i18n/catalogue.js';
import { sanitizeForTerminal } from './sanitize.js';
import type { CellLine, Span, Tones } from './table.js';

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });

/** The respondent when every case has the same one, so the heading can name it once. */
export function sharedRespondent(view: DossierView): string | undefined {
  const names = new Set(view.cases.map((c) => respondentNames(c)));
  return names.size === 1 ? clean([...names][0] ?? '') : undefined;
}

/** Every appeal state of the case's measures: pending ones in yellow. */
export function appealCell(view: CaseView, l: Labels, tone: Tones): Span[] {
  // Nothing decided yet on the day, and nothing challenged: there is no appeal to speak of.
  if ((view.case.measures ?? []).length === 0 && view.appeals.length === 0) return [];
  const states = new Set<AppealState>((view.case.measures ?? []).map((m) => measureAppeals(view.case, m).state));
  if (states.size > 1) states.delete('none');
  // Appeals against findings or a decision that imposed nothing: say what became of them.
  if (view.appeals.length > 0 && [...states].every((st) => st === 'none'))
    return view.appeals.map((s): Span => ({
      text: l.appealOutcome[s.appeal.outcome],
      tone: s.status === 'pending' || s.status === 'reheard' ? tone.caution : undefined,
    }));
  const ordered = (['pending', 'remitted', 'reduced', 'annulled', 'upheld', 'none'] as const).filter((st) => states.has(st));
  if (ordered.length === 0) return [{ text: l.appealState.none }];
  return ordered.map((st): Span => ({ text: l.appealState[st], tone: st === 'pending' || st === 'remitted' ? tone.caution : undefined }));
}

/** Every respondent of a case, in the file's order. */
export function respondentNames(view: CaseView): string {
  return view.case.respondents.map((r) => clean(r.name)).join(', ');
}

/** The decision of the authority that imposed the measures (not a binding decision that instructed it). */
export function decisionDate(view: CaseView): string | undefined {
  const c = view.case;
  const measures = c.measures ?? [];
  const byKind = (kind: string) => measures.find((m) => c.events.find((e) => e.id === m.decision)?.kind === kind)?.decision;
  const imposing =
    measures.find((m) => m.kind === 'fine')?.decision ?? byKind('decision') ?? measures[0]?.decision ?? (c.findings ?? [])[0]?.decision;
  return c.events.find((e) => e.id === imposing)?.date ?? c.events.find((e) => e.kind === 'decision' && e.body === undefined)?.date;
}

/** What of a penalty payment is payable, and at most how much more accrued but is not. */
export function penaltySummary(p: NonNullable<DeadlineView['penalty']>, l: Labels, locale: Locale): CellLine[] {
  const money = (minor: number) => formatMoney(minor, p.currency, locale);
  if (p.payableMinor === 0 && (p.notPayableMinor ?? 0) === 0 && p.maximumMinor === undefined) return [];
  return [
    `${l.field.payableNow}${l.colon}${money(p.payableMinor)}`,
    ...(p.notPayableMinor !== undefined && p.notPayableMinor > 0 ? [`${l.totals.notPayable}${l.colon}${money(p.notPayableMinor)}`] : []),
    ...(p.notPayableMinor === undefined && p.maximumMinor !== undefined ? [`${l.field.exposure}${l.colon}${money(p.maximumMinor)}`] : []),
  ];
}
