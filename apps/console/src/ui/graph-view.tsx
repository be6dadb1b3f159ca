import { useMemo } from 'react';
import { parseDefinition } from '../graph/asl-definition';
import { definitionGraph, type GraphScope } from '../graph/definition-graph';
import type { LaidOutEdge, LaidOutNode, LaidOutScope } from '../graph/graph-layout';
import type { NodeView } from '../status/node-views';
import type { MapProgress } from '../status/state-run';
import { ErrorBanner } from './common';
import { PanZoom } from './pan-zoom';
import { STATE_STATUS_COLORS } from './status-colors';
import { useGraphLayout } from './use-graph-layout';

/**
 * A definition drawn as a graph. With `views` (an execution), every state is coloured by its
 * status; without, states are drawn neutral. Clicking a state calls `onSelect`.
 */
export interface GraphViewProps {
  readonly graph: GraphScope | undefined;
  readonly views?: ReadonlyMap<string, NodeView>;
  readonly selected?: string;
  readonly onSelect?: (nodeId: string) => void;
}

/** The graph of a definition's text; undefined while the text is not a JSON object. */
export function useDefinitionGraph(text: string | undefined): GraphScope | undefined {
  return useMemo(() => {
    const definition = text === undefined ? undefined : parseDefinition(text);
    return definition && definitionGraph(definition);
  }, [text]);
}

const EDGE_COLORS = { catch: '#ea580c', choice: '#475569', default: '#475569', next: '#64748b', start: '#94a3b8', end: '#94a3b8' };

export function GraphView({ graph, views, selected, onSelect }: GraphViewProps) {
  const { layout, error } = useGraphLayout(graph);
  if (error) return <ErrorBanner error={error} />;
  if (!layout) return <div className="graph-placeholder">Laying out the graph…</div>;
  const statusOf = (id: string) => (views ? (views.get(id)?.status ?? 'notReached') : undefined);
  return (
    <PanZoom width={layout.width} height={layout.height}>
      <defs>
        {Object.entries(EDGE_COLORS).map(([kind, color]) => (
          <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={color} />
          </marker>
        ))}
      </defs>
      {layout.containers.map((laid) => (
        <Container key={laid.node.id} laid={laid} status={statusOf(laid.node.id)} map={views?.get(laid.node.id)?.map} selected={selected === laid.node.id} onSelect={onSelect} />
      ))}
      {layout.scopes.map((laid) => (
        <ScopeBox key={laid.scope.id} laid={laid} />
      ))}
      {layout.edges.map((laid) => (
        <Edge key={laid.edge.id} laid={laid} />
      ))}
      {layout.nodes.map((laid) => (
        <StateNode key={laid.node.id} laid={laid} status={statusOf(laid.node.id)} selected={selected === laid.node.id} onSelect={onSelect} />
      ))}
    </PanZoom>
  );
}

interface NodeProps {
  readonly laid: LaidOutNode;
  readonly status: NodeView['status'] | undefined;
  readonly selected: boolean;
  readonly onSelect?: (nodeId: string) => void;
}

function nodeAttributes({ laid, status, onSelect }: NodeProps) {
  return {
    'data-testid': 'graph-node',
    'data-node-id': laid.node.id,
    'data-name': laid.node.name,
    'data-type': laid.node.type,
    'data-status': status ?? 'none',
    ...(onSelect && { 'data-clickable': true, onClick: () => onSelect(laid.node.id), className: 'clickable' }),
  };
}

function StateNode(props: NodeProps) {
  const { laid, status, selected } = props;
  const colors = STATE_STATUS_COLORS[status ?? 'notReached'];
  const marker = laid.node.type === 'Start' || laid.node.type === 'End';
  if (marker) {
    return (
      <g data-testid="graph-marker" data-name={laid.node.name}>
        <rect x={laid.x} y={laid.y} width={laid.width} height={laid.height} rx={laid.height / 2} fill="#f1f5f9" stroke="#94a3b8" />
        <text x={laid.x + laid.width / 2} y={laid.y + laid.height / 2 + 4} textAnchor="middle" className="marker-text">
          {laid.node.name}
        </text>
      </g>
    );
  }
  return (
    <g {...nodeAttributes(props)}>
      <title>{`${laid.node.name} (${laid.node.type})${status ? ` — ${colors.label}` : ''}`}</title>
      <rect x={laid.x} y={laid.y} width={laid.width} height={laid.height} rx={8} fill={colors.fill} stroke={selected ? '#0f172a' : colors.stroke} strokeWidth={selected ? 2.5 : 1.5} />
      <text x={laid.x + laid.width / 2} y={laid.y + 20} textAnchor="middle" className="node-name">
        {laid.node.name}
      </text>
      <text x={laid.x + laid.width / 2} y={laid.y + 36} textAnchor="middle" className="node-type">
        {laid.node.type}
        {status && status !== 'notReached' ? ` · ${colors.label}` : ''}
      </text>
    </g>
  );
}

function Container(props: NodeProps & { map?: MapProgress }) {
  const { laid, status, selected, map } = props;
  const colors = STATE_STATUS_COLORS[status ?? 'notReached'];
  return (
    <g {...nodeAttributes(props)}>
      <rect x={laid.x} y={laid.y} width={laid.width} height={laid.height} rx={10} fill={status && status !== 'notReached' ? colors.fill : '#f8fafc'} fillOpacity={0.55} stroke={selected ? '#0f172a' : colors.stroke} strokeWidth={selected ? 2.5 : 1.5} />
      <text x={laid.x + 12} y={laid.y + 21} className="node-name">
        {laid.node.name}
        <tspan className="node-type" dx={8}>
          {laid.node.type}
          {status && status !== 'notReached' ? ` · ${colors.label}` : ''}
          {map ? ` · ${mapProgressText(map)}` : ''}
        </tspan>
      </text>
    </g>
  );
}

export function mapProgressText(map: MapProgress): string {
  const total = map.total ?? '?';
  return `${map.succeeded}/${total} done${map.failed ? `, ${map.failed} failed` : ''}${map.aborted ? `, ${map.aborted} aborted` : ''}`;
}

function ScopeBox({ laid }: { laid: LaidOutScope }) {
  return (
    <g data-testid="graph-scope" data-scope-id={laid.scope.id}>
      <rect x={laid.x} y={laid.y} width={laid.width} height={laid.height} rx={8} fill="#ffffff" fillOpacity={0.7} stroke="#cbd5e1" strokeDasharray="4 3" />
      <text x={laid.x + 8} y={laid.y + 16} className="scope-label">
        {laid.scope.label}
      </text>
    </g>
  );
}

function Edge({ laid }: { laid: LaidOutEdge }) {
  const { edge, points, label } = laid;
  const color = EDGE_COLORS[edge.kind];
  const d = points.map((point, index) => `${index === 0 ? 'M' : 'L'} ${point.x} ${point.y}`).join(' ');
  return (
    <g data-testid="graph-edge" data-source={edge.source} data-target={edge.target} data-kind={edge.kind} data-label={edge.label ?? ''}>
      <path d={d} fill="none" stroke={color} strokeWidth={1.4} strokeDasharray={edge.kind === 'catch' ? '6 4' : undefined} markerEnd={`url(#arrow-${edge.kind})`} />
      {label && (
        <g className="edge-label">
          <rect x={label.x} y={label.y} width={label.width} height={label.height} rx={4} fill="#ffffff" stroke={edge.kind === 'catch' ? color : '#e2e8f0'} />
          <text x={label.x + label.width / 2} y={label.y + label.height / 2 + 4} textAnchor="middle" fill={edge.kind === 'catch' ? color : '#334155'}>
            {label.text}
          </text>
        </g>
      )}
    </g>
  );
}
