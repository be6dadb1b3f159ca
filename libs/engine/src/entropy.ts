import { randomUUID } from 'node:crypto';
import type { Entropy } from '@lib/asl';

/** The runtime's randomness for the interpreter: the machine's, as AWS's is. */
export const systemEntropy: Entropy = {
  random: Math.random,
  uuid: randomUUID,
};
