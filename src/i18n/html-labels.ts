// The shape of the HTML export's own words (section names, table headers, the timeline's marks
// and legend); the words are in en/html.ts and fr/html.ts. One interface for both, so a key
// missing in one language does not compile. Everything the Markdown export already words
// (statuses, sentences of a deadline's working, amounts, dates) comes from its labels, so the two
// documents say the same things.
export type MarkCategory = 'decision' | 'appeal' | 'liquidation' | 'deadline' | 'other';

export interface HtmlLabels {
  /** The `lang` attribute of the page. */
  readonly lang: string;
  readonly contents: string;
  readonly timeline: string;
  /** The SVG's accessible name. */
  readonly timelineTitle: (asOf: string) => string;
  readonly timelineDescription: (cases: number) => string;
  /** The label on the as-of line. */
  readonly asOfMark: (asOf: string) => string;
  readonly legend: string;
  readonly category: Readonly<Record<MarkCategory, string>>;
  /** The short word printed beside a mark on the timeline. */
  readonly mark: Readonly<Record<Exclude<MarkCategory, 'other'>, string>>;
  readonly deadlinesHeader: readonly [string, string, string, string];
  readonly working: string;
  readonly noDeadlines: string;
  readonly footer: (asOf: string) => string;
  readonly penaltyCharts: string;
  readonly penaltyChart: {
    readonly title: (deadline: string) => string;
    readonly accrued: string;
    readonly liquidated: string;
    readonly payable: string;
    readonly cap: string;
    readonly notComputed: string;
    readonly seriesHeader: readonly [string, string];
    /** The accrual is drawn straight from the first to the last day counted, which suspended days bend. */
    readonly straightAccrual: (suspendedDays: number) => string;
  };
}
