// The sentence that states a fine's legal maximum and how it was reached, shared by the Markdown
// and HTML exports; `quote` makes the case-file citation safe for the format.
import type { FineCap } from '../../core/money/caps.js';
import type { MarkdownLabels } from '../../i18n/markdown-labels.js';

export function capSentence(L: MarkdownLabels, cap: FineCap, quote: (text: string) => string): string {
  const m = (minor: number) => L.money(minor, cap.currency);
  const turnover =
    cap.turnoverMinor === undefined
      ? L.noTurnover
      : L.turnover(L.percent(cap.percent), String(cap.turnoverYear ?? '?'), m(cap.turnoverMinor), m(cap.turnoverBasedMinor ?? 0));
  return L.capText({
    cap: m(cap.capMinor),
    citation: quote(cap.citation),
    fixed: m(cap.fixedMinor),
    percent: L.percent(cap.percent),
    turnover,
    basis: cap.basis,
  });
}
