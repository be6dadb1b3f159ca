import type { Json, StateMachineDefinition } from '@lib/asl';

/** The Lambda function every Task calls; the worker serves it under this name and echoes its input. */
export const ECHO_HANDLER = 'echo';
const ECHO_ARN = `arn:aws:lambda:us-east-1:123456789012:function:${ECHO_HANDLER}`;

/** Steps of the Task and Pass chains, and of the baseline chain they are compared with. */
export const CHAIN_LENGTH = 10;

/** Items of the Map workload, as the brief sets it (`--map-items` runs another size). */
export const MAP_ITEMS = 10_000;

/** Branches of the Parallel workload, and children of the baseline flow. */
export const PARALLEL_BRANCHES = 100;

/** The input of every chain: small, as a typical event is. */
export const CHAIN_INPUT: Json = { orderId: 42, customer: 'c-1', amount: 12.5 };

const echoTask = (next: object): object => ({ Type: 'Task', Resource: ECHO_ARN, ...next });

/** `length` states of one type, each leading to the next. */
export function chain(type: 'Task' | 'Pass', length = CHAIN_LENGTH): StateMachineDefinition {
  const names = Array.from({ length }, (_, i) => `${type}${i + 1}`);
  const States: Record<string, object> = {};
  names.forEach((name, i) => {
    const next = i + 1 < names.length ? { Next: names[i + 1] } : { End: true };
    States[name] = type === 'Task' ? echoTask(next) : { Type: 'Pass', ...next };
  });
  return { StartAt: names[0], States } as StateMachineDefinition;
}

/** A Map over `$.items` whose every iteration is one echo Task. */
export function mapOfTasks(): StateMachineDefinition {
  return {
    StartAt: 'Map',
    States: {
      Map: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'Item', States: { Item: echoTask({ End: true }) } }, End: true },
    },
  } as StateMachineDefinition;
}

export const mapInput = (items: number): Json => ({ items: Array.from({ length: items }, (_, i) => ({ i })) });

/** A Parallel whose every branch is one echo Task (state names are unique across branches, as AWS requires). */
export function parallelOfTasks(branches = PARALLEL_BRANCHES): StateMachineDefinition {
  const Branches = Array.from({ length: branches }, (_, i) => ({ StartAt: `Branch${i + 1}`, States: { [`Branch${i + 1}`]: echoTask({ End: true }) } }));
  return { StartAt: 'Parallel', States: { Parallel: { Type: 'Parallel', Branches, End: true } } } as StateMachineDefinition;
}
