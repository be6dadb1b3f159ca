import type { Json } from '../json';
import type { RunSnapshot } from './snapshot';

/** What `step` asks the caller to do; the answer comes back as a StepEvent with the same awaitId. */
export type Command =
  | {
      readonly kind: 'RunTask';
      readonly awaitId: number;
      readonly stateName: string;
      readonly resource: string;
      /** The handler that serves the task (see `taskTarget`). */
      readonly handler: string;
      /** What the handler receives. */
      readonly input: Json;
      readonly attempt: number;
      readonly timeoutSeconds?: number;
      readonly heartbeatSeconds?: number;
      readonly taskToken?: string;
      readonly credentials?: Json;
    }
  | { readonly kind: 'StartTimer'; readonly awaitId: number; readonly dueAt: number }
  /** Start a child run (Parallel branch, Map iteration) from its initial snapshot; report ChildCompleted. */
  | { readonly kind: 'StartChild'; readonly awaitId: number; readonly index: number; readonly child: RunSnapshot }
  /** Stop these children of that fan-out, still running; their results are no longer wanted. */
  | { readonly kind: 'StopChildren'; readonly awaitId: number; readonly indexes: readonly number[] }
  /** Cancel a running task; a late result will be ignored. */
  | { readonly kind: 'CancelTask'; readonly awaitId: number };
