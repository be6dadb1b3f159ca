import type { ExecutionListItem } from '../api/api-types';
import { arnName, ExecutionStatusBadge, formatDate, formatDuration, TableHead } from './common';
import { executionPath, Link, stateMachinePath } from './router';

/** Executions as a table: name (to its page), state machine, status, start, duration. */
export function ExecutionsTable({ executions, showMachine = true }: { executions: readonly ExecutionListItem[]; showMachine?: boolean }) {
  return (
    <table className="table" data-testid="executions">
      <TableHead columns={showMachine ? ['Name', 'State machine', 'Status', 'Started', 'Duration'] : ['Name', 'Status', 'Started', 'Duration']} />
      <tbody>
        {executions.map((execution) => (
          <tr key={execution.executionArn} data-execution-name={execution.name}>
            <td>
              <Link to={executionPath(execution.executionArn)}>{execution.name}</Link>
            </td>
            {showMachine && (
              <td>
                <Link to={stateMachinePath(execution.stateMachineArn)}>{arnName(execution.stateMachineArn)}</Link>
              </td>
            )}
            <td>
              <ExecutionStatusBadge status={execution.status} />
            </td>
            <td>{formatDate(execution.startDate)}</td>
            <td>{execution.stopDate ? formatDuration(Date.parse(execution.stopDate) - Date.parse(execution.startDate)) : <span className="muted">running</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
