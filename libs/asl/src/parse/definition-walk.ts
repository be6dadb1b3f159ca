import { isJsonObject, type Json, type JsonObject } from '../json';
import type { QueryLanguage } from '../definition/state-machine.definition';

/** Where a path segment of the raw JSON leads: an object key or an array index. */
export type JsonKey = string | number;

/** A state machine, a Parallel branch or a Map processor: anything with `StartAt` and `States`. */
export interface MachineScope {
  readonly kind: 'root' | 'branch' | 'processor';
  readonly machine: JsonObject;
  /** `''` for the root, `/States/P/Branches[0]` or `/States/M/ItemProcessor` below it. */
  readonly location: string;
  /** The keys leading to `machine` in the raw JSON, to match duplicate keys the parser saw. */
  readonly keys: readonly JsonKey[];
  /** The language states inherit: the root machine's, whatever the enclosing state declares. */
  readonly inheritedLanguage: QueryLanguage;
  /** The Map state that owns a processor scope. */
  readonly owner?: StateNode;
}

/** One state, with everything the passes need to judge it. */
export interface StateNode {
  readonly name: string;
  readonly state: JsonObject;
  /** `/States/<name>` under the scope's location. */
  readonly location: string;
  readonly scope: MachineScope;
  /** The effective language: JSONPath only when the state says exactly `JSONPath` or inherits it. */
  readonly language: QueryLanguage;
}

/** The language the root machine declares; anything present other than `JSONPath` counts as JSONata. */
export function rootLanguage(root: JsonObject): QueryLanguage {
  return languageOf(root.QueryLanguage, 'JSONPath');
}

function languageOf(value: Json | undefined, inherited: QueryLanguage): QueryLanguage {
  if (value === undefined) return inherited;
  return value === 'JSONPath' ? 'JSONPath' : 'JSONata';
}

export function stateLocation(scope: MachineScope, name: string): string {
  return `${scope.location}/States/${name}`;
}

/** The scopes nested directly in a state: Parallel branches and the Map processor. */
export function childScopes(node: StateNode): MachineScope[] {
  const { state, scope } = node;
  const children: MachineScope[] = [];
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    state.Branches.forEach((branch, i) => {
      if (!isJsonObject(branch)) return;
      children.push({
        kind: 'branch',
        machine: branch,
        location: `${node.location}/Branches[${i}]`,
        keys: [...scope.keys, 'States', node.name, 'Branches', i],
        inheritedLanguage: scope.inheritedLanguage,
      });
    });
  }
  if (state.Type === 'Map') {
    for (const field of ['ItemProcessor', 'Iterator'] as const) {
      const processor = state[field];
      if (!isJsonObject(processor)) continue;
      children.push({
        kind: 'processor',
        machine: processor,
        location: `${node.location}/${field}`,
        keys: [...scope.keys, 'States', node.name, field],
        inheritedLanguage: scope.inheritedLanguage,
        owner: node,
      });
    }
  }
  return children;
}

/** The states declared directly in a scope, in document order. */
export function statesOf(scope: MachineScope): StateNode[] {
  const states = scope.machine.States;
  if (!isJsonObject(states)) return [];
  return Object.entries(states).flatMap(([name, state]) =>
    isJsonObject(state)
      ? [
          {
            name,
            state,
            location: stateLocation(scope, name),
            scope,
            language: languageOf(state.QueryLanguage, scope.inheritedLanguage),
          },
        ]
      : [],
  );
}

export function rootScope(root: JsonObject): MachineScope {
  return { kind: 'root', machine: root, location: '', keys: [], inheritedLanguage: rootLanguage(root) };
}

/** Every scope of the definition, parents before children, in document order. */
export function allScopes(root: JsonObject): MachineScope[] {
  const scopes: MachineScope[] = [];
  const visit = (scope: MachineScope): void => {
    scopes.push(scope);
    for (const node of statesOf(scope)) childScopes(node).forEach(visit);
  };
  visit(rootScope(root));
  return scopes;
}

/** Every state of the definition, nested ones included, in document order. */
export function allStates(root: JsonObject): StateNode[] {
  return allScopes(root).flatMap(statesOf);
}

/** True when the object carries the field, whatever its value (null included; undefined is absence). */
export function has(object: JsonObject, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, field) && object[field] !== undefined;
}
