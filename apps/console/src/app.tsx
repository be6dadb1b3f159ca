import { useCallback, useState } from 'react';
import { ExecutionPage } from './pages/execution-page';
import { ExecutionsPage } from './pages/executions-page';
import { InboxPage } from './pages/inbox-page';
import { NewStateMachinePage } from './pages/new-state-machine-page';
import { StateMachinePage } from './pages/state-machine-page';
import { StateMachinesPage } from './pages/state-machines-page';
import { ApiKeyPrompt } from './ui/api-key-prompt';
import { Link, usePath } from './ui/router';
import { UnauthorizedContext } from './ui/use-api';

const NAVIGATION = [
  { to: '/state-machines', label: 'State machines' },
  { to: '/executions', label: 'Executions' },
  { to: '/inbox', label: 'Inbox' },
];

/** The shell: a header with the sections, the page of the current path, and the API key prompt when the API asks for one. */
export function App() {
  const path = usePath();
  const [askForKey, setAskForKey] = useState(false);
  const [generation, setGeneration] = useState(0);
  const unauthorized = useCallback(() => setAskForKey(true), []);
  const section = NAVIGATION.find((item) => path.startsWith(item.to))?.to ?? '/state-machines';
  return (
    <UnauthorizedContext.Provider value={unauthorized}>
      <header className="topbar">
        <Link to="/state-machines" className="brand">
          <span className="brand-mark" /> Stepwise
        </Link>
        <nav>
          {NAVIGATION.map((item) => (
            <Link key={item.to} to={item.to} className={section === item.to ? 'active' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="topbar-right">
          <a href="/queues" target="_blank" rel="noreferrer">
            Queues ↗
          </a>
          <a href="/docs" target="_blank" rel="noreferrer">
            API ↗
          </a>
          <button type="button" className="link" onClick={() => setAskForKey(true)}>
            API key
          </button>
        </div>
      </header>
      <main key={generation}>
        <Page path={path} />
      </main>
      {askForKey && (
        <ApiKeyPrompt
          onDone={() => {
            setAskForKey(false);
            setGeneration((n) => n + 1);
          }}
        />
      )}
    </UnauthorizedContext.Provider>
  );
}

function Page({ path }: { path: string }) {
  const [, section, id] = path.split('/');
  const arn = id ? decodeURIComponent(id) : undefined;
  if (section === 'executions') return arn ? <ExecutionPage executionArn={arn} /> : <ExecutionsPage />;
  if (section === 'inbox') return <InboxPage />;
  if (section === 'state-machines' && arn === 'new') return <NewStateMachinePage />;
  if (section === 'state-machines' && arn) return <StateMachinePage stateMachineArn={arn} />;
  return <StateMachinesPage />;
}
