import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { GraphEdge, GraphNode, GraphScope } from './definition-graph';

/**
 * Lays a definition graph out with elkjs (layered, top to bottom) and flattens the result into
 * boxes and edge routes in one coordinate space, ready to draw as SVG.
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LaidOutNode extends Box {
  readonly node: GraphNode;
}

export interface LaidOutScope extends Box {
  readonly scope: GraphScope;
}

export interface LaidOutEdge {
  readonly edge: GraphEdge;
  readonly points: readonly { x: number; y: number }[];
  readonly label?: Box & { readonly text: string };
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  /** Parallel and Map states: their boxes hold their scopes. Drawn before what they contain. */
  readonly containers: readonly LaidOutNode[];
  readonly scopes: readonly LaidOutScope[];
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

/** Sizes in px, matched to the fonts of graph-view.tsx. */
const NODE_HEIGHT = 46;
const MARKER_SIZE = { width: 64, height: 28 };
const CHAR_WIDTH = 7.5;
const LABEL_CHAR_WIDTH = 6.2;
const LABEL_HEIGHT = 16;
const MIN_NODE_WIDTH = 120;
const CONTAINER_PADDING = '[top=34,left=14,bottom=14,right=14]';
const SCOPE_PADDING = '[top=26,left=12,bottom=12,right=12]';

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '34',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.inline': 'false',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

const SIDE_BY_SIDE = {
  'elk.separateConnectedComponents': 'false',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
};

export async function layoutGraph(graph: GraphScope): Promise<GraphLayout> {
  // elkjs is most of the console's code: loaded with the first graph, not with the app.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const root: ElkNode = await elk.layout({
    id: '(root)',
    layoutOptions: { ...LAYERED, 'elk.json.shapeCoords': 'ROOT', 'elk.json.edgeCoords': 'ROOT', 'elk.padding': '[top=16,left=16,bottom=16,right=16]' },
    children: graph.nodes.map(elkNode),
    edges: graph.edges.map(elkEdge),
  });
  const layout: Mutable<GraphLayout> = { width: root.width ?? 0, height: root.height ?? 0, containers: [], scopes: [], nodes: [], edges: [] };
  collect(root, graph, layout);
  return layout;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer I)[] ? I[] : T[K] };

function elkNode(node: GraphNode): ElkNode {
  if (node.scopes.length === 0) return { id: node.id, ...nodeSize(node) };
  return {
    id: node.id,
    // Branches side by side, in definition order: all in one layer of a top-to-bottom layout.
    layoutOptions: { ...LAYERED, ...SIDE_BY_SIDE, 'elk.padding': CONTAINER_PADDING },
    children: node.scopes.map((scope) => ({
      id: scope.id,
      layoutOptions: { ...LAYERED, 'elk.padding': SCOPE_PADDING },
      children: scope.nodes.map(elkNode),
      edges: scope.edges.map(elkEdge),
    })),
  };
}

function elkEdge(edge: GraphEdge): ElkExtendedEdge {
  const labels = edge.label === undefined ? [] : [{ text: edge.label, width: edge.label.length * LABEL_CHAR_WIDTH + 8, height: LABEL_HEIGHT }];
  return { id: edge.id, sources: [edge.source], targets: [edge.target], labels };
}

function nodeSize(node: GraphNode): { width: number; height: number } {
  if (node.type === 'Start' || node.type === 'End') return MARKER_SIZE;
  return { width: Math.max(MIN_NODE_WIDTH, node.name.length * CHAR_WIDTH + 36), height: NODE_HEIGHT };
}

function collect(elk: ElkNode, scope: GraphScope, into: Mutable<GraphLayout>): void {
  const byId = new Map((elk.children ?? []).map((child) => [child.id, child]));
  for (const node of scope.nodes) {
    const laid = byId.get(node.id);
    if (!laid) continue;
    (node.scopes.length > 0 ? into.containers : into.nodes).push({ node, ...box(laid) });
    const scopes = new Map((laid.children ?? []).map((child) => [child.id, child]));
    for (const child of node.scopes) {
      const laidScope = scopes.get(child.id);
      if (!laidScope) continue;
      into.scopes.push({ scope: child, ...box(laidScope) });
      collect(laidScope, child, into);
    }
  }
  const edges = new Map(scope.edges.map((edge) => [edge.id, edge]));
  for (const laid of elk.edges ?? []) {
    const edge = edges.get(laid.id);
    if (edge) into.edges.push(edgeRoute(edge, laid));
  }
}

function edgeRoute(edge: GraphEdge, laid: ElkExtendedEdge): LaidOutEdge {
  const points = (laid.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
  const label = laid.labels?.[0];
  return { edge, points, ...(label && edge.label !== undefined && { label: { ...box(label), text: edge.label } }) };
}

function box(shape: { x?: number; y?: number; width?: number; height?: number }): Box {
  return { x: shape.x ?? 0, y: shape.y ?? 0, width: shape.width ?? 0, height: shape.height ?? 0 };
}
