import type { Json } from '../json';

/** What happened to a run, as `step` consumes it. `awaitId` names the wait it answers. */
export type StepEvent =
  | { readonly type: 'Start' }
  | { readonly type: 'TaskStarted'; readonly awaitId: number }
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
  /** StopExecution, or a sibling's failure stopping this branch: the run ends ABORTED. */
  | { readonly type: 'Stop'; readonly error?: string; readonly cause?: string }
  /** The runtime ends the run FAILED (a limit was exceeded), stopping what it waits on. */
  | { readonly type: 'Terminate'; readonly error: string; readonly cause?: string }
  /** RedriveExecution: an ended run resumes at the state it ended in. */
  | { readonly type: 'Redrive' }
  /** The execution's own TimeoutSeconds elapsed: the run ends TIMED_OUT. */
  | { readonly type: 'ExecutionTimedOut' };
