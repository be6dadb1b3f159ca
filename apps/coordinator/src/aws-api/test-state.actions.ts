import { Injectable } from '@nestjs/common';
import {
  defaultRoleArn,
  isJsonObject,
  parseDefinition,
  testState,
  testStateMachine,
  testStateRefusal,
  type ExecutionInfo,
  type Json,
  type JsonObject,
  type TestStateMock,
  type TestStateResult,
} from '@lib/asl';
import { systemEntropy } from '@lib/engine';
import { parseJsonPayload } from '../operations/json-payload';
import type { AwsAction, AwsActionGroup } from './aws-action';
import { awsError } from './aws-api.error';
import { ARN_ACCOUNT_ID, ARN_REGION, ARN_RULE } from './aws-identifiers';
import { MAX_CAUSE_LENGTH, MAX_DEFINITION_LENGTH, MAX_ERROR_LENGTH, MAX_NAME_LENGTH, MAX_PAYLOAD_BYTES } from './aws-limits';
import type { AwsRequest } from './aws-request';

const INSPECTION_LEVELS = ['INFO', 'DEBUG', 'TRACE'] as const;
const PAYLOAD_RULE = { max: MAX_PAYLOAD_BYTES, bytes: true, sensitive: true } as const;

/** The name the state under test has when `definition` is a single state (no `stateName`). */
const SINGLE_STATE_NAME = 'TestState';

/** Who a TestState run is, for `$$` and ARNs: no execution exists. */
const TEST_EXECUTION: Omit<ExecutionInfo, 'input' | 'startTime'> = {
  executionArn: `arn:aws:states:${ARN_REGION}:${ARN_ACCOUNT_ID}:execution:TestStateMachine:TestState`,
  name: 'TestState',
  roleArn: defaultRoleArn(ARN_ACCOUNT_ID),
  stateMachineArn: `arn:aws:states:${ARN_REGION}:${ARN_ACCOUNT_ID}:stateMachine:TestStateMachine`,
  stateMachineName: 'TestStateMachine',
  region: ARN_REGION,
  accountId: ARN_ACCOUNT_ID,
  type: 'STANDARD',
};

/**
 * TestState: runs one state with the interpreter, in this process, on the given input and
 * variables. Nothing calls a real service: a Task answers with the request's `mock`, and a Task
 * without one is refused, as are the states AWS only tests with a mock.
 */
@Injectable()
export class TestStateActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = { TestState: (r) => this.test(r) };

  private async test(r: AwsRequest) {
    const text = r.requiredString('definition', { max: MAX_DEFINITION_LENGTH, min: 1, sensitive: true });
    r.string('roleArn', ARN_RULE);
    const input = r.string('input', PAYLOAD_RULE);
    const level = r.enumeration('inspectionLevel', INSPECTION_LEVELS) ?? 'INFO';
    r.boolean('revealSecrets');
    const variables = r.string('variables', PAYLOAD_RULE);
    const stateName = r.string('stateName', { max: MAX_NAME_LENGTH, min: 1 });
    const mock = readMock(r);
    const context = r.string('context', PAYLOAD_RULE);
    const retrierRetryCount = r.structure('stateConfiguration')?.integer('retrierRetryCount', { min: 0, max: Number.MAX_SAFE_INTEGER });
    r.validate();
    if (context !== undefined && mock === undefined) throw awsError.validation(['context may only be specified together with a mock']);
    const { name, state, queryLanguage } = readState(text, stateName);
    const refusal = testStateRefusal(state, mock !== undefined);
    if (refusal) throw awsError.validation([refusal]);
    const built = testStateMachine(name, state, queryLanguage);
    const parsedInput = parseJsonPayload(input ?? '{}', awsError.invalidExecutionInput);
    const now = Date.now();
    const result = await testState({
      machine: parseDefinition(built.definition),
      standIns: built.successorOf,
      stateName: name,
      input: parsedInput,
      variables: variables === undefined ? undefined : objectOf(parseJsonPayload(variables, awsError.invalidExecutionInput), 'variables'),
      mock,
      retrierRetryCount,
      execution: { ...TEST_EXECUTION, input: parsedInput, startTime: now },
      entropy: systemEntropy,
      now,
    });
    return testStateShape(result, level);
  }
}

/** `definition` is one state, or with `stateName` a whole state machine holding it. */
function readState(text: string, stateName: string | undefined): { name: string; state: JsonObject; queryLanguage?: 'JSONPath' | 'JSONata' } {
  const parsed = parseJsonPayload(text, (reason) => awsError.validation([`Invalid definition: ${reason}`]));
  if (stateName === undefined) return { name: SINGLE_STATE_NAME, state: objectOf(parsed, 'definition') };
  const machine = objectOf(parsed, 'definition');
  const states = isJsonObject(machine.States) ? machine.States : {};
  const state = states[stateName];
  if (!isJsonObject(state)) throw awsError.validation([`State '${stateName}' is not defined in the state machine definition`]);
  const queryLanguage = machine.QueryLanguage === 'JSONata' || machine.QueryLanguage === 'JSONPath' ? machine.QueryLanguage : undefined;
  return { name: stateName, state, queryLanguage };
}

/** `mock`: exactly one of a result (JSON text) and an errorOutput. */
function readMock(r: AwsRequest): TestStateMock | undefined {
  const mock = r.structure('mock');
  if (!mock) return undefined;
  const result = mock.string('result', PAYLOAD_RULE);
  const errorOutput = mock.structure('errorOutput');
  const error = errorOutput?.requiredString('error', { max: MAX_ERROR_LENGTH, sensitive: true });
  const cause = errorOutput?.string('cause', { max: MAX_CAUSE_LENGTH, sensitive: true });
  mock.enumeration('fieldValidationMode', ['STRICT', 'PRESENT', 'NONE'] as const);
  r.validate();
  if ((result === undefined) === (error === undefined)) throw awsError.validation(['A mock must specify exactly one of result and errorOutput']);
  if (result !== undefined) return { result: parseJsonPayload(result, (reason) => awsError.validation([`Invalid mock result: ${reason}`])) };
  return { error: error as string, ...(cause !== undefined && { cause }) };
}

function objectOf(value: Json, member: string): JsonObject {
  if (!isJsonObject(value)) throw awsError.validation([`${member} must be a JSON object`]);
  return value;
}

/** TestState's answer: payloads as JSON text; the data flow from DEBUG up (TRACE adds HTTP, which no Task makes here). */
function testStateShape(result: TestStateResult, level: (typeof INSPECTION_LEVELS)[number]) {
  const text = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));
  const stages = Object.entries(result.inspection).filter(([key]) => key !== 'errorDetails');
  const inspectionData = {
    ...(level !== 'INFO' && Object.fromEntries(stages.map(([key, value]) => [key, text(value)]))),
    ...(result.inspection.errorDetails !== undefined && { errorDetails: result.inspection.errorDetails }),
  };
  return {
    status: result.status,
    ...(result.output !== undefined && { output: text(result.output) }),
    ...(result.error !== undefined && { error: result.error }),
    ...(result.cause !== undefined && { cause: result.cause }),
    ...(result.nextState !== undefined && { nextState: result.nextState }),
    ...(Object.keys(inspectionData).length > 0 && { inspectionData }),
  };
}
