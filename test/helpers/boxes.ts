// Label boxes and their overlaps, for the timeline tests (estimated in Node, measured in Chromium).

export interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Every pair of boxes that share any area, named by their texts. */
export function intersecting(boxes: readonly Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`"${a.text}" × "${b.text}"`);
    }
  return pairs;
}
