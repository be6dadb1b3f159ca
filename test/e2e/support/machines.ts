/**
 * Names and state machines the end-to-end specs share. Task resources name handlers of
 * `test-worker.ts`.
 */

/** The role every spec creates its state machines with (stored and echoed, never assumed). */
export const ROLE = 'arn:aws:iam::123456789012:role/stepwise-tests';

/** The Lambda ARN a Task state names to run the test worker's `handler`. */
export const lambda = (handler: string) => `arn:aws:lambda:us-east-1:123456789012:function:${handler}`;

/** Echo the input on the test worker, then wait one second. */
export const ECHO_THEN_WAIT = {
  StartAt: 'Echo',
  States: {
    Echo: { Type: 'Task', Resource: lambda('work'), Next: 'Pause' },
    Pause: { Type: 'Wait', Seconds: 1, End: true },
  },
};

/** The history of an ECHO_THEN_WAIT execution that succeeds, as event types. */
export const ECHO_THEN_WAIT_EVENTS = [
  'ExecutionStarted',
  'TaskStateEntered',
  'LambdaFunctionScheduled',
  'LambdaFunctionStarted',
  'LambdaFunctionSucceeded',
  'TaskStateExited',
  'WaitStateEntered',
  'WaitStateExited',
  'ExecutionSucceeded',
];

export interface CallbackMachineOptions {
  /** @default 'Approve' */
  readonly state?: string;
  /** More of the Payload `handOff` gets beside `token`. @default {} */
  readonly payload?: Readonly<Record<string, unknown>>;
  /** More fields of the Task state (HeartbeatSeconds, ...). @default {} */
  readonly task?: Readonly<Record<string, unknown>>;
}

/**
 * One callback task (`.waitForTaskToken`): the test worker's `handOff` only passes the token on
 * (as `Payload.token`), so the execution waits for SendTaskSuccess or SendTaskFailure.
 */
export function callbackMachine({ state = 'Approve', payload = {}, task = {} }: CallbackMachineOptions = {}) {
  return {
    StartAt: state,
    States: {
      [state]: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: { FunctionName: 'handOff', Payload: { 'token.$': '$$.Task.Token', ...payload } },
        ...task,
        End: true,
      },
    },
  };
}
