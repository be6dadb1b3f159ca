import { randomBytes } from 'node:crypto';

/** The one state machine name every distributed case runs under (names are free: see the corpus README). */
export const CONFORMANCE_STATE_MACHINE_NAME = 'conformance-state-machine';

/** A tag unique to one run, so runs sharing a Redis (REDIS_URL) never collide on execution names. */
export function newRunTag(): string {
  return randomBytes(4).toString('hex');
}

/** The execution name of the case at `index` in the corpus: unique per run, well under AWS's 80 characters. */
export function executionName(runTag: string, index: number): string {
  return `conformance-${runTag}-${index}`;
}

/** The corpus index an execution name stands for, or undefined when the name is not of this run. */
export function caseIndexOf(name: string, runTag: string): number | undefined {
  const match = new RegExp(`^conformance-${runTag}-(\\d+)$`).exec(name);
  return match ? Number(match[1]) : undefined;
}

/** The execution id in an idempotency key `<executionId>.<runId>.<state>.<attempt>` (ids never contain `.`). */
export function executionIdOfKey(idempotencyKey: string): string {
  return idempotencyKey.slice(0, idempotencyKey.indexOf('.'));
}
