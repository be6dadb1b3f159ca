import type { DialectFunction } from '../jsonata-runtime';
import { runtimeOf } from '../jsonata-runtime';
import { jsonataDateTimeBuiltins } from './jsonata-builtins';

/*
 * jsonata reads the machine clock for `$now()`, `$millis()` and the parts a `$toMillis` picture
 * leaves out. These read the evaluation time the caller injects instead.
 */

/** `$now(picture?, timezone?)`: the evaluation time, formatted as jsonata's `$now` does. */
export const nowFunction: DialectFunction = {
  name: 'now',
  signature: '<s?s?:s>',
  async implementation(picture, timezone) {
    const { fromMillis } = await jsonataDateTimeBuiltins();
    return fromMillis.implementation.call(this, runtimeOf(this.environment).now, picture, timezone);
  },
};

/** `$millis()`: the evaluation time in epoch milliseconds. */
export const millisFunction: DialectFunction = {
  name: 'millis',
  signature: '<:n>',
  implementation() {
    return runtimeOf(this.environment).now;
  },
};

/** `$toMillis(timestamp, picture?)`: jsonata's, with missing date parts taken from the evaluation time. */
export const toMillisFunction: DialectFunction = {
  name: 'toMillis',
  signature: '<s-s?:n>',
  async implementation(timestamp, picture) {
    const { toMillis } = await jsonataDateTimeBuiltins();
    const timestampNow = new Date(runtimeOf(this.environment).now);
    const environment = { ...this.environment, timestamp: timestampNow };
    return toMillis.implementation.call({ ...this, environment }, timestamp, picture);
  },
};
