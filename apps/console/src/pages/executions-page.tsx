import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import { EXECUTION_STATUSES, type ExecutionDescription, type ExecutionListItem } from '../api/api-types';
import { EmptyState, ErrorBanner } from '../ui/common';
import { inTimeRange, matchesText } from '../ui/execution-search';
import { ExecutionsTable } from '../ui/executions-table';
import { useApi } from '../ui/use-api';

/** Refresh of the list while the page is open. */
const LIST_REFRESH_MS = 5_000;

/**
 * Executions, filtered by status and state machine (by the API), by start time and by text in
 * the name, input or output (here: the input and output of each listed execution are fetched
 * once when a search needs them).
 */
export function ExecutionsPage() {
  const [status, setStatus] = useState('');
  const [machine, setMachine] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [pages, setPages] = useState(1);
  const machines = useApi(() => api.listStateMachines(), 'machines');
  const list = useApi(() => loadPages({ statusFilter: status || undefined, stateMachineArn: machine || undefined }, pages), `${status}|${machine}|${pages}`, LIST_REFRESH_MS);
  const described = useDescriptions(text.trim() ? (list.data?.executions ?? []) : []);
  const filter = { text, from: from ? Date.parse(from) : undefined, to: to ? Date.parse(to) : undefined };
  const shown = (list.data?.executions ?? []).filter((execution) => inTimeRange(execution, filter) && matchesText(execution, described.get(execution.executionArn), text));

  return (
    <section className="page">
      <div className="page-header">
        <h1>Executions</h1>
      </div>
      <div className="filters">
        <input type="search" aria-label="Search" placeholder="Search name, input or output" value={text} onChange={(event) => setText(event.target.value)} />
        <select aria-label="Status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">Any status</option>
          {EXECUTION_STATUSES.map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
        <select aria-label="State machine" value={machine} onChange={(event) => setMachine(event.target.value)}>
          <option value="">Any state machine</option>
          {(machines.data?.stateMachines ?? []).map((item) => (
            <option key={item.stateMachineArn} value={item.stateMachineArn}>
              {item.name}
            </option>
          ))}
        </select>
        <label>
          from <input type="datetime-local" aria-label="Started from" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          to <input type="datetime-local" aria-label="Started until" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
      </div>
      <ErrorBanner error={list.error} />
      {list.data && shown.length === 0 && (
        <EmptyState title={list.data.executions.length === 0 ? 'No executions yet' : 'No execution matches these filters'}>
          {list.data.executions.length === 0 ? 'Open a state machine and press Start execution, or call StartExecution from the AWS SDK.' : 'Clear a filter or widen the time range.'}
        </EmptyState>
      )}
      {shown.length > 0 && <ExecutionsTable executions={shown} />}
      {list.data?.nextToken && (
        <button type="button" onClick={() => setPages((n) => n + 1)}>
          Load more
        </button>
      )}
    </section>
  );
}

async function loadPages(filter: { statusFilter?: string; stateMachineArn?: string }, pages: number): Promise<{ executions: ExecutionListItem[]; nextToken?: string }> {
  const executions: ExecutionListItem[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < pages; page++) {
    const answer = await api.listExecutions({ ...filter, maxResults: 100, nextToken });
    executions.push(...answer.executions);
    nextToken = answer.nextToken;
    if (!nextToken) break;
  }
  return { executions, nextToken };
}

/** DescribeExecution of each execution, once, for searching their input and output. */
function useDescriptions(executions: readonly ExecutionListItem[]): ReadonlyMap<string, ExecutionDescription> {
  const [described, setDescribed] = useState<ReadonlyMap<string, ExecutionDescription>>(new Map());
  useEffect(() => {
    const missing = executions.filter((execution) => !described.has(execution.executionArn));
    if (missing.length === 0) return;
    let current = true;
    Promise.allSettled(missing.map((execution) => api.describeExecution(execution.executionArn))).then((results) => {
      if (!current) return;
      const next = new Map(described);
      // One that cannot be described is searched by name only, and not asked for again.
      results.forEach((result, index) => next.set(missing[index].executionArn, result.status === 'fulfilled' ? result.value : missing[index]));
      setDescribed(next);
    });
    return () => {
      current = false;
    };
  }, [executions, described]);
  return described;
}
