// Maps a data path (['measures', 1, 'amount']) back to the YAML node it came from, so a problem
// found after parsing still has a line and a column.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LineIndex } from './line-index.js';
import type { Position } from '../diagnostics/diagnostic.js';

export type DataPath = readonly (string | number)[];

export interface SourceMap {
  /** The start (and end) of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: DataPath, atKey?: boolean): { start: Position; end: Position };
  positionOf(offset: number): Position;
  /** The YAML node at `path`, if it exists. */
  nodeAt(path: DataPath): Node | undefined;
}

export function createSourceMap(doc: Document, lines: LineIndex): SourceMap {
  const positionOf = (offset: number): Position => lines.positionOf(offset);
  const walk = (path: DataPath): { node: Node | undefined; key: Node | undefined; complete: boolean } => {
    let node = doc.contents ?? undefined;
    let key: Node | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) return { node, key, complete: false };
      ({ node, key } = next);
    }
    return { node, key, complete: true };
  };
  return {
    positionOf,
    nodeAt: (path) => {
      const found = walk(path);
      return found.complete ? found.node : undefined;
    },
    locate: (path, atKey = false) => {
      const { node, key, complete } = walk(path);
      const target = atKey && complete && key ? key : node;
      const range = target?.range;
      if (!range) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
      return { start: positionOf(range[0]), end: positionOf(range[1]) };
    },
  };
}

// Each mapping's keys, indexed on first lookup: a file with thousands of findings in one large
// mapping would otherwise scan the mapping once per finding.
const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairFor(map: YAMLMap, key: string): Pair | undefined {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      // The first of duplicate keys, as the linear scan found it.
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (name !== undefined && !index.has(name)) index.set(name, pair);
    }
    keyIndexes.set(map, index);
  }
  return index.get(key);
}

function child(node: Node | undefined, segment: string | number): { node: Node | undefined; key: Node | undefined } | undefined {
  if (isMap(node)) {
    const pair = pairFor(node, String(segment));
    return pair ? { node: (pair.value ?? pair.key) as Node, key: pair.key as Node } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    return item ? { node: item, key: undefined } : undefined;
  }
  return undefined;
}
