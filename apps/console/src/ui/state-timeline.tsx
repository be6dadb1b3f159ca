import type { StateRun } from '../status/state-run';
import { formatDuration } from './common';
import { STATE_STATUS_COLORS } from './status-colors';

/** Every state run as a bar from its entry to its exit, on the execution's time axis. */
export function StateTimeline({ runs, start, end }: { runs: readonly StateRun[]; start: number; end: number }) {
  if (runs.length === 0) return <p className="muted">No state has been entered yet.</p>;
  const span = Math.max(1, end - start);
  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-axis">
        <span>0</span>
        <span>{formatDuration(span)}</span>
      </div>
      {runs.map((run) => {
        const to = run.exitedAt ?? end;
        const colors = STATE_STATUS_COLORS[run.status];
        return (
          <div key={run.key} className="timeline-row" title={`${run.name}: ${colors.label}, ${formatDuration(to - run.enteredAt)}`}>
            <span className="timeline-name">
              {run.name}
              {run.iteration !== undefined && <span className="muted"> [{run.iteration}]</span>}
            </span>
            <span className="timeline-track">
              <span
                className="timeline-bar"
                style={{ left: `${((run.enteredAt - start) / span) * 100}%`, width: `max(3px, ${((to - run.enteredAt) / span) * 100}%)`, background: colors.stroke }}
              />
            </span>
            <span className="timeline-duration">{formatDuration(to - run.enteredAt)}</span>
          </div>
        );
      })}
    </div>
  );
}
