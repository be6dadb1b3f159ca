import type { RunningTask } from '../api/api-types';
import type { GraphNode } from '../graph/definition-graph';
import { mapIterations } from '../status/map-iterations';
import type { NodeView } from '../status/node-views';
import type { StateRun } from '../status/state-run';
import { formatDate, formatDuration, JsonView, StateStatusBadge } from './common';
import { mapProgressText } from './graph-view';
import { STATE_STATUS_COLORS } from './status-colors';

/** Most Map iterations offered as buttons; the rest are reached through the history. */
const MAX_ITERATION_BUTTONS = 200;

export interface StateDetailsProps {
  readonly node: GraphNode;
  readonly view: NodeView | undefined;
  readonly allRuns: readonly StateRun[];
  readonly tasks: readonly RunningTask[];
  /** The iteration opened in this node, when it is a Map. */
  readonly openIteration?: number;
  readonly onOpenIteration: (index: number | undefined) => void;
}

/** The clicked state: status, attempts, timings, input, output, error and cause; a Map's iterations; a running Task's job. */
export function StateDetails({ node, view, allRuns, tasks, openIteration, onOpenIteration }: StateDetailsProps) {
  const run = view?.runs[view.runs.length - 1];
  const jobs = tasks.filter((task) => task.stateName === node.name);
  return (
    <div className="state-details" data-testid="state-details">
      <div className="panel-header">
        <h3>{node.name}</h3>
        <span className="muted">{node.type}</span>
        <StateStatusBadge status={view?.status ?? 'notReached'} />
      </div>
      {!run && <p className="muted">Not reached (yet) in this execution.</p>}
      {run && (
        <dl className="facts">
          <dt>Entered</dt>
          <dd>{formatDate(run.enteredAt)}</dd>
          <dt>Duration</dt>
          <dd>{run.exitedAt !== undefined ? formatDuration(run.exitedAt - run.enteredAt) : 'still running'}</dd>
          {run.attempts > 0 && (
            <>
              <dt>Attempts</dt>
              <dd data-testid="attempts">{run.attempts}</dd>
            </>
          )}
          {view && view.runs.length > 1 && (
            <>
              <dt>Runs</dt>
              <dd>{view.runs.length} (the latest is shown)</dd>
            </>
          )}
        </dl>
      )}
      {jobs.map((job) => (
        <div key={job.jobId} className="notice" data-testid="task-job">
          Attempt {job.attempt} is job <a href={job.bullBoardUrl} target="_blank" rel="noreferrer">{job.jobId}</a> on queue <code>{job.queue}</code> ({job.state})
          {job.worker ? (
            <>
              , held by worker <code>{job.worker}</code>
            </>
          ) : (
            ', not yet taken by a worker'
          )}
          .
        </div>
      ))}
      {view?.map && run && <MapIterations map={view.map} mapRun={run} allRuns={allRuns} open={openIteration} onOpen={onOpenIteration} />}
      {run?.error !== undefined && (
        <div className="error">
          <strong>{run.error}</strong> {run.cause}
        </div>
      )}
      {run && (
        <>
          <h4>Input</h4>
          <JsonView value={run.input} testId="state-input" />
          <h4>Output</h4>
          <JsonView value={run.output} testId="state-output" />
        </>
      )}
    </div>
  );
}

function MapIterations({ map, mapRun, allRuns, open, onOpen }: { map: NonNullable<NodeView['map']>; mapRun: StateRun; allRuns: readonly StateRun[]; open?: number; onOpen: (index: number | undefined) => void }) {
  const iterations = mapIterations(mapRun, allRuns).slice(0, MAX_ITERATION_BUTTONS);
  return (
    <div className="iterations">
      <h4 data-testid="map-progress">{mapProgressText(map)}</h4>
      <div className="iteration-buttons">
        <button type="button" className={open === undefined ? 'selected' : undefined} onClick={() => onOpen(undefined)}>
          all
        </button>
        {iterations.map(({ index, status }) => (
          <button
            type="button"
            key={index}
            className={open === index ? 'selected' : undefined}
            style={{ borderColor: STATE_STATUS_COLORS[status].stroke, background: STATE_STATUS_COLORS[status].fill }}
            title={`iteration ${index}: ${STATE_STATUS_COLORS[status].label}`}
            onClick={() => onOpen(index)}
          >
            {index}
          </button>
        ))}
      </div>
      <p className="muted">Open an iteration to colour the item processor by that iteration alone.</p>
    </div>
  );
}
