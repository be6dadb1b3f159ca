import { ORDER_WORKFLOW } from '../../../../test/ui/fixtures/order-workflow';
import type { AslStateMachine } from './asl-definition';
import { definitionGraph, END_NODE_ID, nodesById, START_NODE_ID } from './definition-graph';

const orderWorkflow = ORDER_WORKFLOW as AslStateMachine;

describe(definitionGraph.name, () => {
  const graph = definitionGraph(orderWorkflow);
  const edges = graph.edges.map(({ source, target, kind, label }) => ({ source, target, kind, label }));

  it('has a node per top-level state, with its type, between Start and End', () => {
    expect(graph.nodes.map((node) => [node.name, node.type])).toEqual([
      ['Start', 'Start'],
      ['Check order', 'Choice'],
      ['Reject', 'Fail'],
      ['Approve', 'Task'],
      ['Prepare', 'Parallel'],
      ['Price items', 'Map'],
      ['Charge', 'Task'],
      ['Charge later', 'Pass'],
      ['Done', 'Succeed'],
      ['End', 'End'],
    ]);
  });

  it('draws Next, Choice (labelled with its rule), Default and Catch (labelled with its errors) edges', () => {
    expect(edges).toEqual(
      expect.arrayContaining([
        { source: START_NODE_ID, target: 'Check%20order', kind: 'start', label: undefined },
        { source: 'Check%20order', target: 'Approve', kind: 'choice', label: '$.express == true' },
        { source: 'Check%20order', target: 'Reject', kind: 'default', label: 'Default' },
        { source: 'Approve', target: 'Prepare', kind: 'next', label: undefined },
        { source: 'Charge', target: 'Done', kind: 'next', label: undefined },
        { source: 'Charge', target: 'Charge%20later', kind: 'catch', label: 'Boom, States.Timeout' },
        { source: 'Reject', target: END_NODE_ID, kind: 'end', label: undefined },
        { source: 'Done', target: END_NODE_ID, kind: 'end', label: undefined },
      ]),
    );
    expect(edges).toHaveLength(11);
  });

  it('nests Parallel branches and the Map item processor as scopes with their own ids', () => {
    const nodes = nodesById(graph);
    expect(nodes.get('Prepare')?.scopes.map((scope) => scope.nodes.map((node) => node.id))).toEqual([['Prepare[0]/Reserve%20stock'], ['Prepare[1]/Notify']]);
    expect(nodes.get('Price%20items')?.scopes.map((scope) => scope.label)).toEqual(['item processor']);
    expect(nodes.get('Price%20items[items]/Double')).toMatchObject({ name: 'Double', type: 'Task' });
  });

  it('leaves out edges to states that do not exist rather than failing on a draft', () => {
    const draft = definitionGraph({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Missing' } } });
    expect(draft.edges.map((edge) => edge.kind)).toEqual(['start']);
  });

  it('marks states that retry', () => {
    const retrying = definitionGraph({ StartAt: 'A', States: { A: { Type: 'Task', Retry: [{ ErrorEquals: ['States.ALL'] }], End: true } } });
    expect(nodesById(retrying).get('A')?.retries).toBe(true);
  });
});
