import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import { parseJson } from '../json-text';
import { ErrorBanner, EmptyState, formatDate } from '../ui/common';
import { DefinitionEditor } from '../ui/definition-editor';
import { ExecutionsTable } from '../ui/executions-table';
import { GraphView, useDefinitionGraph } from '../ui/graph-view';
import { Link } from '../ui/router';
import { StartExecutionForm } from '../ui/start-execution-form';
import { useAction, useApi } from '../ui/use-api';

/** Refresh of the executions list while the page is open. */
const EXECUTIONS_REFRESH_MS = 5_000;

/** One state machine: its graph, its definition (editable), starting executions and its recent ones. */
export function StateMachinePage({ stateMachineArn }: { stateMachineArn: string }) {
  const machine = useApi(() => api.describeStateMachine(stateMachineArn), stateMachineArn);
  const executions = useApi(() => api.listExecutions({ stateMachineArn, maxResults: 50 }), stateMachineArn, EXECUTIONS_REFRESH_MS);
  const [draft, setDraft] = useState<string>();
  const [publish, setPublish] = useState(false);
  const [valid, setValid] = useState(true);
  const [starting, setStarting] = useState(false);
  const [saved, setSaved] = useState<string>();
  const save = useAction();
  const stored = machine.data && pretty(machine.data.definition);
  useEffect(() => setDraft(stored), [stored]);
  const graph = useDefinitionGraph(draft);

  if (!machine.data) return <section className="page">{machine.error ? <ErrorBanner error={machine.error} action={<Link to="/state-machines">Back to the list</Link>} /> : <p className="muted">Loading…</p>}</section>;
  const { name, type, creationDate } = machine.data;
  const changed = draft !== undefined && draft !== stored;

  const submit = async () => {
    let version: string | undefined;
    const done = await save.run(async () => (version = (await api.updateStateMachine(stateMachineArn, draft!, publish)).stateMachineVersionArn));
    if (!done) return;
    setSaved(version ? `Saved and published as ${version}` : 'Saved');
    machine.reload();
  };
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>{name}</h1>
          <div className="subtitle">
            {type} · created {formatDate(creationDate)} · <code>{stateMachineArn}</code>
          </div>
        </div>
        <button type="button" className="primary" onClick={() => setStarting(true)}>
          Start execution
        </button>
      </div>
      {starting && <StartExecutionForm stateMachineArn={stateMachineArn} onCancel={() => setStarting(false)} />}
      <div className="split">
        <div className="panel graph-panel">{graph ? <GraphView graph={graph} /> : <div className="graph-placeholder">Fix the JSON to see the graph.</div>}</div>
        <div className="panel">
          <div className="panel-header">
            <h3>Definition</h3>
            <label className="check">
              <input type="checkbox" checked={publish} onChange={(event) => setPublish(event.target.checked)} /> publish a version
            </label>
            <button type="button" className="primary" disabled={!changed || !valid || save.busy} onClick={submit}>
              Save
            </button>
          </div>
          <ErrorBanner error={save.error} />
          {saved && !changed && <div className="notice">{saved}</div>}
          {draft !== undefined && <DefinitionEditor value={draft} type={type} onChange={setDraft} onValidity={setValid} />}
        </div>
      </div>
      <h2>Executions</h2>
      <ErrorBanner error={executions.error} />
      {executions.data?.executions.length === 0 && <EmptyState title="No executions yet">Start one with Start execution above.</EmptyState>}
      {executions.data && executions.data.executions.length > 0 && <ExecutionsTable executions={executions.data.executions} showMachine={false} />}
    </section>
  );
}

function pretty(definition: string): string {
  const { value, error } = parseJson(definition);
  return error === undefined ? JSON.stringify(value, null, 2) : definition;
}
