// The one-line flow collections of the fast YAML reader (fast-yaml.ts): `[a, "b", 3]` and
// `{ k: v, l: [1] }`, whose scalars and keys follow fast-yaml-scalars.ts. Anything else declines.
import { FLOW_KEY_END, KEY, RESERVED_KEYS, decline, plainScalar, quotedScalar, trimmedEnd } from './fast-yaml-scalars.js';

/** What the block reader shares with the flow reader: the text, the spans of collections, the node and depth budget. */
export interface ReadContext {
  readonly text: string;
  readonly spans: Map<object, number[]>;
  /** One more node; declines past the budget. */
  count(): void;
  /** One level deeper; declines past the budget. */
  enter(): void;
  leave(): void;
}

/** A one-line quoted scalar starting at `at`: its value and the offset after the closing quote. */
export function quoted(ctx: ReadContext, at: number, end: number): [string, number] {
  ctx.count();
  return quotedScalar(ctx.text, at, end);
}

/** A flow node on this line from `at`: a quoted or plain scalar, `[...]` or `{...}`; its value and the offset after it. */
function flowNode(ctx: ReadContext, at: number, end: number): [unknown, number] {
  const text = ctx.text;
  const c = text[at];
  if (c === '"' || c === "'") return quoted(ctx, at, end);
  if (c === '[' || c === '{') return flowCollection(ctx, at, end);
  let stop = at;
  for (; stop < end; stop += 1) {
    const d = text.charCodeAt(stop);
    if (d === 44 || d === 93 || d === 125) break; // , ] }
    // `:` ends a key unless glued to what follows (`https://...`); ` #` starts a comment.
    if (d === 58 && FLOW_KEY_END[text.charCodeAt(stop + 1)] === 1) decline();
    if (d === 91 || d === 123 || (d === 35 && text.charCodeAt(stop - 1) === 32)) decline(); // [ { #
  }
  const valueEnd = trimmedEnd(text, stop);
  if (valueEnd <= at) decline();
  ctx.count();
  return [plainScalar(text.slice(at, valueEnd), true), stop];
}

/** `[a, "b", 3]` or `{ k: v, l: [1] }`, on one line. */
export function flowCollection(ctx: ReadContext, at: number, end: number): [unknown, number] {
  const text = ctx.text;
  ctx.enter();
  ctx.count();
  const isMap = text[at] === '{';
  const close = isMap ? '}' : ']';
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  const spans: number[] = [];
  ctx.spans.set(isMap ? map : items, spans);
  let i = at + 1;
  const skipSpaces = (): void => {
    while (text.charCodeAt(i) === 32) i += 1;
  };
  skipSpaces();
  if (text[i] !== close) {
    for (;;) {
      skipSpaces();
      if (isMap) {
        const colon = text.indexOf(': ', i);
        if (colon === -1 || colon >= end) decline();
        const key = text.slice(i, colon);
        if (!KEY.test(key) || RESERVED_KEYS.has(key) || Object.hasOwn(map, key)) decline();
        ctx.count();
        spans.push(i, colon);
        i = colon + 2;
        skipSpaces();
        const valueStart = i;
        [map[key], i] = flowNode(ctx, i, end);
        spans.push(valueStart, trimmedEnd(text, i));
      } else {
        const itemStart = i;
        let item: unknown;
        [item, i] = flowNode(ctx, i, end);
        items.push(item);
        spans.push(itemStart, trimmedEnd(text, i));
      }
      skipSpaces();
      if (text[i] === close) break;
      if (text[i] !== ',' || i >= end) decline();
      i += 1;
      skipSpaces();
      if (text[i] === close || i >= end) decline();
    }
  }
  ctx.leave();
  return [isMap ? map : items, i + 1];
}
