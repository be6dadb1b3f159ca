import { StatesErrorName } from './states-error-name';

/**
 * A runtime failure as a value: the error name a Retrier or Catcher matches and its cause.
 * `error` is null only for a Fail state that names no Error.
 */
export interface StatesError {
  readonly error: string | null;
  readonly cause?: string | null;
}

const make =
  (error: StatesErrorName) =>
  (cause?: string): StatesError =>
    cause === undefined ? { error } : { error, cause };

/** One constructor per predefined error name. */
export const statesError = {
  branchFailed: make(StatesErrorName.BranchFailed),
  dataLimitExceeded: make(StatesErrorName.DataLimitExceeded),
  exceedToleratedFailureThreshold: make(StatesErrorName.ExceedToleratedFailureThreshold),
  heartbeatTimeout: make(StatesErrorName.HeartbeatTimeout),
  intrinsicFailure: make(StatesErrorName.IntrinsicFailure),
  itemReaderFailed: make(StatesErrorName.ItemReaderFailed),
  noChoiceMatched: make(StatesErrorName.NoChoiceMatched),
  parameterPathFailure: make(StatesErrorName.ParameterPathFailure),
  queryEvaluationError: make(StatesErrorName.QueryEvaluationError),
  resultPathMatchFailure: make(StatesErrorName.ResultPathMatchFailure),
  runtime: make(StatesErrorName.Runtime),
  taskFailed: make(StatesErrorName.TaskFailed),
  timeout: make(StatesErrorName.Timeout),
} as const;

/**
 * Carries a StatesError out of deep evaluation code (paths, intrinsics, JSONata, Choice rules).
 * `step` catches it at one boundary and turns it back into a value; it never escapes `step`.
 */
export class StatesFault extends Error {
  constructor(readonly statesError: StatesError) {
    super(statesError.cause ?? statesError.error ?? 'States error');
    this.name = new.target.name;
  }
}

/** Throws a StatesFault: for evaluators whose callers cannot handle a union return. */
export function fault(error: StatesError): never {
  throw new StatesFault(error);
}
