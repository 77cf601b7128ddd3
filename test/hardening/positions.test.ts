// Positions come from one line index per file: right, and cheap however many problems there are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../src/load/line-index.js';
import { loadCase } from '../../src/load/load-case.js';

/** The obvious, slow way: count the line breaks before the offset. */
function scanned(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

describe('the line index', () => {
  it('agrees with a scan of the text, for any text and offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é', '😀', ' ') }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        expect(createLineIndex(text).positionOf(offset)).toEqual(scanned(text, offset));
      }),
    );
  });
});

describe('many problems in one file', () => {
  it('19,000 tags in a 1 MB file are placed in about a second, not a minute', () => {
    const lines = ['items:', ...Array.from({ length: 19_000 }, (_, i) => `  - !foo ${String(i)}${'x'.repeat(40)}`)];
    const text = `${lines.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(900_000);
    const started = performance.now();
    const { diagnostics } = loadCase('tags.yaml', new TextEncoder().encode(text));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diagnostics.filter((d) => d.code === 'yaml/tag')).toHaveLength(19_000);
    expect(diagnostics.at(-1)?.start).toEqual({ line: 19_001, column: 5 });
  });
});
