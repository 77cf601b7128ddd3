// Checks made on the text and the concrete syntax tree *before* the YAML is composed, because
// composing is where hostile input hurts: deep nesting overflows the stack (and a second such
// file can abort Node outright), aliases expand exponentially, and yaml only warns on tags.
import type { CST } from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';

export const MAX_DEPTH = 64;
export const MAX_NODES = 20_000;

export interface RawProblem {
  readonly code: DiagnosticCode;
  readonly offset: number;
  readonly message: string;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);
const NODES = new Set(['scalar', 'block-scalar', 'double-quoted-scalar', 'single-quoted-scalar', 'alias', ...COLLECTIONS]);

interface Token {
  readonly type?: unknown;
  readonly offset?: unknown;
  readonly source?: unknown;
}

/**
 * Walks the CST without recursion and reports directives, anchors, aliases, tags, and trees
 * that are too deep or too large. Stops at the first depth or size problem.
 */
export function checkSyntaxTree(tokens: readonly CST.Token[]): RawProblem[] {
  const problems: RawProblem[] = [];
  const stack: { value: unknown; depth: number }[] = [];
  for (const token of tokens) stack.push({ value: token, depth: 0 });
  let nodes = 0;
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value, depth } = top;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth });
      continue;
    }
    const token = value as Token;
    let childDepth = depth;
    if (typeof token.type === 'string') {
      const offset = typeof token.offset === 'number' ? token.offset : 0;
      const source = typeof token.source === 'string' ? token.source : '';
      const sigil = sigilProblem(token.type, source, offset);
      if (sigil) problems.push(sigil);
      if (NODES.has(token.type) && ++nodes > MAX_NODES) {
        return [
          ...problems,
          { code: 'yaml/too-many-nodes', offset, message: `the document has more than ${MAX_NODES} nodes; a case file needs far fewer` },
        ];
      }
      if (COLLECTIONS.has(token.type)) {
        childDepth = depth + 1;
        if (childDepth > MAX_DEPTH) {
          return [...problems, { code: 'yaml/too-deep', offset, message: `collections are nested more than ${MAX_DEPTH} levels deep` }];
        }
      }
    }
    for (const child of Object.values(value)) if (typeof child === 'object') stack.push({ value: child, depth: childDepth });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

function sigilProblem(type: string, source: string, offset: number): RawProblem | undefined {
  switch (type) {
    case 'directive':
      return {
        code: 'yaml/directive',
        offset,
        message: `directive "${source}" is not allowed; case files are YAML 1.2 with the core schema`,
      };
    case 'anchor':
      return { code: 'yaml/alias', offset, message: `anchor "${source}" is not allowed; write each value out in full` };
    case 'alias':
      return { code: 'yaml/alias', offset, message: `alias "${source}" is not allowed; write each value out in full` };
    case 'tag':
      return { code: 'yaml/tag', offset, message: `tag "${source}" is not allowed; values are plain strings, numbers, lists and mappings` };
    default:
      return undefined;
  }
}

// C0 controls other than tab, LF and CR; DEL; C1; bidi embeddings, overrides and isolates
// (Trojan Source, CVE-2021-42574); the bidi marks. A lone CR is handled separately.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/gu;

// Without the u flag (three times faster): every class above is in the BMP and excludes surrogates, so code units match as code points would.
const ANY_FORBIDDEN = new RegExp(FORBIDDEN.source);

/** Whether findControlCharacters would find anything. */
export function containsControlCharacter(text: string): boolean {
  return ANY_FORBIDDEN.test(text);
}

export function findControlCharacters(text: string): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const match of text.matchAll(FORBIDDEN)) {
    const cp = match[0].codePointAt(0) ?? 0; // a match is never empty
    const name = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({
      code: 'yaml/control-character',
      offset: match.index,
      message:
        match[0] === '\r'
          ? 'a carriage return without a line feed; use LF or CRLF line endings'
          : `the control character ${name} is not allowed; write it as an escape in a double-quoted string if you really mean it`,
    });
    if (problems.length >= 20) break;
  }
  return problems;
}

export interface DecodeResult {
  readonly text?: string;
  readonly badByte?: number;
}

// One decoder for every file: a call that does not stream starts afresh (WHATWG Encoding, decode()).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8: a byte that does not decode is an error, never a silent U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { badByte: firstInvalidUtf8Byte(bytes) };
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  // Binary search for the longest prefix that decodes; in streaming mode a prefix that merely ends
  // inside a multi-byte sequence still decodes, so the search stops at the first truly bad byte.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodesAsPrefix(bytes.subarray(0, mid))) low = mid;
    else high = mid - 1;
  }
  return Math.min(low, Math.max(0, bytes.length - 1));
}

function decodesAsPrefix(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}
