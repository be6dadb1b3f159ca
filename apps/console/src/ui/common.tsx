import type { ReactNode } from 'react';
import { ApiError } from '../api/api-client';
import type { StateStatus } from '../status/state-run';
import { EXECUTION_STATUS_COLORS, STATE_STATUS_COLORS, type StatusColors } from './status-colors';

/** Small building blocks shared by every page. */

function Badge({ colors, label }: { colors: StatusColors; label: string }) {
  return (
    <span className="badge" style={{ color: colors.stroke, background: colors.fill, borderColor: colors.stroke }}>
      {label}
    </span>
  );
}

export function ExecutionStatusBadge({ status }: { status: string }) {
  const colors = EXECUTION_STATUS_COLORS[status] ?? STATE_STATUS_COLORS.notReached;
  return <Badge colors={colors} label={status} />;
}

export function StateStatusBadge({ status }: { status: StateStatus }) {
  return <Badge colors={STATE_STATUS_COLORS[status]} label={STATE_STATUS_COLORS[status].label} />;
}

/** What to show when a list is empty: what it is for and what to do. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <h3>{title}</h3>
      {children && <div className="empty-body">{children}</div>}
    </div>
  );
}

/** An error with the API's error type, and a hint where there is one. */
export function ErrorBanner({ error, action }: { error: Error | undefined; action?: ReactNode }) {
  if (!error) return null;
  const type = error instanceof ApiError ? error.error : error.name;
  const hint =
    error instanceof ApiError && error.unauthorized
      ? 'Enter an API key to continue.'
      : error instanceof TypeError
        ? 'The coordinator does not answer: check that it is running (npm start) and reload.'
        : undefined;
  return (
    <div className="error" role="alert">
      <strong>{type}</strong> {error.message}
      {hint && <div className="hint">{hint}</div>}
      {action && <div className="error-action">{action}</div>}
    </div>
  );
}

export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column}>{column}</th>
        ))}
      </tr>
    </thead>
  );
}

export function JsonView({ value, testId }: { value: unknown; testId?: string }) {
  if (value === undefined) return <span className="muted">—</span>;
  return (
    <pre className="json" data-testid={testId}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

export function formatDate(value: string | number | undefined): string {
  if (value === undefined) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** The name at the end of an ARN. */
export function arnName(arn: string): string {
  return arn.slice(arn.lastIndexOf(':') + 1);
}
