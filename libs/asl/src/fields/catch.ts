import type { Catcher } from '../definition/state-machine.definition';
import { errorEqualsMatches } from '../errors/match';

/** The first Catcher whose ErrorEquals matches the error. */
export function findCatcher(catchers: readonly Catcher[] | undefined, error: string | null): Catcher | undefined {
  return catchers?.find((c) => errorEqualsMatches(c.ErrorEquals, error));
}
