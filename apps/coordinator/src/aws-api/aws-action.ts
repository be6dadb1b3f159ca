import type { Engine } from '@lib/engine';
import { awsError } from './aws-api.error';
import type { AwsRequest } from './aws-request';

/** Serves one AWS action: reads the request's members, answers with the action's output. */
export type AwsAction = (request: AwsRequest) => Promise<object>;

/** A group of actions (state machines, executions, ...): action name → handler. */
export interface AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>>;
}

/** The engine, or AWS's ServiceUnavailable when this coordinator runs without Redis. */
export function requireEngine(engine: Engine | undefined): Engine {
  if (engine === undefined) throw awsError.serviceUnavailable();
  return engine;
}
