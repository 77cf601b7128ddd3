// Text that leaves dossier cannot act: usage errors do not replay escape sequences from the
// arguments, CSV cells do not become formulas, calendar UIDs do not collide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { guardFormula } from '../../src/render/export/csv.js';
import { uidOf } from '../../src/render/export/ics.js';
import { fakeIo } from '../helpers/fake-io.js';

const OSC52 = '\u001b]52;c;aGVsbG8=\u0007';
const CLEAR = '\u001b[2J';

describe('usage errors', () => {
  it.each([
    [[OSC52]],
    [['report', '--as-of', OSC52]],
    [['validate', '--format', CLEAR]],
    [['deadlines', '--within', CLEAR]],
    [['export', '--format', 'md', `--${CLEAR}`]],
    [['due', CLEAR, '2 months', '-j', 'FR']],
  ])('%j: exit 2, the argument shown escaped', async (argv) => {
    const fake = fakeIo();
    expect(await run(argv, fake.io)).toBe(2);
    const err = fake.err();
    expect(err).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(err).toContain('\\x1B');
  });
});

describe('the CSV formula guard', () => {
  it.each([
    ' =1+1',
    '  @SUM(A1)',
    '\u00a0=1',
    '\u3000=1',
    '\ufeff=1',
    '\u200b=1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
    '\t=1',
    '\r=1',
    '-1',
    '=1',
  ])('guards %j', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  it.each(['a=1', 'CNIL', ' hello', '1 000', '€20,000,000', ''])('leaves %j alone', (text) => {
    expect(guardFormula(text)).toBe(text);
  });
});

describe('calendar UIDs', () => {
  it('differ for acme-fr + fine and acme + fr-fine', () => {
    expect(uidOf('acme-fr', 'fine')).not.toBe(uidOf('acme', 'fr-fine'));
  });

  it('never collide for different (case id, deadline id) pairs of slugs', () => {
    const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/);
    fc.assert(
      fc.property(slug, slug, slug, slug, (a, b, c, d) => {
        fc.pre(a !== c || b !== d);
        expect(uidOf(a, b)).not.toBe(uidOf(c, d));
      }),
    );
  });
});
