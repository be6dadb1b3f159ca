import { ORDER_WORKFLOW } from '../../../../test/ui/fixtures/order-workflow';
import type { AslStateMachine } from './asl-definition';
import { definitionGraph, nodesById } from './definition-graph';
import { layoutGraph, type Box } from './graph-layout';

const orderWorkflow = ORDER_WORKFLOW as AslStateMachine;

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe(layoutGraph.name, () => {
  const graph = definitionGraph(orderWorkflow);

  it('places every node and routes every edge', async () => {
    const layout = await layoutGraph(graph);
    const placed = [...layout.nodes, ...layout.containers].map((laid) => laid.node.id).sort();
    expect(placed).toEqual([...nodesById(graph).keys()].sort());
    const routed = layout.edges.map((laid) => laid.edge.id).sort();
    expect(routed).toEqual(graph.edges.map((edge) => edge.id).sort());
    for (const laid of layout.edges) expect(laid.points.length).toBeGreaterThanOrEqual(2);
  });

  it('draws branches inside their Parallel, side by side in definition order', async () => {
    const layout = await layoutGraph(graph);
    const prepare = layout.containers.find((laid) => laid.node.id === 'Prepare')!;
    const [first, second] = layout.scopes.filter((laid) => laid.scope.id.startsWith('Prepare['));
    expect(inside(first, prepare) && inside(second, prepare)).toBe(true);
    expect(second.x).toBeGreaterThanOrEqual(first.x + first.width);
    const reserve = layout.nodes.find((laid) => laid.node.id === 'Prepare[0]/Reserve%20stock')!;
    expect(inside(reserve, first)).toBe(true);
  });

  it('gives labelled edges a label box', async () => {
    const layout = await layoutGraph(graph);
    const catchEdge = layout.edges.find((laid) => laid.edge.kind === 'catch');
    expect(catchEdge?.label).toMatchObject({ text: 'Boom, States.Timeout' });
    expect(catchEdge?.label?.width).toBeGreaterThan(0);
  });
});
