import type { Json } from '../json';
import type { Entropy } from './entropy';

/** Who the execution is: the source of `$$.Execution`, `$$.StateMachine` and ARNs in history. */
export interface ExecutionInfo {
  readonly executionArn: string;
  readonly name: string;
  readonly input: Json;
  /** Milliseconds since the epoch. */
  readonly startTime: number;
  readonly roleArn: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  /** Absent for StartSyncExecution, whose context object AWS gives no RedriveCount. */
  readonly redriveCount?: number;
  readonly region: string;
  readonly accountId: string;
  readonly type: 'STANDARD' | 'EXPRESS';
}

/** Everything outside the snapshot that `step` may use; all of it injected. */
export interface StepContext {
  /** The time of this step, milliseconds since the epoch. */
  readonly now: number;
  readonly execution: ExecutionInfo;
  readonly entropy: Entropy;
  /** Allocates the next history event id of the execution. */
  nextEventId(): number;
  /** Mints a `.waitForTaskToken` task token; a runtime can make it say where the task waits. @default entropy.uuid() */
  newTaskToken?(): string;
  /**
   * Whether an activity exists (CreateActivity). A runtime that serves activities sets it; when it
   * answers false the Task fails with States.Runtime, as on AWS. @default every activity exists
   */
  activityExists?(activityArn: string): boolean | Promise<boolean>;
  /** Largest payload in bytes of JSON (AWS: 256 KiB). */
  readonly maxPayloadBytes: number;
  /** Most children of one Map or Parallel running at once when the definition sets no lower limit. */
  readonly maxChildConcurrency: number;
}

/** AWS's payload limit: 256 KiB. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 256 * 1024;
