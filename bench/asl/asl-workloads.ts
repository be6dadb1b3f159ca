import type { Json, StateMachineDefinition } from '@lib/asl';

/** One benchmark workload: a definition, its input, and the Task functions it calls. */
export interface AslWorkload {
  name: string;
  definition: StateMachineDefinition;
  input: Json;
  /** Lambda function names the Task states call; each one echoes its input. */
  echoFunctions: string[];
  /** Task state name → function name, for engines that override Tasks by state name. */
  taskStates: Record<string, string>;
}

const CHAIN_LENGTH = 10;
const MAP_ITEMS = 1_000;
const PARALLEL_BRANCHES = 10;
const ECHO_FUNCTION = 'echo';
const ECHO_ARN = `arn:aws:lambda:us-east-1:111111111111:function:${ECHO_FUNCTION}`;

function chain(type: 'Pass' | 'Task'): StateMachineDefinition {
  const names = Array.from({ length: CHAIN_LENGTH }, (_, i) => `${type}${i + 1}`);
  const States: Record<string, object> = {};
  names.forEach((name, i) => {
    const next = i + 1 < names.length ? { Next: names[i + 1] } : { End: true };
    States[name] = type === 'Task' ? { Type: 'Task', Resource: ECHO_ARN, ...next } : { Type: 'Pass', ...next };
  });
  return { StartAt: names[0], States } as StateMachineDefinition;
}

/** State names are unique across a whole machine, branches included (an AWS rule). */
const singlePass = (name: string): object => ({ StartAt: name, States: { [name]: { Type: 'Pass', End: true } } });

export const ASL_WORKLOADS: readonly AslWorkload[] = [
  { name: 'pass-chain-10', definition: chain('Pass'), input: { value: 1 }, echoFunctions: [], taskStates: {} },
  {
    name: 'task-chain-10',
    definition: chain('Task'),
    input: { value: 1 },
    echoFunctions: [ECHO_FUNCTION],
    taskStates: Object.fromEntries(Array.from({ length: CHAIN_LENGTH }, (_, i) => [`Task${i + 1}`, ECHO_FUNCTION])),
  },
  {
    name: 'map-1000',
    definition: {
      StartAt: 'Map',
      States: { Map: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: singlePass('Item'), End: true } },
    } as StateMachineDefinition,
    input: { items: Array.from({ length: MAP_ITEMS }, (_, i) => ({ i })) },
    echoFunctions: [],
    taskStates: {},
  },
  {
    name: 'parallel-10',
    definition: {
      StartAt: 'Parallel',
      States: { Parallel: { Type: 'Parallel', Branches: Array.from({ length: PARALLEL_BRANCHES }, (_, i) => singlePass(`Branch${i + 1}`)), End: true } },
    } as StateMachineDefinition,
    input: { value: 1 },
    echoFunctions: [],
    taskStates: {},
  },
];
