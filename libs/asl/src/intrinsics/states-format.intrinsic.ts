import { expectArgumentCount } from './intrinsic-arguments';
import type { IntrinsicCall, IntrinsicFunction } from './intrinsic-call';
import { javaToString } from './java-text';

/** Escapes the template understands; any other backslash (as in `C:\path` from the input) is kept. */
const ESCAPABLE = new Set(["'", '{', '}', '\\']);

/**
 * `States.Format(template, ...values)`: the template with each `{}` replaced by the next value.
 * Values render as AWS's Java runtime prints them: strings bare, `null`, numbers, objects as
 * `{a=1, b=[x, y]}`. In the template `\{` and `\}` are literal braces; any other `{` or `}` that
 * is not part of `{}` fails, and the number of `{}` must equal the number of values. A literal
 * template is read with its escapes as written; a template from a path gets the same escapes.
 */
export const statesFormat: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 1, Infinity);
  const segments = templateSegments(call);
  const values = call.args.slice(1);
  if (segments.length - 1 !== values.length) call.invalidArguments();
  let text = segments[0];
  values.forEach((value, i) => {
    text += javaToString(value) + segments[i + 1];
  });
  return text;
};

/** The template's literal text around its placeholders; `n` placeholders give `n + 1` segments. */
function templateSegments(call: IntrinsicCall): string[] {
  const node = call.nodes[0];
  const template = node.kind === 'string' ? node.raw : call.args[0];
  if (typeof template !== 'string') call.invalidArguments();
  const segments: string[] = [];
  let segment = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '\\' && ESCAPABLE.has(template[i + 1])) {
      segment += template[++i];
    } else if (c === '{') {
      if (template[i + 1] !== '}') call.fail("Invalid template in States.Format: matching '}' not found for '{'.");
      segments.push(segment);
      segment = '';
      i++;
    } else if (c === '}') {
      call.fail("Invalid template in States.Format: matching '{' not found for '}'.");
    } else {
      segment += c;
    }
  }
  segments.push(segment);
  return segments;
}
