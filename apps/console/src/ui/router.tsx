import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/** A tiny history router under /ui: the coordinator answers every /ui path with the app. */
const UI_BASE = '/ui';

const NAVIGATED = 'stepwise:navigate';

/** The path inside the console, e.g. `/executions/<arn>`. */
export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return path;
}

function currentPath(): string {
  const path = window.location.pathname.startsWith(UI_BASE) ? window.location.pathname.slice(UI_BASE.length) : window.location.pathname;
  return path === '' ? '/' : path;
}

export function navigate(path: string): void {
  window.history.pushState(null, '', `${UI_BASE}${path}`);
  window.dispatchEvent(new Event(NAVIGATED));
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const follow = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={`${UI_BASE}${to}`} onClick={follow} className={className}>
      {children}
    </a>
  );
}

export const executionPath = (executionArn: string) => `/executions/${encodeURIComponent(executionArn)}`;
export const stateMachinePath = (stateMachineArn: string) => `/state-machines/${encodeURIComponent(stateMachineArn)}`;
