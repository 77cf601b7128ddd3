// A fast reader for the plain YAML that case files are written in: block mappings and sequences,
// one-line scalars (plain, single- or double-quoted) and one-line flow collections
// (fast-yaml-flow.ts), with comments, LF or CRLF. The `yaml` library builds a concrete syntax
// tree, a document and source ranges for every file, which costs ten times more than this;
// dossier needs them only to place a finding.
//
// It answers only for text it fully understands, and declines (returns undefined) at the first
// thing it does not: control characters, tabs, anchors, tags, block scalars, multi-line scalars,
// duplicate or unusual keys, escapes other than a few, deep or large trees, anything that would be
// an error. parse-yaml.ts then reads the file with `yaml` as before, so every diagnostic still
// comes from that one path. Plain scalars are resolved by yaml's own core-schema tags, so `15`,
// `0o17`, `.inf` and `2023-02-09` mean here what they mean there. test/load/fast-yaml.test.ts
// checks, on the bundled cases, generated documents and the hostile catalogue, that whatever this
// accepts, yaml reads to the same data and places every path at the same offsets.
import { containsControlCharacter } from './yaml-guards.js';
import { DECLINE, KEY_LIKE, RESERVED_KEYS, decline, keyEnd, plainScalar, trimmedEnd } from './fast-yaml-scalars.js';
import { flowCollection, quoted, type ReadContext } from './fast-yaml-flow.js';

export interface FastYaml {
  readonly data: Record<string, unknown>;
  /**
   * For each mapping and sequence of `data`, the offsets of its entries as yaml's range[0] and
   * range[1] give them: key start, key end, value start, value end for a mapping; value start and
   * end for a sequence. A block mapping or sequence as a value has -1, -1: its extent (which
   * trailing comments it takes in) is left to yaml.
   */
  readonly spans: ReadonlyMap<object, number[]>;
}

const MAX_DEPTH = 32;
const MAX_NODES = 10_000;
const MAX_IMPLICIT_KEY = 1024;

/** The data of `text`, or undefined when the yaml path must read it. */
export function fastYaml(text: string): FastYaml | undefined {
  if (text.includes('\t') || containsControlCharacter(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

class Reader implements ReadContext {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Each line's indentation, or -1 for a line that is blank or only a comment. */
  private readonly indents: number[] = [];
  private line = 0;
  private nodes = 0;
  private depth = 0;
  /** The first `#` after some offset at or before the current value's start (commentStart). */
  private nextHash = -1;
  readonly spans = new Map<object, number[]>();

  constructor(readonly text: string) {
    for (let start = 0; start < text.length;) {
      let next = text.indexOf('\n', start);
      if (next === -1) next = text.length;
      // A CRLF line ends before its CR (a lone CR was refused with the control characters).
      const end = text.charCodeAt(next - 1) === 13 && next > start ? next - 1 : next;
      // Directives and document markers belong to the yaml path.
      const c = text.charCodeAt(start);
      if (c === 37 || ((c === 45 || c === 46) && (text.startsWith('---', start) || text.startsWith('...', start)))) decline();
      let at = start;
      while (text.charCodeAt(at) === 32) at += 1;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(at === end || text.charCodeAt(at) === 35 ? -1 : at - start);
      start = next + 1;
    }
  }

  document(): FastYaml {
    const first = this.nextContent(0);
    if (first >= this.starts.length || this.indentOf(first) !== 0 || this.isSeqItem(first)) decline();
    this.line = first;
    const data = this.mapping(0, this.starts[first] ?? 0);
    if (this.nextContent(this.line) < this.starts.length) decline();
    return { data, spans: this.spans };
  }

  count(): void {
    if (++this.nodes > MAX_NODES) decline();
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) decline();
  }

  leave(): void {
    this.depth -= 1;
  }

  /** The indentation of a content line. */
  private indentOf(line: number): number {
    return this.indents[line] ?? 0;
  }

  /** The first line at or after `line` that is neither blank nor only a comment. */
  private nextContent(line: number): number {
    let i = line;
    while (i < this.indents.length && this.indents[i] === -1) i += 1;
    return i;
  }

  private isSeqItem(line: number): boolean {
    const at = (this.starts[line] ?? 0) + this.indentOf(line);
    return this.text[at] === '-' && (at + 1 === this.ends[line] || this.text[at + 1] === ' ');
  }

  /** The block node starting on content line `line`, at its indentation. */
  private block(line: number): unknown {
    this.line = line;
    const indent = this.indentOf(line);
    return this.isSeqItem(line) ? this.sequence(indent) : this.mapping(indent, (this.starts[line] ?? 0) + indent);
  }

  /** A block mapping whose keys stand at column `indent`; the first key starts at offset `from` on this.line. */
  private mapping(indent: number, from: number): Record<string, unknown> {
    this.enter();
    this.count();
    const result: Record<string, unknown> = {};
    const spans: number[] = [];
    this.spans.set(result, spans);
    for (let at = from; ;) {
      const line = this.line;
      const end = this.ends[line] ?? 0;
      const colon = keyEnd(this.text, at);
      if (colon >= end || (colon + 1 < end && this.text.charCodeAt(colon + 1) !== 32)) decline();
      // YAML 1.2 (7.4.2) puts an implicit key's `:` at most 1024 characters after its start; yaml errs beyond.
      if (colon - at > MAX_IMPLICIT_KEY) decline();
      const key = this.text.slice(at, colon);
      if (RESERVED_KEYS.has(key) || Object.hasOwn(result, key)) decline();
      this.count();
      let value = colon + 1;
      while (this.text.charCodeAt(value) === 32) value += 1;
      spans.push(at, colon);
      if (value >= end || this.text[value] === '#') {
        const next = this.nextContent(line + 1);
        if (next < this.starts.length && this.indentOf(next) > indent) {
          result[key] = this.block(next);
          spans.push(-1, -1);
        } else if (next < this.starts.length && this.indentOf(next) === indent && this.isSeqItem(next)) {
          this.line = next;
          result[key] = this.sequence(indent);
          spans.push(-1, -1);
        } else {
          this.count();
          result[key] = null;
          spans.push(value, value);
          this.line = line + 1;
        }
      } else {
        let valueEnd: number;
        [result[key], valueEnd] = this.inlineValue(value, end);
        spans.push(value, valueEnd);
        this.line = line + 1;
        this.scalarEnds(indent);
      }
      const nextIndent = this.advance();
      if (nextIndent === undefined || nextIndent < indent) break;
      if (nextIndent > indent || this.isSeqItem(this.line)) decline();
      at = (this.starts[this.line] ?? 0) + indent;
    }
    this.leave();
    return result;
  }

  /** A block sequence whose dashes stand at column `indent`, from this.line. */
  private sequence(indent: number): unknown[] {
    this.enter();
    this.count();
    const result: unknown[] = [];
    const spans: number[] = [];
    this.spans.set(result, spans);
    for (;;) {
      const line = this.line;
      const start = this.starts[line] ?? 0;
      const end = this.ends[line] ?? 0;
      let at = start + indent + 1;
      if (this.text[at] !== ' ') decline();
      while (this.text.charCodeAt(at) === 32) at += 1;
      if (at >= end || this.text[at] === '#' || (this.text[at] === '-' && (at + 1 === end || this.text[at + 1] === ' '))) decline();
      KEY_LIKE.lastIndex = at;
      if (KEY_LIKE.test(this.text)) {
        result.push(this.mapping(at - start, at));
        spans.push(-1, -1);
      } else {
        const [item, itemEnd] = this.inlineValue(at, end);
        result.push(item);
        spans.push(at, itemEnd);
        this.line = line + 1;
        this.scalarEnds(indent);
      }
      const nextIndent = this.advance();
      if (nextIndent === undefined || nextIndent < indent || (nextIndent === indent && !this.isSeqItem(this.line))) break;
      if (nextIndent > indent) decline();
    }
    this.leave();
    return result;
  }

  /** Moves to the next content line and gives its indentation; undefined at the end of the text. */
  private advance(): number | undefined {
    this.line = this.nextContent(this.line);
    return this.line < this.starts.length ? this.indentOf(this.line) : undefined;
  }

  /** A one-line value ends its entry: a more indented line next would continue it (a multi-line scalar). */
  private scalarEnds(indent: number): void {
    const next = this.nextContent(this.line);
    if (next < this.starts.length && this.indentOf(next) > indent) decline();
  }

  /** A scalar or flow collection from `at` to the end of the line (or a comment): its value and where it ends. */
  private inlineValue(at: number, end: number): [unknown, number] {
    const first = this.text[at];
    if (first !== '"' && first !== "'" && first !== '[' && first !== '{') {
      const valueEnd = trimmedEnd(this.text, this.commentStart(at, end));
      this.count();
      return [plainScalar(this.text.slice(at, valueEnd), false), valueEnd];
    }
    const [value, valueEnd] = first === '"' || first === "'" ? quoted(this, at, end) : flowCollection(this, at, end);
    this.rest(valueEnd, end);
    return [value, valueEnd];
  }

  /**
   * Where ` #` starts a comment on this line, or `end`. Values are read in the order of the text,
   * so the next `#` found by indexOf serves every value up to it: the text is searched once in all.
   */
  private commentStart(at: number, end: number): number {
    if (this.nextHash <= at) this.nextHash = this.hashFrom(at + 1);
    while (this.nextHash < end) {
      if (this.text.charCodeAt(this.nextHash - 1) === 32) return this.nextHash - 1;
      this.nextHash = this.hashFrom(this.nextHash + 1);
    }
    return end;
  }

  private hashFrom(from: number): number {
    const hash = this.text.indexOf('#', from);
    return hash === -1 ? this.text.length : hash;
  }

  /** After a quoted scalar or a flow sequence: only spaces and a comment. */
  private rest(at: number, end: number): void {
    let i = at;
    while (this.text.charCodeAt(i) === 32) i += 1;
    if (i < end && (this.text[i] !== '#' || i === at)) decline();
  }
}
