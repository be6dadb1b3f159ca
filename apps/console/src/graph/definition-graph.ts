import { itemProcessorOf, type AslState, type AslStateMachine } from './asl-definition';
import { choiceRuleLabel } from './choice-rule-label';

/**
 * A definition as a graph: one node per state, edges for Next, Default, Choices and Catch, and
 * nested scopes for Parallel branches and Map item processors. Node ids are unique across the
 * whole graph (`Fan[0]/A`: state A of the Parallel Fan's first branch), so history events can
 * be matched to the node they describe.
 */
export type EdgeKind = 'start' | 'next' | 'default' | 'choice' | 'catch' | 'end';

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
  readonly label?: string;
}

export interface GraphNode {
  readonly id: string;
  /** The state name, or `Start` / `End` for the two markers of the top scope. */
  readonly name: string;
  /** The ASL Type, or `Start` / `End`. */
  readonly type: string;
  /** Parallel: one scope per branch; Map: the item processor. */
  readonly scopes: readonly GraphScope[];
  /** The state has a Retry field, so a failed attempt may be retried. */
  readonly retries: boolean;
}

export interface GraphScope {
  /** '' for the top scope. */
  readonly id: string;
  readonly label: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const START_NODE_ID = '(start)';
export const END_NODE_ID = '(end)';
const TERMINAL_TYPES = new Set(['Succeed', 'Fail']);

/** The graph of a whole definition, with Start and End markers around the top scope. */
export function definitionGraph(definition: AslStateMachine): GraphScope {
  const top = scopeGraph(definition, '', 'state machine');
  const markers: GraphNode[] = [marker(START_NODE_ID, 'Start'), marker(END_NODE_ID, 'End')];
  const startAt = definition.StartAt !== undefined && definition.States?.[definition.StartAt] ? [edge(START_NODE_ID, nodeId('', definition.StartAt), 'start')] : [];
  const ends = Object.entries(definition.States ?? {})
    .filter(([, state]) => state.End === true || TERMINAL_TYPES.has(state.Type ?? ''))
    .map(([name]) => edge(nodeId('', name), END_NODE_ID, 'end'));
  return { ...top, nodes: [markers[0], ...top.nodes, markers[1]], edges: [...startAt, ...top.edges, ...ends] };
}

/** The id of state `name` in the scope `scopeId`. */
export function nodeId(scopeId: string, name: string): string {
  const segment = encodeURIComponent(name);
  return scopeId === '' ? segment : `${scopeId}/${segment}`;
}

/** The id of a Parallel's branch (`index`) or a Map's item processor (`items`). */
export function childScopeId(parentNodeId: string, index: number | 'items'): string {
  return `${parentNodeId}[${index}]`;
}

/** Every node of the graph, nested ones included, by id. */
export function nodesById(scope: GraphScope, into = new Map<string, GraphNode>()): Map<string, GraphNode> {
  for (const node of scope.nodes) {
    into.set(node.id, node);
    for (const child of node.scopes) nodesById(child, into);
  }
  return into;
}

function scopeGraph(machine: AslStateMachine, id: string, label: string): GraphScope {
  const states = machine.States ?? {};
  const nodes = Object.entries(states).map(([name, state]) => stateNode(id, name, state));
  const edges = Object.entries(states).flatMap(([name, state]) => stateEdges(id, name, state, states));
  return { id, label, nodes, edges };
}

function stateNode(scopeId: string, name: string, state: AslState): GraphNode {
  const id = nodeId(scopeId, name);
  const processor = itemProcessorOf(state);
  const scopes =
    state.Type === 'Parallel'
      ? (state.Branches ?? []).map((branch, index) => scopeGraph(branch, childScopeId(id, index), `branch ${index + 1}`))
      : state.Type === 'Map' && processor
        ? [scopeGraph(processor, childScopeId(id, 'items'), 'item processor')]
        : [];
  return { id, name, type: state.Type ?? '?', scopes, retries: (state.Retry?.length ?? 0) > 0 };
}

function stateEdges(scopeId: string, name: string, state: AslState, states: Readonly<Record<string, AslState>>): GraphEdge[] {
  const from = nodeId(scopeId, name);
  const to = (target: string | undefined) => (target !== undefined && target in states ? nodeId(scopeId, target) : undefined);
  const edges: GraphEdge[] = [];
  const add = (target: string | undefined, kind: EdgeKind, label?: string) => {
    const targetId = to(target);
    if (targetId) edges.push(edge(from, targetId, kind, label, edges.length));
  };
  add(state.Next, 'next');
  (state.Choices ?? []).forEach((rule) => add(typeof rule.Next === 'string' ? rule.Next : undefined, 'choice', choiceRuleLabel(rule)));
  add(state.Default, 'default', 'Default');
  (state.Catch ?? []).forEach((catcher) => add(catcher.Next, 'catch', (catcher.ErrorEquals ?? []).join(', ')));
  return edges;
}

function marker(id: string, name: 'Start' | 'End'): GraphNode {
  return { id, name, type: name, scopes: [], retries: false };
}

function edge(source: string, target: string, kind: EdgeKind, label?: string, index = 0): GraphEdge {
  return { id: `${source}->${target}#${kind}${index}`, source, target, kind, ...(label !== undefined && { label }) };
}
