import type { DialectFunction } from '../jsonata-runtime';
import { runtimeOf } from '../jsonata-runtime';
import { integerArgument, toJavaLong } from './integer-argument';
import { JavaRandom } from '../../java/java-random';

/**
 * `$random()` draws from the injected Entropy; `$random(seed)` is AWS's reproducible form, the
 * first `nextDouble()` of a java.util.Random seeded with the seed rounded towards zero.
 */
export const randomFunction: DialectFunction = {
  name: 'random',
  signature: '<x?:n>',
  implementation(seed) {
    if (seed === undefined) return runtimeOf(this.environment).entropy.random();
    return new JavaRandom(toJavaLong(integerArgument(seed, 1))).nextDouble();
  },
};
