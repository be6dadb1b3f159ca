import { expectArgumentCount, stringArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';

/**
 * `States.StringSplit(text, delimiters)`: the text split on every character of `delimiters`
 * (`'.+,'` splits on `.`, `+` and `,`). As on AWS (Java's StringTokenizer), empty pieces are
 * dropped: `',a,,b,'` gives `['a', 'b']` and `''` gives `[]`.
 */
export const statesStringSplit: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 2);
  const text = stringArgument(call, 0);
  const delimiters = new Set(stringArgument(call, 1));
  const tokens: string[] = [];
  let token = '';
  for (const c of text) {
    if (delimiters.has(c)) {
      if (token) tokens.push(token);
      token = '';
    } else {
      token += c;
    }
  }
  if (token) tokens.push(token);
  return tokens;
};
