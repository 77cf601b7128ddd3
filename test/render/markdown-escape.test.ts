import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdownInline, escapeMarkdownTableCell, markdownLink, safeLinkTarget } from '../../src/render/markdown-escape.js';
import { sanitizeForTerminal } from '../../src/render/sanitize.js';

// No Markdown parser is installed, so these tests read the output with a strict model of the
// CommonMark inline rules our output relies on: backslash escapes of ASCII punctuation, code
// spans (matching backtick runs, one space of padding stripped from each side) and the four
// entity references we emit. Anything else that has Markdown meaning, an unmatched backtick run,
// a bare `&` or a line break makes it throw, so "it decodes" means "it is inert text".
interface Segment {
  readonly code: boolean;
  readonly text: string;
}
const PUNCT = /[!-/:-@[-`{-~]/;
const INERT_ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const MEANINGFUL = new Set([...'\\`*_[]()!#~$|<>&\n\r']);

function readInline(md: string): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  let i = 0;
  while (i < md.length) {
    const c = md[i]!;
    if (c === '\\' && PUNCT.test(md[i + 1] ?? '')) {
      text += md.charAt(i + 1);
      i += 2;
    } else if (c === '`') {
      const fence = /^`+/.exec(md.slice(i))![0];
      const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
      close.lastIndex = i + fence.length;
      const found = close.exec(md);
      if (found === null) throw new Error(`unmatched backtick run at ${i} in ${md}`);
      let code = md.slice(i + fence.length, found.index);
      if (/^ .* $/.test(code) && code.trim() !== '') code = code.slice(1, -1);
      segments.push({ code: false, text }, { code: true, text: code });
      text = '';
      i = found.index + fence.length;
    } else if (c === '&') {
      const entity = /^&(?:amp|lt|gt|#\d{1,7});/.exec(md.slice(i, i + 10))?.[0];
      if (entity === undefined) throw new Error(`bare & at ${i} in ${md}`);
      text += INERT_ENTITIES[entity] ?? String.fromCodePoint(Number(entity.slice(2, -1)));
      i += entity.length;
    } else if (MEANINGFUL.has(c)) {
      throw new Error(`unescaped ${JSON.stringify(c)} at ${i} in ${md}`);
    } else {
      text += c;
      i += 1;
    }
  }
  segments.push({ code: false, text });
  return segments.filter((s) => s.text !== '' || s.code);
}

const plainText = (md: string) =>
  readInline(md)
    .map((s) => s.text)
    .join('');
const outsideCode = (md: string) =>
  readInline(md)
    .filter((s) => !s.code)
    .map((s) => s.text)
    .join('\u0000');

// Splits a table row the way GFM does: on `|` not preceded by a backslash.
const splitRow = (row: string) =>
  row
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

// exact outputs.
const INLINE: readonly (readonly [input: string, expected: string])[] = [
  ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
  ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
  ['<!-- hide the rest', '&lt;\\!-- hide the rest'],
  ['<details open>', '&lt;details open&gt;'],
  ['[click](javascript:alert(1))', '`[click](javascript:alert(1))`'],
  ['[x](JaVaScRiPt:alert(1))', '`[x](JaVaScRiPt:alert(1))`'],
  ['[x](data:text/html;base64,PHNjcmlwdD4=)', '`[x](data:text/html;base64,PHNjcmlwdD4=)`'],
  ['![](https://tracker/p.gif?case=42)', '`![](https://tracker/p.gif?case=42)`'],
  ['![beacon] (x)', '\\!\\[beacon\\] \\(x\\)'],
  ['[Pay here](https://evil)', '\\[Pay `here](https://evil)`'],
  ['<https://evil.example>', '`<https://evil.example>`'],
  ['see www.evil.example now', 'see `www.evil.example` now'],
  // Sentence punctuation after a link-shaped word stays outside the code span.
  ['Amazon.com, Inc.', '`Amazon.com`, Inc.'],
  ['write to boss@evil.example; or', 'write to `boss@evil.example`; or'],
  ['D.lgs. 150/2011', '`D.lgs.` 150/2011'],
  ['fixes #12!', 'fixes `#12`\\!'],
  ['x:, y', '`x:,` y'],
  ['mail boss@evil.example', 'mail `boss@evil.example`'],
  ['# Overdue', '\\# Overdue'],
  ['---', '\\---'],
  ['***', '\\*\\*\\*'],
  ['===', '\\==='],
  ['> quoted', '&gt; quoted'],
  ['- [x] paid', '\\- \\[x\\] paid'],
  ['+ item', '\\+ item'],
  ['1. first', '1\\. first'],
  ['2) second', '2\\) second'],
  ['```js', '\\`\\`\\`js'],
  ['~~~', '\\~\\~\\~'],
  ['    indented code', '&#32;&#32;&#32;&#32;indented code'],
  ['hard break  ', 'hard break&#32;&#32;'],
  ['\u3000\u00a0wide\u3000', '&#12288;&#160;wide&#12288;'],
  ['   ', '&#32;&#32;&#32;'],
  ['*bold* _em_ ~~del~~ $x$', '\\*bold\\* \\_em\\_ \\~\\~del\\~\\~ \\$x\\$'],
  ['ping @alice', 'ping `@alice`'],
  ['@org/team', '`@org/team`'],
  ['fixes #123', 'fixes `#123`'],
  ['acme/site#7 and GH-8 and !9', '`acme/site#7` and `GH-8` and `!9`'],
  ['C# is fine', 'C\\# is fine'],
  ['a|b', 'a\\|b'],
  ['a\\|b', 'a\\\\\\|b'],
  ['trailing\\', 'trailing&#92;'],
  ['two\\\\', 'two\\\\&#92;'],
  ['AT&T &amp; &#60;', 'AT&amp;T &amp;amp; `&#60`;'], // `#6` looks like an issue reference
  ['&lt;b&gt; #x', '&amp;lt;b&amp;gt; \\#x'],
  ['line1\nline2\r\n', 'line1↵line2\\\\x0D↵'],
  ['\x1b[31mred', '\\\\x1B\\[31mred'],
  ['tab\there', 'tab here'],
  ['e.g. 1.000,00 EUR, i.e. paid', 'e.g. 1.000,00 EUR, i.e. paid'],
  ['`@x`', '`` `@x` ``'],
  ['@``x', '```@``x```'],
  ['', ''],
];

describe('escapeMarkdownInline: hostile payloads', () => {
  it.each(INLINE)('%j', (input, expected) => {
    const out = escapeMarkdownInline(input);
    expect(out).toBe(expected);
    expect(plainText(out)).toBe(sanitizeForTerminal(input, { singleLine: true }));
  });

  it('puts every mention, reference and URL in a code span', () => {
    const out = escapeMarkdownInline('@a #1 GH-2 https://x.example www.y.example z.example a@b.example //c');
    expect(outsideCode(out)).not.toMatch(/[@#]|GH-|:|www|\.example|\/\//);
  });
});

describe('codeSpan', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['a``b`', '``` a``b` ```'],
    ['`', '`` ` ``'],
  ])('%j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected);
    expect(readInline(expected)).toEqual([{ code: true, text: input }]);
  });
});

describe('escapeMarkdownTableCell', () => {
  it('keeps a row of hostile cells at the right number of columns', () => {
    const cells = ['a|b', 'a\\|b', 'trailing\\', '|', '\\', 'x\ny', '@me|#1'];
    const row = `| ${cells.map(escapeMarkdownTableCell).join(' | ')} |`;
    expect(row).toBe('| a\\|b | a\\\\\\|b | trailing&#92; | \\| | &#92; | x↵y | `@me`\\|`#1` |');
    expect(splitRow(row).map(plainText)).toEqual(cells.map((c) => sanitizeForTerminal(c, { singleLine: true })));
    // Callers that join cells without padding still get the same columns.
    expect(splitRow(`|${cells.map(escapeMarkdownTableCell).join('|')}|`).map(plainText)).toEqual(
      cells.map((c) => sanitizeForTerminal(c, { singleLine: true })),
    );
  });
});

describe('markdownLink', () => {
  it.each([
    ['Case file', 'https://example.org/cases/42', '[Case file](https://example.org/cases/42)'],
    ['upper-case scheme', 'HTTPS://EXAMPLE.ORG/a', '[upper-case scheme](https://example.org/a)'],
    [
      'breaking characters',
      'http://example.org/a b(c)<d>|e`f\\g?q="x"&y=1',
      '[breaking characters](http://example.org/a%20b%28c%29%3Cd%3E%7Ce%60f/g?q=%22x%22&amp;y=1)',
    ],
    ['[nested](link)', 'https://example.org', '[\\[nested\\]\\(link\\)](https://example.org/)'],
    ['', 'https://example.org', '[`https://example.org`](https://example.org/)'],
    ['x', 'javascript:alert(1)', 'x \\(`javascript:alert(1)`\\)'],
    ['x', 'JaVaScRiPt:alert(1)', 'x \\(`JaVaScRiPt:alert(1)`\\)'],
    ['x', 'data:text/html,<script>', 'x \\(`data:text/html,<script>`\\)'],
    ['x', 'vbscript:msgbox', 'x \\(`vbscript:msgbox`\\)'],
    ['x', 'file:///etc/passwd', 'x \\(`file:///etc/passwd`\\)'],
    ['x', '/relative/path', 'x \\(/relative/path\\)'],
    ['x', 'https://bank.example@evil.example', 'x \\(`https://bank.example@evil.example`\\)'],
    ['x', 'https://ev\nil.example', 'x \\(`https://ev↵il.example`\\)'],
    ['x', 'https://example.org/a\u3000b', 'x \\(`https://example.org/a`\u3000b\\)'],
    ['x', 'https://evil.example/\u202Efdp.exe', 'x \\(`https://evil.example/\\u202Efdp.exe`\\)'],
    ['', 'javascript:alert(1)', '`javascript:alert(1)`'],
  ])('%j -> %j', (text, url, expected) => {
    expect(markdownLink(text, url)).toBe(expected);
  });

  it('never lets a destination contain what would end or split it', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), (url, junk) => {
        const target = safeLinkTarget(url + junk);
        if (target !== undefined) expect(target).toMatch(/^https?:\/\/[^\s()<>|`\\"']*$/);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

const hostileUnit = fc.oneof(
  fc.constantFrom(
    ...'\\|`*_[]()!#~$<>&@:/.-+= \n\r\t',
    'https://',
    'www.',
    '.com',
    '#1',
    '@a',
    '&amp;',
    '\x1b',
    '\u202e',
    '\ud800',
    '↵',
    '😀',
  ),
  fc.string({ unit: 'binary-ascii', maxLength: 2 }),
  fc.string({ unit: 'grapheme', maxLength: 2 }),
);
const hostile = fc.string({ unit: hostileUnit, maxLength: 40 });
const SEED = { seed: 20240527, numRuns: 2000 };

describe('properties (P2 via sanitize, P5 without a parser)', () => {
  it('inline output is inert text that reads back exactly as the sanitised input', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = escapeMarkdownInline(s);
        expect(plainText(out)).toBe(sanitizeForTerminal(s, { singleLine: true }));
        expect(out).not.toMatch(/^(?:[-+=: \t]|\d+[.)])/); // no block marker or indentation at the start
        expect(outsideCode(out)).not.toMatch(/@|[#!]\d|:\/\/|www\./i);
      }),
      SEED,
    );
  });

  it('a table cell has no line break and no unescaped |, and the row keeps its columns', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (cells) => {
        const escaped = cells.map(escapeMarkdownTableCell);
        for (const cell of escaped) {
          expect(cell).not.toMatch(/[\n\r\u2028\u2029]/);
          // Every | is preceded by an odd number of backslashes, which is "escaped" both for
          // cmark-gfm (parity) and markdown-it (previous character only).
          expect(cell).not.toMatch(/(?<!\\)(?:\\\\)*\|/);
          expect(cell).not.toMatch(/\\$/); // would escape a pipe written right after the cell
        }
        const row = `|${escaped.join('|')}|`;
        expect(splitRow(row).map(plainText)).toEqual(cells.map((c) => sanitizeForTerminal(c, { singleLine: true })));
      }),
      SEED,
    );
  });

  // A quadratic escaper would hit the suite's timeout on these; the benchmark script measures speed.
  it('escapes 1 MB inputs without blowing up', () => {
    const MB = 1 << 20;
    for (const input of ['a'.repeat(MB), `x${' '.repeat(MB)}y`, '|'.repeat(MB), '`'.repeat(MB), '@a #1 [x](y) '.repeat(MB / 13)]) {
      expect(escapeMarkdownInline(input).length).toBeGreaterThanOrEqual(input.length);
    }
  });
});
