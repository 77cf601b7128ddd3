// Strict UTF-8 decoding, with the one decoder every file goes through: a failure, or a file that
// ends inside a character, must leave nothing behind for the next file.
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/load/yaml-guards.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  it.each([
    ['ASCII', utf8('id: x\n'), { text: 'id: x\n' }],
    ['accented text', utf8('title: Délibération\n'), { text: 'title: Délibération\n' }],
    ['a byte-order mark, dropped', bytes(0xef, 0xbb, 0xbf, 0x61), { text: 'a' }],
    ['a Latin-1 byte', bytes(0x61, 0xe9), { badByte: 1 }],
    ['a character cut at the end', bytes(0x61, 0x62, 0xc3), { badByte: 2 }],
    ['an overlong encoding', bytes(0x61, 0xc0, 0xaf), { badByte: 1 }],
  ])('reads %s', (_name, input, expected) => {
    expect(decodeUtf8(input)).toEqual(expected);
  });

  it('reads a good file the same after a bad one', () => {
    expect(decodeUtf8(bytes(0x61, 0xc3))).toEqual({ badByte: 1 });
    expect(decodeUtf8(utf8('é'))).toEqual({ text: 'é' });
    expect(decodeUtf8(bytes(0xe2, 0x82))).toEqual({ badByte: 1 });
    expect(decodeUtf8(utf8('€ and é'))).toEqual({ text: '€ and é' });
  });
});
