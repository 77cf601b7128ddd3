// The program bundle made ASCII (scripts/build.mjs), so that the loader can read it as Latin-1.
// esbuild escapes strings, templates and names, and minifying drops the comments, but regular
// expression literals are left as written (date-fns's French month names). In one, a \uXXXX escape
// means the same character, with or without the u flag; an identity escape of the character
// (`\é`, allowed without the u flag) becomes the escape alone. Non-ASCII text anywhere else fails
// the build. acorn tokenises the bundle, as only a JavaScript tokeniser tells a regular expression
// from a division.
import { tokenizer, tokTypes } from 'acorn';

const NON_ASCII = /[\u0080-\uffff]/;

/** @param {string} unit */
const escaped = (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** @param {string} text @returns {string} */
export function asciiOnly(text) {
  const pieces = [];
  let copied = 0;
  /** @param {number} start @param {number} end @param {string} what @returns {never} */
  const refuse = (start, end, what) => {
    throw new Error(`the program bundle has non-ASCII text in ${what}: ${text.slice(start, end).slice(0, 200)}`);
  };
  const tokens = tokenizer(text, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true,
    onComment: (_block, comment, start, end) => {
      if (NON_ASCII.test(comment)) refuse(start, end, 'a comment');
    },
  });
  for (const token of tokens) {
    const source = text.slice(token.start, token.end);
    if (!NON_ASCII.test(source)) continue;
    if (token.type !== tokTypes.regexp) refuse(token.start, token.end, `a ${token.type.label} token`);
    pieces.push(text.slice(copied, token.start), asciiRegExp(source));
    copied = token.end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/**
 * A regular expression literal with each non-ASCII code unit escaped, identity escapes included.
 * @param {string} source
 */
function asciiRegExp(source) {
  let out = '';
  for (let i = 0; i < source.length; i += 1) {
    const unit = source.charAt(i);
    if (unit === '\\') {
      const next = source.charAt(i + 1);
      out += NON_ASCII.test(next) ? escaped(next) : unit + next;
      i += 1;
    } else out += NON_ASCII.test(unit) ? escaped(unit) : unit;
  }
  return out;
}
