import { Fragment, useState } from 'react';
import { eventDetails, eventTime, payload, type HistoryEvent } from '../status/history-event';
import type { StateRun } from '../status/state-run';
import { formatDate, formatDuration, JsonView, TableHead } from './common';

/** The execution's history as AWS's console shows it: id, type, step, time since start; a row opens its details. */
export function HistoryTable({ events, runs }: { events: readonly HistoryEvent[]; runs: readonly StateRun[] }) {
  const [open, setOpen] = useState<number>();
  const stepOf = new Map(runs.flatMap((run) => run.eventIds.map((id) => [id, run.iteration === undefined ? run.name : `${run.name} [${run.iteration}]`] as const)));
  const start = events.length > 0 ? eventTime(events[0]) : 0;
  if (events.length === 0) return <p className="muted">No events yet.</p>;
  return (
    <table className="table compact" data-testid="history">
      <TableHead columns={['ID', 'Type', 'Step', 'Since start', 'Date and time']} />
      <tbody>
        {events.map((event) => (
          <Fragment key={event.id}>
            <tr className="clickable" data-event-type={event.type} onClick={() => setOpen(open === event.id ? undefined : event.id)}>
              <td>{event.id}</td>
              <td className={/Failed|TimedOut|Aborted/.test(event.type) ? 'event-bad' : undefined}>{event.type}</td>
              <td>{stepOf.get(event.id) ?? ''}</td>
              <td>{formatDuration(eventTime(event) - start)}</td>
              <td>{formatDate(eventTime(event))}</td>
            </tr>
            {open === event.id && (
              <tr>
                <td colSpan={5}>
                  <JsonView value={readable(eventDetails(event))} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** Details with their JSON-text payloads parsed, for reading. */
function readable(details: object): object {
  return Object.fromEntries(Object.entries(details).map(([key, value]) => [key, ['input', 'output', 'parameters'].includes(key) ? payload(value) : value]));
}
