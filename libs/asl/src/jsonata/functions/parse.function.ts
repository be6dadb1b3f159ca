import { jsonataError } from '../jsonata-failure';
import type { DialectFunction } from '../jsonata-runtime';
import { parseStrictJson } from './strict-json';

/**
 * `$parse(text)`: AWS's replacement for the disabled `$eval`, a JSON string to its value. No
 * argument gives undefined, a non-string a T0410, text that is not one JSON document a D3137.
 */
export const parseFunction: DialectFunction = {
  name: 'parse',
  signature: '<x?:x>',
  implementation(text) {
    if (text === undefined) return undefined;
    if (typeof text !== 'string') throw jsonataError.signatureMismatch(1);
    const parsed = parseStrictJson(text);
    if (parsed === undefined) throw jsonataError.invalidValue('Invalid JSON');
    return parsed.value;
  },
};
