import { useState } from 'react';
import { api } from '../api/api-client';
import type { PendingCallback } from '../api/api-types';
import { parseJson } from '../json-text';
import { arnName, EmptyState, ErrorBanner, formatDate, JsonView } from '../ui/common';
import { JsonEditor } from '../ui/json-editor';
import { executionPath, Link } from '../ui/router';
import { useAction, useApi } from '../ui/use-api';

/** Refresh of the inbox while it is open. */
const INBOX_REFRESH_MS = 3_000;

/** Tasks waiting for someone: `.waitForTaskToken` callbacks and activity tasks, each answered with success or failure. */
export function InboxPage() {
  const inbox = useApi(() => api.pendingCallbacks(), 'inbox', INBOX_REFRESH_MS);
  const tasks = inbox.data?.tasks ?? [];
  return (
    <section className="page">
      <div className="page-header">
        <h1>Inbox</h1>
        <span className="muted">Tasks waiting for an answer: approve one with an output, or fail it.</span>
      </div>
      <ErrorBanner error={inbox.error} />
      {inbox.data && tasks.length === 0 && (
        <EmptyState title="Nothing is waiting">
          A Task whose Resource ends in <code>.waitForTaskToken</code>, or an activity task, shows up here until someone answers it.
        </EmptyState>
      )}
      <div className="inbox">
        {tasks.map((task) => (
          <CallbackCard key={task.taskToken} task={task} onAnswered={inbox.reload} />
        ))}
      </div>
    </section>
  );
}

function CallbackCard({ task, onAnswered }: { task: PendingCallback; onAnswered: () => void }) {
  const [output, setOutput] = useState('{\n  "approved": true\n}');
  const [error, setError] = useState('Rejected');
  const [cause, setCause] = useState('');
  const answer = useAction();
  const syntax = parseJson(output).error;
  const send = (call: () => Promise<unknown>) => void answer.run(call).then((done) => done && onAnswered());
  return (
    <article className="panel callback" data-testid="callback" data-state-name={task.stateName} data-execution-arn={task.executionArn}>
      <div className="panel-header">
        <h3>{task.stateName}</h3>
        <span className="muted">
          of <Link to={executionPath(task.executionArn)}>{arnName(task.executionArn)}</Link> ({arnName(task.stateMachineArn)}) · waiting since {formatDate(task.scheduledDate)}
        </span>
      </div>
      <div className="callback-body">
        <div>
          <h4>Input</h4>
          <JsonView value={task.input} />
          <div className="muted small">{task.resource}</div>
        </div>
        <div>
          <h4>Output</h4>
          <JsonEditor label="Output" value={output} onChange={setOutput} rows={6} marks={syntax ? [{ severity: 'ERROR', text: `JSON syntax: ${syntax}` }] : []} />
          <div className="actions">
            <button type="button" className="primary" disabled={answer.busy || Boolean(syntax)} onClick={() => send(() => api.sendTaskSuccess(task.taskToken, JSON.parse(output)))}>
              Send success
            </button>
          </div>
          <h4>Or fail it</h4>
          <div className="inline-fields">
            <input aria-label="Error" placeholder="Error" value={error} onChange={(event) => setError(event.target.value)} />
            <input aria-label="Cause" placeholder="Cause" value={cause} onChange={(event) => setCause(event.target.value)} />
            <button type="button" className="danger" disabled={answer.busy} onClick={() => send(() => api.sendTaskFailure(task.taskToken, error, cause))}>
              Send failure
            </button>
          </div>
        </div>
      </div>
      <ErrorBanner error={answer.error} />
    </article>
  );
}
