// Where the timeline's labels go so that none overlaps another: a deterministic greedy placement.
// Labels are taken from left to right; each starts at its mark (pulled left if it would pass the
// right edge) and goes in the first row of its lane whose last label ends at least GAP before it,
// or in a new row. The width of a label is estimated, not measured (there is no browser here):
// the labels are set in a monospace font, whose advance is 0.6 em in every common face (DejaVu
// Sans Mono, Liberation Mono, Courier, Menlo), and the estimate allows 0.62 em per character.

export const LABEL_FONT_PX = 11;
const EM_PER_CHARACTER = 0.62;
export const LABEL_GAP_PX = 6;

/** The estimated width of a label in pixels: characters (code points) × advance. */
export function labelWidth(text: string): number {
  return Math.ceil(Array.from(text).length * LABEL_FONT_PX * EM_PER_CHARACTER);
}

export interface LabelRequest {
  /** The x of the mark the label belongs to. */
  readonly anchor: number;
  readonly width: number;
}

export interface PlacedLabel {
  readonly x: number;
  readonly width: number;
  /** 0 for the first row under the marks. */
  readonly row: number;
}

/** Each request with its placement, in the requests' order; `rows` is how many rows the lane needs. */
export function placeLabels<T extends LabelRequest>(requests: readonly T[], right: number): { placed: (T & PlacedLabel)[]; rows: number } {
  const order = requests
    .map((request, index) => ({ request, index }))
    .sort((a, b) => a.request.anchor - b.request.anchor || a.index - b.index);
  const rowEnds: number[] = [];
  const placed: { index: number; label: T & PlacedLabel }[] = [];
  for (const { request, index } of order) {
    const x = Math.min(request.anchor, right - request.width);
    let row = rowEnds.findIndex((end) => end + LABEL_GAP_PX <= x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x + request.width;
    placed.push({ index, label: { ...request, x, row } });
  }
  return { placed: placed.sort((a, b) => a.index - b.index).map((p) => p.label), rows: rowEnds.length };
}

/** Whether two placed labels' boxes (in the same lane) share any point. */
export function labelsIntersect(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.row === b.row && a.x < b.x + b.width && b.x < a.x + a.width;
}
