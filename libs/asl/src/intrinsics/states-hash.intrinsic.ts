import { createHash } from 'node:crypto';
import { expectArgumentCount } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';
import { javaToString, javaUtf8Bytes } from './java-text';

/** "The input string can contain up to 10,000 characters" (AWS developer guide, States.Hash). */
export const MAX_HASH_INPUT_LENGTH = 10_000;

/** AWS's algorithm names, spelled exactly (`sha-256` and `SHA256` are rejected), to Node's. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/**
 * `States.Hash(data, algorithm)`: the lowercase hex digest of the data's UTF-8 bytes. AWS hashes a
 * non-string value through its Java string rendering rather than rejecting it.
 */
export const statesHash: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 2);
  const [data, algorithm] = call.args;
  const text = typeof data === 'string' ? data : javaToString(data);
  if (text.length > MAX_HASH_INPUT_LENGTH) call.invalidArguments();
  const nodeAlgorithm =
    typeof algorithm === 'string' && Object.hasOwn(ALGORITHMS, algorithm) ? ALGORITHMS[algorithm] : call.invalidArguments();
  return createHash(nodeAlgorithm).update(javaUtf8Bytes(text)).digest('hex');
};
