import type { DialectFunction } from '../jsonata-runtime';
import { runtimeOf } from '../jsonata-runtime';

/**
 * `$shuffle(array)`: jsonata's own algorithm (inside-out Fisher-Yates) drawing from the injected
 * Entropy instead of Math.random, so that a run replays identically.
 */
export const shuffleFunction: DialectFunction = {
  name: 'shuffle',
  signature: '<a:a>',
  implementation(array) {
    if (!Array.isArray(array)) return undefined;
    if (array.length <= 1) return array;
    const { entropy } = runtimeOf(this.environment);
    const result: unknown[] = new Array(array.length);
    for (let i = 0; i < array.length; i++) {
      const j = Math.floor(entropy.random() * (i + 1));
      if (i !== j) result[i] = result[j];
      result[j] = array[i];
    }
    return result;
  },
};
