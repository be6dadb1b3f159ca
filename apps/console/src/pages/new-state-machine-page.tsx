import { useState, type FormEvent } from 'react';
import { api } from '../api/api-client';
import { ErrorBanner } from '../ui/common';
import { DefinitionEditor } from '../ui/definition-editor';
import { GraphView, useDefinitionGraph } from '../ui/graph-view';
import { navigate, stateMachinePath } from '../ui/router';
import { useAction } from '../ui/use-api';

const STARTER = JSON.stringify(
  {
    Comment: 'A first state machine: edit it, the graph follows',
    StartAt: 'Hello',
    States: { Hello: { Type: 'Pass', Result: { hello: 'world' }, Next: 'Done' }, Done: { Type: 'Succeed' } },
  },
  null,
  2,
);

/** Write a definition (the graph is drawn as you type), name it and create it. */
export function NewStateMachinePage() {
  const [name, setName] = useState('');
  const [type, setType] = useState('STANDARD');
  const [definition, setDefinition] = useState(STARTER);
  const [valid, setValid] = useState(true);
  const create = useAction();
  const graph = useDefinitionGraph(definition);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let arn = '';
    const done = await create.run(async () => (arn = (await api.createStateMachine(name.trim(), definition, type)).stateMachineArn));
    if (done) navigate(stateMachinePath(arn));
  };
  return (
    <form className="page" onSubmit={submit}>
      <div className="page-header">
        <h1>New state machine</h1>
        <div className="inline-fields">
          <input aria-label="Name" placeholder="Name, e.g. order-workflow" value={name} onChange={(event) => setName(event.target.value)} required maxLength={80} />
          <select aria-label="Type" value={type} onChange={(event) => setType(event.target.value)}>
            <option value="STANDARD">Standard</option>
            <option value="EXPRESS">Express</option>
          </select>
          <button type="submit" className="primary" disabled={create.busy || !valid || !name.trim()}>
            Create
          </button>
        </div>
      </div>
      <ErrorBanner error={create.error} />
      <div className="split">
        <div className="panel graph-panel">{graph ? <GraphView graph={graph} /> : <div className="graph-placeholder">Fix the JSON to see the graph.</div>}</div>
        <div className="panel">
          <DefinitionEditor value={definition} type={type} onChange={setDefinition} onValidity={setValid} />
        </div>
      </div>
    </form>
  );
}
