import { forEachBounded } from './fuzz-sender';
import { FuzzTally } from './fuzz-tally';

/** What every fuzzed request carries, whatever its door. */
interface Fuzzed {
  readonly kind: string;
  readonly label: string;
}

/** How one door is fuzzed: send a request, judge the answer, show it in a failure. */
export interface DoorFuzz<R extends Fuzzed, A> {
  send(request: R): Promise<A>;
  check(answer: A, request: R): { type: string; problems: string[] };
  show(answer: A): string;
}

/** Sends every request with at most `inFlight` at once and tallies the answers by kind and type. */
export async function fuzzDoor<R extends Fuzzed, A>(requests: Iterable<R>, inFlight: number, door: DoorFuzz<R, A>): Promise<FuzzTally> {
  const tally = new FuzzTally();
  await forEachBounded(requests, inFlight, async (request) => {
    let problems: string[];
    let type: string;
    let shown = '';
    try {
      const answer = await door.send(request);
      ({ type, problems } = door.check(answer, request));
      shown = door.show(answer);
    } catch (error) {
      type = '(no answer)';
      problems = [`no answer: ${(error as Error).message}`];
    }
    tally.record(request.kind, type);
    if (problems.length === 0) return;
    const signature = `${request.kind} ${shown.split(' ', 1)[0]} ${problems.map((p) => p.replace(/within \d+ ms|: .*/, '')).join(', ')}`;
    tally.fail(signature, `[${request.kind}] ${request.label} → ${problems.join(', ')} :: ${shown}`);
  });
  return tally;
}
