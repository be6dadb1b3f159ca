import type { Json, JsonObject } from '../json';

/** The two query languages a machine or a state may use. */
export type QueryLanguage = 'JSONPath' | 'JSONata';

/** A top-level state machine, or the sub-machine of a Parallel branch or Map ItemProcessor. */
export interface StateMachineDefinition {
  Comment?: string;
  StartAt: string;
  States: Record<string, StateDefinition>;
  TimeoutSeconds?: number;
  Version?: string;
  QueryLanguage?: QueryLanguage;
}

export type StateType = StateDefinition['Type'];

export type StateDefinition =
  | PassDefinition
  | TaskDefinition
  | ChoiceDefinition
  | WaitDefinition
  | SucceedDefinition
  | FailDefinition
  | ParallelDefinition
  | MapDefinition;

/** Fields every state may carry. */
export interface CommonFields {
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  /** JSONPath only. */
  InputPath?: string | null;
  /** JSONPath only. */
  OutputPath?: string | null;
  /** JSONata only: a value or `{% %}` template for the state's output. */
  Output?: Json;
  Assign?: JsonObject;
}

export interface TransitionFields {
  Next?: string;
  End?: boolean;
}

export interface ResultFields {
  /** JSONPath only. */
  ResultPath?: string | null;
  /** JSONPath only. */
  ResultSelector?: JsonObject;
}

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
  Comment?: string;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  /** JSONPath only. */
  ResultPath?: string | null;
  /** JSONata only. */
  Output?: Json;
  Assign?: JsonObject;
  Comment?: string;
}

export interface ErrorHandlingFields {
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface PassDefinition extends CommonFields, TransitionFields {
  Type: 'Pass';
  Result?: Json;
  ResultPath?: string | null;
  Parameters?: Json;
}

export interface TaskDefinition extends CommonFields, TransitionFields, ResultFields, ErrorHandlingFields {
  Type: 'Task';
  Resource: string;
  Parameters?: Json;
  /** JSONata only. */
  Arguments?: Json;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Credentials?: JsonObject;
}

export interface ChoiceDefinition extends CommonFields {
  Type: 'Choice';
  Choices: ChoiceRule[];
  Default?: string;
}

/**
 * A Choice rule. Top-level rules carry `Next`; nested rules (inside And/Or/Not) do not.
 * JSONPath rules use `Variable` with one comparison operator; JSONata rules use `Condition`.
 */
export interface ChoiceRule {
  Next?: string;
  Comment?: string;
  Assign?: JsonObject;
  Output?: Json;
  Condition?: string | boolean;
  Variable?: string;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  [operator: string]: Json | ChoiceRule | ChoiceRule[] | undefined;
}

export interface WaitDefinition extends CommonFields, TransitionFields {
  Type: 'Wait';
  Seconds?: number | string;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}

export interface SucceedDefinition extends CommonFields {
  Type: 'Succeed';
}

export interface FailDefinition extends Omit<CommonFields, 'InputPath' | 'OutputPath' | 'Output' | 'Assign'> {
  Type: 'Fail';
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
}

export interface ParallelDefinition extends CommonFields, TransitionFields, ResultFields, ErrorHandlingFields {
  Type: 'Parallel';
  Branches: StateMachineDefinition[];
  Parameters?: Json;
  /** JSONata only. */
  Arguments?: Json;
}

export interface ItemProcessorDefinition extends StateMachineDefinition {
  ProcessorConfig?: { Mode?: 'INLINE' | 'DISTRIBUTED'; ExecutionType?: 'STANDARD' | 'EXPRESS' };
}

export interface MapDefinition extends CommonFields, TransitionFields, ResultFields, ErrorHandlingFields {
  Type: 'Map';
  ItemProcessor?: ItemProcessorDefinition;
  /** Legacy name of ItemProcessor. */
  Iterator?: ItemProcessorDefinition;
  ItemsPath?: string;
  /** JSONata only: an array or an expression. */
  Items?: Json;
  ItemSelector?: Json;
  /** Legacy name of ItemSelector. */
  Parameters?: Json;
  ItemReader?: JsonObject;
  ItemBatcher?: {
    MaxItemsPerBatch?: number | string;
    MaxItemsPerBatchPath?: string;
    MaxInputBytesPerBatch?: number | string;
    MaxInputBytesPerBatchPath?: string;
    BatchInput?: Json;
  };
  ResultWriter?: JsonObject;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  Label?: string;
}
