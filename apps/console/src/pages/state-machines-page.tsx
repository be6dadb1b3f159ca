import { api } from '../api/api-client';
import type { StateMachineListItem } from '../api/api-types';
import { EmptyState, ErrorBanner, ExecutionStatusBadge, formatDate, TableHead } from '../ui/common';
import { Link, navigate, stateMachinePath } from '../ui/router';
import { useApi } from '../ui/use-api';

/** Every state machine, with how many of its executions are in each status. */
export function StateMachinesPage() {
  const machines = useApi(() => api.listStateMachines(), 'machines');
  const list = machines.data?.stateMachines ?? [];
  return (
    <section className="page">
      <div className="page-header">
        <h1>State machines</h1>
        <button type="button" className="primary" onClick={() => navigate('/state-machines/new')}>
          New state machine
        </button>
      </div>
      <ErrorBanner error={machines.error} />
      {machines.data && list.length === 0 && (
        <EmptyState title="No state machines yet">
          Create one with <strong>New state machine</strong>, or from the AWS CLI:
          <pre>aws stepfunctions create-state-machine --endpoint-url http://localhost:8080 --name hello --role-arn arn:aws:iam::123456789012:role/x --definition file://hello.asl.json</pre>
        </EmptyState>
      )}
      {list.length > 0 && (
        <table className="table" data-testid="state-machines">
          <TableHead columns={['Name', 'Type', 'Created', 'Executions']} />
          <tbody>
            {list.map((machine) => (
              <MachineRow key={machine.stateMachineArn} machine={machine} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MachineRow({ machine }: { machine: StateMachineListItem }) {
  const executions = useApi(() => api.listExecutions({ stateMachineArn: machine.stateMachineArn, maxResults: 1000 }), machine.stateMachineArn);
  const counts = new Map<string, number>();
  for (const execution of executions.data?.executions ?? []) counts.set(execution.status, (counts.get(execution.status) ?? 0) + 1);
  return (
    <tr>
      <td>
        <Link to={stateMachinePath(machine.stateMachineArn)}>{machine.name}</Link>
      </td>
      <td>{machine.type}</td>
      <td>{formatDate(machine.creationDate)}</td>
      <td className="counts">
        {executions.data && counts.size === 0 && <span className="muted">none yet</span>}
        {[...counts].map(([status, count]) => (
          <span key={status} className="count">
            <ExecutionStatusBadge status={status} /> {count}
            {executions.data?.nextToken ? '+' : ''}
          </span>
        ))}
      </td>
    </tr>
  );
}
