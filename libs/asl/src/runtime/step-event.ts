import type { Json } from '../json';

/** What happened to a run, as `step` consumes it. `awaitId` names the wait it answers. */
export type StepEvent =
  | { readonly type: 'Start' }
  /** `workerName`: who took an activity task (GetActivityTask's workerName), for its ActivityStarted event. */
  | { readonly type: 'TaskStarted'; readonly awaitId: number; readonly workerName?: string }
  /** `callback`: sent by SendTaskSuccess; a `.waitForTaskToken` task completes only that way. */
  | { readonly type: 'TaskSucceeded'; readonly awaitId: number; readonly output: Json; readonly callback?: boolean }
  | { readonly type: 'TaskFailed'; readonly awaitId: number; readonly error: string; readonly cause?: string }
  | { readonly type: 'TaskTimedOut'; readonly awaitId: number; readonly heartbeat?: boolean }
  | { readonly type: 'TimerFired'; readonly awaitId: number }
  /** A child ended; `output` may be absent when the runtime keeps results itself (see FanOut.results). */
  | {
      readonly type: 'ChildCompleted';
      readonly awaitId: number;
      readonly index: number;
      readonly status: 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT';
      readonly output?: Json;
      readonly error?: string | null;
      readonly cause?: string | null;
    }
  /** UpdateMapRun: new limits for the Map Run a distributed Map state waits on; absent members stay as they are. */
  | {
      readonly type: 'UpdateMapRun';
      readonly awaitId: number;
      readonly maxConcurrency?: number;
      readonly toleratedFailureCount?: number;
      readonly toleratedFailurePercentage?: number;
    }
  /** StopExecution, or a sibling's failure stopping this branch: the run ends ABORTED. */
  | { readonly type: 'Stop'; readonly error?: string; readonly cause?: string }
  /** The runtime ends the run FAILED (a limit was exceeded), stopping what it waits on. */
  | { readonly type: 'Terminate'; readonly error: string; readonly cause?: string }
  /** RedriveExecution: an ended run resumes at the state it ended in. */
  | { readonly type: 'Redrive' }
  /** The execution's own TimeoutSeconds elapsed: the run ends TIMED_OUT. */
  | { readonly type: 'ExecutionTimedOut' };
