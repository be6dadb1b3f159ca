import type { QueryLanguage } from '../definition/state-machine.definition';
import type { JsonObject } from '../json';
import { parseTaskResource } from '../tasks/task-resource';

/**
 * The machine TestState runs: the state under test at StartAt, and every state it can move to
 * replaced by an empty Succeed, so the run ends as soon as the state has chosen its next state.
 * A state that names itself as a successor moves to a stand-in instead, so the test never loops.
 */
export interface TestStateMachine {
  readonly definition: JsonObject;
  /** The stand-in's name → the successor it stands for. */
  readonly successorOf: ReadonlyMap<string, string>;
}

/** Builds the machine for `state` (a state's JSON object), named `name`. */
export function testStateMachine(name: string, state: JsonObject, queryLanguage?: QueryLanguage): TestStateMachine {
  const standIn = standInName(name);
  const redirect = (target: unknown) => (target === name ? standIn : target);
  const tested: JsonObject = { ...state };
  if (tested.Next !== undefined) tested.Next = redirect(tested.Next) as string;
  if (tested.Default !== undefined) tested.Default = redirect(tested.Default) as string;
  for (const list of ['Choices', 'Catch'] as const) {
    const items = tested[list];
    if (Array.isArray(items)) tested[list] = items.map((item) => (isObject(item) && typeof item.Next === 'string' ? { ...item, Next: redirect(item.Next) as string } : item));
  }
  const successors = successorsOf(tested);
  const States: JsonObject = { [name]: tested, ...Object.fromEntries(successors.map((s) => [s, { Type: 'Succeed' }])) };
  return {
    definition: { ...(queryLanguage !== undefined && { QueryLanguage: queryLanguage }), StartAt: name, States },
    successorOf: new Map(successors.includes(standIn) ? [[standIn, name]] : []),
  };
}

/** Why TestState refuses a state without a mock (AWS's rule), or with a mock where none applies; undefined when it can run. */
export function testStateRefusal(state: JsonObject, mocked: boolean): string | undefined {
  const type = state.Type;
  if (mocked) return type === 'Task' ? undefined : `A mock can only be specified for Task, Map, or Parallel states; this implementation mocks Task states only`;
  if (type === 'Map' || type === 'Parallel') return `TestState only supports ${type} states when a mock is specified`;
  if (type !== 'Task') return undefined;
  const resource = typeof state.Resource === 'string' ? parseTaskResource(state.Resource) : undefined;
  if (resource?.family === 'Activity') return 'TestState only supports Activity tasks when a mock is specified';
  if (resource && resource.pattern !== 'request-response') return `TestState only supports the .${resource.pattern} integration pattern when a mock is specified`;
  return 'TestState runs no Task against a real service here: specify a mock (result or errorOutput)';
}

/** The names a state can move to: Next, Default, each Choice rule's Next, each Catcher's Next. */
function successorsOf(state: JsonObject): string[] {
  const names: unknown[] = [state.Next, state.Default];
  for (const list of [state.Choices, state.Catch]) if (Array.isArray(list)) names.push(...list.map((item) => (isObject(item) ? item.Next : undefined)));
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== ''))];
}

/** A name no other state of the test machine has (state names are at most 80 characters). */
function standInName(name: string): string {
  return `${name.slice(0, 72)} (next)`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
