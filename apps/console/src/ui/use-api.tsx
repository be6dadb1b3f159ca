import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-client';

/** Tells the app shell that the API asked for a key (401), so it can ask the user for one. */
export const UnauthorizedContext = createContext<() => void>(() => undefined);

export interface Loaded<T> {
  readonly data?: T;
  readonly error?: Error;
  readonly loading: boolean;
  reload(): void;
}

/** Loads `load()` on mount and whenever `key` changes; `reload()` loads again (keeping the old data meanwhile). */
export function useApi<T>(load: () => Promise<T>, key: string, refreshMs?: number): Loaded<T> {
  const unauthorized = useContext(UnauthorizedContext);
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const latest = useRef(load);
  latest.current = load;
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    latest.current().then(
      (data) => current && setState({ data, loading: false }),
      (error: Error) => {
        if (!current) return;
        if (error instanceof ApiError && error.unauthorized) unauthorized();
        setState((previous) => ({ data: previous.data, error, loading: false }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation, unauthorized]);

  useEffect(() => {
    if (!refreshMs) return;
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs, reload]);

  return { ...state, reload };
}

/** Runs an action (a button's), keeping its error to show and reporting a 401. */
export function useAction(): { busy: boolean; error: Error | undefined; run: (action: () => Promise<unknown>) => Promise<boolean>; clear(): void } {
  const unauthorized = useContext(UnauthorizedContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setBusy(true);
      setError(undefined);
      try {
        await action();
        return true;
      } catch (caught) {
        if (caught instanceof ApiError && caught.unauthorized) unauthorized();
        setError(caught as Error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [unauthorized],
  );
  return { busy, error, run, clear: () => setError(undefined) };
}
