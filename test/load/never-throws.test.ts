// P1: whatever the bytes, loading returns diagnostics (never throws), each inside the file.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/load/load-case.js';

const seed = readFileSync(new URL('../../cases/cnil-clearview-ai.yaml', import.meta.url), 'utf8');
const YAML_ALPHABET = [...'abc:-[]{}&*!|>#%@`"\'\n \t,?0123456789.'];

function assertWellFormed(text: string, bytes: Uint8Array) {
  const { diagnostics } = loadCase('cnil-clearview-ai.yaml', bytes);
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.start.line).toBeGreaterThanOrEqual(1);
    expect(d.start.line).toBeLessThanOrEqual(lines + 1);
    expect(d.start.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

describe('loading never throws', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        assertWellFormed(new TextDecoder().decode(bytes), bytes);
      }),
      { numRuns: 400, seed: 20221017 },
    );
  });

  it('on strings over the YAML alphabet', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...YAML_ALPHABET), { maxLength: 300 }).map((chars) => chars.join('')),
        (text) => {
          assertWellFormed(text, new TextEncoder().encode(text));
        },
      ),
      { numRuns: 600, seed: 20230413 },
    );
  });

  it('on the CNIL case with one line deleted, duplicated or cut', () => {
    const lines = seed.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.constantFrom('delete', 'duplicate', 'cut'), fc.nat(40), (index, mutation, at) => {
        const copy = [...lines];
        if (mutation === 'delete') copy.splice(index, 1);
        else if (mutation === 'duplicate') copy.splice(index, 0, copy[index]!);
        else copy[index] = copy[index]!.slice(0, at);
        const text = copy.join('\n');
        assertWellFormed(text, new TextEncoder().encode(text));
      }),
      { numRuns: 300, seed: 52 },
    );
  });
});
