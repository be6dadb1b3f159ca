import type { FanOut } from '@lib/asl';
import type { Redis } from 'ioredis';
import { ROOT_RUN_ID, type RunRecord } from '../execution-record';
import type { Keys } from '../keys';
import { isPayloadsField } from '../run-record-json';

/** A running Map Run: the run whose Map state waits on it, that wait's id, and its fan-out. */
export interface LiveMapRun {
  readonly runId: string;
  readonly awaitId: number;
  readonly fanOut: FanOut;
}

/** Runs read per HSCAN round trip while looking for a Map Run outside the root run. */
const SCAN_BATCH = 100;

/** Finds running Map Runs in an execution's runs. */
export class MapRunRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /**
   * The run waiting on that Map Run, or undefined once it has ended. The root run is read first,
   * where most distributed Maps are; a Map inside a Parallel branch or an inline Map iteration is
   * found by scanning the execution's runs.
   */
  async live(executionId: string, mapRunArn: string): Promise<LiveMapRun | undefined> {
    const runs = this.keys.runs(executionId);
    const root = await this.redis.hget(runs, ROOT_RUN_ID);
    const inRoot = root === null ? undefined : waitingOn(ROOT_RUN_ID, root, mapRunArn);
    if (inRoot) return inRoot;
    let cursor = '0';
    do {
      const [next, entries] = await this.redis.hscan(runs, cursor, 'COUNT', SCAN_BATCH);
      for (let i = 0; i < entries.length; i += 2) {
        const found = waitingOn(entries[i], entries[i + 1], mapRunArn);
        if (found) return found;
      }
      cursor = next;
    } while (cursor !== '0');
    return undefined;
  }
}

function waitingOn(runId: string, json: string, mapRunArn: string): LiveMapRun | undefined {
  // Most runs never mention the ARN: skip parsing them. A fan-out's counts are in its record, never with its payloads.
  if (isPayloadsField(runId) || !json.includes(mapRunArn)) return undefined;
  const state = (JSON.parse(json) as RunRecord).snapshot.state;
  const fanOut = state?.fanOut;
  const awaitId = state?.awaiting?.id;
  return fanOut?.mapRun?.arn === mapRunArn && awaitId !== undefined ? { runId, awaitId, fanOut } : undefined;
}
