import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/api-client';
import type { ExecutionDescription } from '../api/api-types';
import { nodesById } from '../graph/definition-graph';
import { collectStateRuns } from '../status/collect-state-runs';
import { eventTime, payload } from '../status/history-event';
import { nodeViews } from '../status/node-views';
import { arnName, ErrorBanner, ExecutionStatusBadge, formatDate, JsonView } from '../ui/common';
import { GraphView, useDefinitionGraph } from '../ui/graph-view';
import { HistoryTable } from '../ui/history-table';
import { Link, stateMachinePath } from '../ui/router';
import { StateDetails } from '../ui/state-details';
import { StateTimeline } from '../ui/state-timeline';
import { STATE_STATUS_COLORS } from '../ui/status-colors';
import { useAction, useApi } from '../ui/use-api';
import { useLiveHistory } from '../ui/use-live-history';

/** How often the running Task attempts (BullMQ jobs) are read while the execution runs. */
const TASKS_REFRESH_MS = 2_000;
const REDRIVABLE = new Set(['FAILED', 'ABORTED', 'TIMED_OUT']);

/** One execution, live: the graph coloured by status, the clicked state's details, the history and a timeline. */
export function ExecutionPage({ executionArn }: { executionArn: string }) {
  const execution = useApi(() => api.describeExecution(executionArn), executionArn);
  // The definition this execution runs: its state machine may have been updated since.
  const machine = useApi(() => api.stateMachineForExecution(executionArn), executionArn);
  const live = useLiveHistory(executionArn, execution.data?.redriveCount ?? 0);
  const running = live.endStatus === undefined && execution.data?.status === 'RUNNING';
  const tasks = useApi(() => (running ? api.runningTasks(executionArn) : Promise.resolve({ tasks: [] })), `${executionArn}|${running}`, running ? TASKS_REFRESH_MS : undefined);
  const [selected, setSelected] = useState<string>();
  const [iterations, setIterations] = useState<ReadonlyMap<string, number>>(new Map());
  const [tab, setTab] = useState<'events' | 'timeline'>('events');
  const now = useNow(running);
  const action = useAction();

  const { reload } = execution;
  useEffect(() => {
    if (live.endStatus) reload();
  }, [live.endStatus, reload]);
  const graph = useDefinitionGraph(machine.data?.definition);
  const runs = useMemo(() => (graph ? collectStateRuns(graph, live.events) : { runs: [] }), [graph, live.events]);
  const views = useMemo(() => nodeViews(runs.runs, iterations), [runs, iterations]);
  const node = selected && graph ? nodesById(graph).get(selected) : undefined;

  if (!execution.data) return <section className="page">{execution.error ? <ErrorBanner error={execution.error} action={<Link to="/executions">Back to executions</Link>} /> : <p className="muted">Loading…</p>}</section>;
  const described: ExecutionDescription = execution.data;
  const status = live.endStatus ?? described.status;
  const start = live.events.length > 0 ? eventTime(live.events[0]) : Date.parse(described.startDate);
  const act = (call: () => Promise<unknown>) => void action.run(call).then((done) => done && reload());

  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>
            {described.name} <span data-testid="execution-status"><ExecutionStatusBadge status={status} /></span>
          </h1>
          <div className="subtitle">
            <Link to={stateMachinePath(described.stateMachineArn)}>{arnName(described.stateMachineArn)}</Link> · started {formatDate(described.startDate)}
            {described.stopDate && ` · ended ${formatDate(described.stopDate)}`}
          </div>
        </div>
        <div className="actions">
          {status === 'RUNNING' && (
            <button type="button" className="danger" disabled={action.busy} onClick={() => act(() => api.stopExecution(executionArn))}>
              Stop
            </button>
          )}
          {REDRIVABLE.has(status) && (
            <button type="button" disabled={action.busy} onClick={() => act(() => api.redriveExecution(executionArn))}>
              Redrive
            </button>
          )}
        </div>
      </div>
      <ErrorBanner error={action.error ?? machine.error} />
      {live.problem && <div className="notice">{live.problem}</div>}
      <div className="split execution-split">
        <div className="panel graph-panel">
          <GraphView graph={graph} views={views} selected={selected} onSelect={setSelected} />
          <Legend />
        </div>
        <div className="panel side-panel">
          {node ? (
            <StateDetails
              node={node}
              view={views.get(node.id)}
              allRuns={runs.runs}
              tasks={tasks.data?.tasks ?? []}
              openIteration={iterations.get(node.id)}
              onOpenIteration={(index) => setIterations(withIteration(iterations, node.id, index))}
            />
          ) : (
            <ExecutionSummary execution={described} />
          )}
        </div>
      </div>
      <div className="tabs">
        <button type="button" className={tab === 'events' ? 'selected' : undefined} onClick={() => setTab('events')}>
          Events ({live.events.length})
        </button>
        <button type="button" className={tab === 'timeline' ? 'selected' : undefined} onClick={() => setTab('timeline')}>
          Timeline
        </button>
      </div>
      {tab === 'events' ? <HistoryTable events={live.events} runs={runs.runs} /> : <StateTimeline runs={runs.runs} start={start} end={runs.ended?.at ?? now} />}
    </section>
  );
}

function ExecutionSummary({ execution }: { execution: ExecutionDescription }) {
  return (
    <div>
      <p className="muted">Click a state to see its input, output, error and attempts.</p>
      {execution.error !== undefined && (
        <div className="error">
          <strong>{execution.error}</strong> {execution.cause}
        </div>
      )}
      <h4>Execution input</h4>
      <JsonView value={payload(execution.input)} />
      <h4>Execution output</h4>
      <JsonView value={payload(execution.output)} />
    </div>
  );
}

function Legend() {
  return (
    <div className="legend">
      {Object.entries(STATE_STATUS_COLORS).map(([status, colors]) => (
        <span key={status}>
          <i style={{ background: colors.fill, borderColor: colors.stroke }} /> {colors.label}
        </span>
      ))}
    </div>
  );
}

function withIteration(selection: ReadonlyMap<string, number>, mapNodeId: string, index: number | undefined): ReadonlyMap<string, number> {
  const next = new Map(selection);
  if (index === undefined) next.delete(mapNodeId);
  else next.set(mapNodeId, index);
  return next;
}

/** The clock, ticking every second while `ticking`, for the timeline of a running execution. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
