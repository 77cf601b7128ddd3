// Turns the bytes of one file into plain data, or into diagnostics: strict UTF-8, YAML 1.2 core
// schema pinned, no aliases, tags or directives, bounded depth and size, unique keys.
import { Composer, Parser, YAMLParseError, isMap, isScalar, visit, type Document } from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { checkSyntaxTree, decodeUtf8, findControlCharacters, type RawProblem } from './yaml-guards.js';
import { createLineIndex, type LineIndex } from './line-index.js';
import { createSourceMap, type SourceMap } from './source-map.js';
import { fastYaml, type FastYaml } from './fast-yaml.js';
import { locateInFastYaml } from './fast-yaml-locate.js';

export interface PlacedProblem {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly start: Position;
  readonly end?: Position;
}

export type ParsedYaml =
  | { readonly ok: true; readonly data: unknown; readonly sourceMap: SourceMap; readonly problems: PlacedProblem[] }
  | { readonly ok: false; readonly problems: PlacedProblem[] };

const PARSE_OPTIONS = {
  schema: 'core',
  version: '1.2',
  merge: false,
  resolveKnownTags: false,
  stringKeys: true,
  // yaml's own duplicate check is quadratic in the number of keys; ours below is linear.
  uniqueKeys: false,
  // 'error' keeps errors and warnings in doc.errors/doc.warnings without printing them;
  // 'silent' would drop some errors (MULTIPLE_DOCS) altogether.
  logLevel: 'error',
  prettyErrors: false,
} as const;

export function parseYaml(bytes: Uint8Array): ParsedYaml {
  const decoded = decodeUtf8(bytes);
  if (decoded.text === undefined) {
    const byte = decoded.badByte ?? 0;
    const prefix = new TextDecoder().decode(bytes.subarray(0, byte));
    return {
      ok: false,
      problems: [
        {
          code: 'file/encoding',
          message: `byte ${byte} is not valid UTF-8; save the file as UTF-8`,
          start: createLineIndex(prefix).positionOf(prefix.length),
        },
      ],
    };
  }
  const text = decoded.text;
  // Most case files are plain YAML that the fast reader understands; yaml reads the rest, and
  // reads a file again only if a finding in it must be placed on a block mapping or sequence.
  const fast = fastYaml(text);
  if (fast !== undefined) return { ok: true, data: fast.data, sourceMap: sourceMapOnDemand(text, fast), problems: [] };
  return parseWithYaml(text);
}

/** The yaml library's reading of `text`, with every guard and source range. */
export function parseWithYaml(text: string): ParsedYaml {
  // Every position in this file, from the guards, yaml's errors and the checks, comes from this index.
  const lines = createLineIndex(text);
  const place = (raw: RawProblem): PlacedProblem => ({
    code: raw.code,
    message: raw.message,
    start: lines.positionOf(raw.offset),
  });

  // The text is lexed and parsed once; the guards read the concrete syntax tree, and only a tree
  // that passes them is composed into a document.
  const tokens = [...new Parser().parse(text)];
  const early = [...findControlCharacters(text), ...checkSyntaxTree(tokens)].map(place);
  if (early.length > 0) return { ok: false, problems: early };

  const doc = composeSingleDocument(tokens, text);
  const sourceMap = createSourceMap(doc, lines);
  const problems: PlacedProblem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const code: DiagnosticCode =
      error.code === 'MULTIPLE_DOCS' ? 'yaml/multiple-documents' : error.code === 'TAG_RESOLVE_FAILED' ? 'yaml/tag' : 'yaml/syntax';
    problems.push({ code, message: describeYamlError(error.code, error.message), start: sourceMap.positionOf(error.pos[0]) });
  }
  problems.push(...findDuplicateKeys(doc, sourceMap));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: flattenStrings(doc.toJS({ maxAliasCount: 0 })), sourceMap, problems: [] };
}

/**
 * Places what it can from the fast reader's offsets (scalars and flow collections); a block
 * mapping or sequence is placed by reading the text with yaml, once, on the first such question. The fast reader accepts only text that yaml reads
 * to the same data (test/load/fast-yaml.test.ts), so that reading cannot fail.
 */
function sourceMapOnDemand(text: string, fast: FastYaml): SourceMap {
  let lines: LineIndex | undefined;
  let full: SourceMap | undefined;
  const positionOf = (offset: number): Position => (lines ??= createLineIndex(text)).positionOf(offset);
  const withYaml = (): SourceMap => {
    if (full !== undefined) return full;
    const parsed = parseWithYaml(text);
    if (!parsed.ok) throw new Error('yaml rejected a file the fast YAML reader accepted');
    return (full = parsed.sourceMap);
  };
  return {
    positionOf,
    nodeAt: (path) => withYaml().nodeAt(path),
    locate: (path, atKey = false) => {
      const range = locateInFastYaml(fast, path, atKey);
      return range === undefined ? withYaml().locate(path, atKey) : { start: positionOf(range[0]), end: positionOf(range[1]) };
    },
  };
}

/** Composes the tokens the way parseDocument() does, reporting any second document as an error. */
function composeSingleDocument(tokens: readonly import('yaml').CST.Token[], text: string): Document {
  const composer = new Composer(PARSE_OPTIONS);
  const docs = [...composer.compose(tokens, true, text.length)];
  const [first, ...rest] = docs;
  // compose(..., forceDoc = true) yields a document even for an empty stream.
  if (first === undefined) throw new Error('the YAML composer returned no document');
  for (const extra of rest) {
    const at = extra.range[0];
    first.errors.push(new YAMLParseError([at, at + 1], 'MULTIPLE_DOCS', 'a second document'));
  }
  return first;
}

function describeYamlError(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'a second YAML document starts here; a case file holds exactly one';
  const firstLine = message.split('\n')[0] ?? message;
  const withoutPosition = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  return `${withoutPosition} (${code})`;
}

/** Keys compare as strings, so `1:` and `"1":` collide, as they would in any JSON consumer. */
function findDuplicateKeys(doc: Document, sourceMap: SourceMap): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Map<string, Position>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const name = String(pair.key.value);
        const here = sourceMap.positionOf(pair.key.range[0]);
        const first = seen.get(name);
        if (first)
          problems.push({
            code: 'yaml/duplicate-key',
            message: `key "${name}" appears again; it was first given at line ${first.line}, column ${first.column}`,
            start: here,
          });
        else seen.set(name, here);
      }
    },
  });
  return problems;
}

/**
 * yaml builds a quoted scalar one character at a time, and V8 keeps such a string as a chain of
 * concatenations until something flattens it: about 60 bytes per character, so a checked
 * 800 KB file held 27 MB. A regular expression flattens its subject in place.
 */
function flattenStrings(value: unknown): unknown {
  if (typeof value === 'string') FLATTEN.test(value);
  else if (Array.isArray(value)) for (const item of value) flattenStrings(item);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) flattenStrings(item);
  return value;
}
const FLATTEN = /[\s\S]/;
