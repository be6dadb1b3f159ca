import type { DialectFunction } from '../jsonata-runtime';
import { millisFunction, nowFunction, toMillisFunction } from './clock.function';
import { hashFunction } from './hash.function';
import { parseFunction } from './parse.function';
import { partitionFunction } from './partition.function';
import { randomFunction } from './random.function';
import { rangeFunction } from './range.function';
import { shuffleFunction } from './shuffle.function';
import { uuidFunction } from './uuid.function';

/**
 * What Step Functions' JSONata adds to or changes in JSONata 2.0.6: its six functions ($random
 * replaces jsonata's), and the built-ins that would read the machine's clock or randomness.
 */
export const STEP_FUNCTIONS_DIALECT: readonly DialectFunction[] = [
  partitionFunction,
  rangeFunction,
  hashFunction,
  randomFunction,
  uuidFunction,
  parseFunction,
  nowFunction,
  millisFunction,
  toMillisFunction,
  shuffleFunction,
];

/** Built-ins AWS removes. Calling one is jsonata's T1006 "Attempted to invoke a non-function". */
export const DISABLED_BUILTINS: readonly string[] = ['eval'];
