import { useState, type FormEvent } from 'react';
import { api } from '../api/api-client';
import { parseJson } from '../json-text';
import { ErrorBanner } from './common';
import { JsonEditor } from './json-editor';
import { executionPath, navigate } from './router';
import { useAction } from './use-api';

/** Start an execution of a state machine: an optional name and the input as JSON. */
export function StartExecutionForm({ stateMachineArn, onCancel }: { stateMachineArn: string; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [input, setInput] = useState('{\n  \n}');
  const start = useAction();
  const syntax = parseJson(input).error;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let arn = '';
    if (await start.run(async () => (arn = (await api.startExecution(stateMachineArn, JSON.parse(input), name.trim() || undefined)).executionArn))) navigate(executionPath(arn));
  };
  return (
    <form className="panel start-form" onSubmit={submit} data-testid="start-execution">
      <h3>Start an execution</h3>
      <input aria-label="Execution name" placeholder="Name (optional: a unique one is made up)" value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
      <JsonEditor label="Input" value={input} onChange={setInput} rows={8} marks={syntax ? [{ severity: 'ERROR', text: `JSON syntax: ${syntax}` }] : []} />
      <ErrorBanner error={start.error} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={start.busy || Boolean(syntax)}>
          Start
        </button>
      </div>
    </form>
  );
}
