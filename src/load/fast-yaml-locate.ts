// The place of a data path in a file the fast YAML reader read, as source-map.ts would give it
// from yaml's nodes: the value's range, or the key's with atKey, or the nearest ancestor's when
// the path goes further than the data. Undefined when that place is a block mapping or sequence
// (the file's root included): how far yaml extends one over trailing comments is its own rule,
// so parse-yaml.ts asks yaml for those.
import type { FastYaml } from './fast-yaml.js';
import type { DataPath } from './source-map.js';

export function locateInFastYaml(fast: FastYaml, path: DataPath, atKey: boolean): readonly [number, number] | undefined {
  let node: unknown = fast.data;
  let value: readonly [number, number] | undefined;
  let key: readonly [number, number] | undefined;
  let complete = true;
  for (const segment of path) {
    const spans = node !== null && typeof node === 'object' ? fast.spans.get(node) : undefined;
    const found = spans === undefined ? undefined : childOf(node as object, spans, segment);
    if (found === undefined) {
      complete = false;
      break;
    }
    ({ node, value, key } = found);
  }
  const target = atKey && complete && key !== undefined ? key : value;
  return target !== undefined && target[0] >= 0 ? target : undefined;
}

interface Child {
  readonly node: unknown;
  readonly value: readonly [number, number];
  readonly key?: readonly [number, number];
}

// As source-map.ts child(): a sequence takes only a number; a mapping takes the segment as text.
function childOf(node: object, spans: readonly number[], segment: string | number): Child | undefined {
  if (Array.isArray(node)) {
    if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0 || segment >= node.length) return undefined;
    const at = segment * 2;
    return { node: node[segment], value: [spans[at] ?? -1, spans[at + 1] ?? -1] };
  }
  const name = String(segment);
  const index = Object.keys(node).indexOf(name);
  if (index === -1) return undefined;
  const at = index * 4;
  return {
    node: (node as Record<string, unknown>)[name],
    key: [spans[at] ?? -1, spans[at + 1] ?? -1],
    value: [spans[at + 2] ?? -1, spans[at + 3] ?? -1],
  };
}
