import type { DialectFunction } from '../jsonata-runtime';
import { runtimeOf } from '../jsonata-runtime';

/** `$uuid()`: a version-4 UUID from the injected Entropy. Any argument is a T0410. */
export const uuidFunction: DialectFunction = {
  name: 'uuid',
  signature: '<:s>',
  implementation() {
    return runtimeOf(this.environment).entropy.uuid();
  },
};
