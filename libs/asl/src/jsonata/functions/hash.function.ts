import { createHash } from 'node:crypto';
import { jsonataError } from '../jsonata-failure';
import type { DialectFunction } from '../jsonata-runtime';

/** AWS's algorithm names (case-sensitive) and node's digest for each. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  'SHA-1': 'sha1',
  'SHA-384': 'sha384',
  'SHA-256': 'sha256',
  'SHA-512': 'sha512',
  MD5: 'md5',
};

/**
 * `$hash(value, algorithm)`: the hex digest of the value's UTF-8 bytes. As on AWS: a value that
 * is not a string is a signature mismatch, no algorithm gives undefined, an unknown one an error.
 */
export const hashFunction: DialectFunction = {
  name: 'hash',
  signature: '<x?x?:x>',
  implementation(value, algorithm) {
    if (typeof value !== 'string') throw jsonataError.signatureMismatch(1);
    if (algorithm === undefined) return undefined;
    if (typeof algorithm !== 'string') throw jsonataError.signatureMismatch(2);
    const digest = Object.hasOwn(ALGORITHMS, algorithm) ? ALGORITHMS[algorithm] : undefined;
    if (digest === undefined) {
      const names = Object.keys(ALGORITHMS).join(', ');
      throw jsonataError.invalidValue(`Hash algorithm '${algorithm}' must be one of ${names}`);
    }
    return createHash(digest).update(value, 'utf8').digest('hex');
  },
};
