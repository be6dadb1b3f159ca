import { expectArgumentCount, stringArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';
import { MAX_BASE64_INPUT_LENGTH } from './states-base64-encode.intrinsic';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Both alphabets decode: `-` and `_` are the URL-safe spellings of `+` and `/`. */
const SEXTETS = new Map<string, number>([...ALPHABET].map((c, i) => [c, i] as [string, number]).concat([['-', 62], ['_', 63]]));

/**
 * `States.Base64Decode(base64)`: the decoded bytes read as UTF-8. AWS decodes leniently: it skips
 * characters outside the alphabet (spaces, `!`), stops at the first `=`, accepts missing padding
 * and drops a dangling sixth bit group, so `'abc'`, `' YWJjZA== '` and `'ab==cd'` all decode.
 */
export const statesBase64Decode: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 1);
  const text = stringArgument(call, 0);
  if (text.length > MAX_BASE64_INPUT_LENGTH) call.invalidArguments();
  return decodeLeniently(text).toString('utf8');
};

function decodeLeniently(text: string): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let count = 0;
  for (const c of text) {
    if (c === '=') break;
    const sextet = SEXTETS.get(c);
    if (sextet === undefined) continue;
    bits = (bits << 6) | sextet;
    if (++count === 4) {
      bytes.push((bits >> 16) & 0xff, (bits >> 8) & 0xff, bits & 0xff);
      bits = 0;
      count = 0;
    }
  }
  if (count === 2) bytes.push((bits >> 4) & 0xff);
  if (count === 3) bytes.push((bits >> 10) & 0xff, (bits >> 2) & 0xff);
  return Buffer.from(bytes);
}
