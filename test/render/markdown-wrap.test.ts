import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { LINE_LENGTH, wrapProse } from '../../src/render/export/markdown-wrap.js';
import { escapeMarkdownInline } from '../../src/render/markdown-escape.js';

const md = new MarkdownIt();
/** The rendered HTML with every run of whitespace as one space: what wrapping must not change. */
const rendered = (markdown: string) => md.render(markdown).replace(/\s+/g, ' ');

/** MD013 (not strict): a line longer than the limit may not have whitespace past it. */
const tooLong = (line: string) => line.length > LINE_LENGTH && /\s/.test(line.slice(LINE_LENGTH));

describe('wrapProse', () => {
  const long = 'word '.repeat(30).trim();

  it.each([
    ['a short line stays', 'a short line', ['a short line']],
    ['a list item continues under its text', `- ${long}`, [`- ${'word '.repeat(15).trim()}`, `  ${'word '.repeat(15).trim()}`]],
    ['a nested item keeps its depth', `  - ${long}`, [`  - ${'word '.repeat(15).trim()}`, `    ${'word '.repeat(15).trim()}`]],
  ])('%s', (_what, input, lines) => {
    expect(wrapProse(input).split('\n')).toEqual(lines);
  });

  it.each([
    ['a heading', `## ${long}`],
    ['a table row', `| ${long} |`],
    ['a comment', `<!-- ${long} -->`],
  ])('leaves %s alone', (_what, input) => {
    expect(wrapProse(input)).toBe(input);
  });

  it('never breaks inside a code span', () => {
    const out = wrapProse(`${'x '.repeat(35)}\`dossier export --format md --output FILE.md\` after`);
    expect(out).toContain('`dossier export --format md --output FILE.md`');
    for (const line of out.split('\n')) expect(tooLong(line)).toBe(false);
  });

  it.each([
    ['-', '\\-'],
    ['+', '\\+'],
    ['*', '\\*'],
    ['#', '\\#'],
    ['>', '\\>'],
    ['=', '\\='],
    ['1.', '1\\.'],
    ['12)', '12\\)'],
  ])('escapes %j at the start of a continuation line, where it would start a block', (word, escaped) => {
    const input = `- ${'y'.repeat(77)} ${word} z`;
    const out = wrapProse(input);
    expect(out.split('\n')[1]).toBe(`  ${escaped} z`);
    expect(rendered(out)).toBe(rendered(input));
  });

  it('does not end a line in a backslash (a hard break)', () => {
    const out = wrapProse(`${'y'.repeat(78)}\\ z more`);
    expect(out.split('\n')[0]!.endsWith('\\')).toBe(false);
  });

  it('keeps a word longer than the line whole, on a line of its own', () => {
    const url = `https://example.org/${'p'.repeat(100)}`;
    const out = wrapProse(`- see [the source](${url}) (2022)`);
    // A break inside the link's text is a soft line break; the destination stays whole.
    expect(out.split('\n')).toEqual(['- see [the', `  source](${url})`, '  (2022)']);
  });

  it('breaks at plain spaces only: the no-break spaces of French stay', () => {
    const out = wrapProse(`${'mot '.repeat(18)}100\u202f000,00\u00a0€ et plus`);
    expect(out).toContain('100\u202f000,00\u00a0€');
  });

  it('moves a word that cannot start a line to the next line with the word before it', () => {
    // Found by the property below: the code span cannot start a line, and "\\(a\\]aa\\`\\!" had taken
    // the last break before it, so the line ran past the limit.
    const words = ['(aa)(>`~', '<]', ']`a>aa\\a~', ']#``', '(a]aa`!', 'aaaaa#1a``', ''];
    const input = `  - ${escapeMarkdownInline(words.join(' '))}`;
    const out = wrapProse(input);
    expect(rendered(out)).toBe(rendered(input));
    expect(out.split('\n').filter(tooLong)).toEqual([]);
  });

  it('renders the same and fits the line, whatever escaped text a list item holds (property)', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', '-', '#', '1', '.', ')', '\\', '`', '*', '_', '[', ']', '(', '|', '<', '=', '>', '!', '~'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.constantFrom('', '- ', '  - '), (words, marker) => {
        const input = `${marker}${escapeMarkdownInline(words.join(' '))}`;
        const out = wrapProse(input);
        expect(rendered(out)).toBe(rendered(input));
        for (const line of out.split('\n')) expect(tooLong(line)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
