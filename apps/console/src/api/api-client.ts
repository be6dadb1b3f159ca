import { parseJson } from '../json-text';
import type {
  ExecutionDescription,
  ExecutionListItem,
  PendingCallback,
  RunningTask,
  StateMachineDescription,
  StateMachineListItem,
  ValidationResult,
} from './api-types';

/**
 * The console's only door to Stepwise: the public REST API under /v1, as any client would use
 * it. When API keys are configured, requests carry the key the user entered (`X-Api-Key`).
 */
const API_BASE = '/v1';

/** An answer other than 2xx, with the API's `{ error, message }` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  get unauthorized(): boolean {
    return this.status === 401;
  }
}

/** Where the API key is kept between visits: the browser's localStorage. */
interface KeyStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const API_KEY_ITEM = 'stepwise.apiKey';
const keyStore = (): KeyStore | undefined => (globalThis as { localStorage?: KeyStore }).localStorage;

export const apiKey = {
  get: (): string | undefined => keyStore()?.getItem(API_KEY_ITEM) ?? undefined,
  set: (key: string) => keyStore()?.setItem(API_KEY_ITEM, key),
  clear: () => keyStore()?.removeItem(API_KEY_ITEM),
};

const arn = encodeURIComponent;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const key = apiKey.get();
  const response = await fetch(`${API_BASE}${path}`, {
    method,
    headers: { ...(body !== undefined && { 'Content-Type': 'application/json' }), ...(key && { 'X-Api-Key': key }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed = text ? parseJson(text).value : undefined;
  if (!response.ok) {
    const { error, message } = (parsed ?? {}) as { error?: string; message?: string };
    throw new ApiError(response.status, error ?? `HTTP ${response.status}`, message ?? (text || response.statusText));
  }
  return parsed as T;
}

function query(params: Record<string, string | number | boolean | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== '');
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries.map(([name, value]): [string, string] => [name, String(value)]))}`;
}

export interface ExecutionFilter {
  readonly stateMachineArn?: string;
  readonly statusFilter?: string;
  readonly nextToken?: string;
  readonly maxResults?: number;
}

/** The largest page the API serves; the console lists every state machine, a page at a time. */
const STATE_MACHINE_PAGE = 1000;

export const api = {
  /** Every state machine, following the pages. */
  listStateMachines: async (): Promise<{ stateMachines: StateMachineListItem[] }> => {
    const stateMachines: StateMachineListItem[] = [];
    let nextToken: string | undefined;
    do {
      const page = await call<{ stateMachines: StateMachineListItem[]; nextToken?: string }>('GET', `/state-machines${query({ maxResults: STATE_MACHINE_PAGE, nextToken })}`);
      stateMachines.push(...page.stateMachines);
      nextToken = page.nextToken;
    } while (nextToken);
    return { stateMachines };
  },
  describeStateMachine: (machineArn: string) => call<StateMachineDescription>('GET', `/state-machines/${arn(machineArn)}`),
  createStateMachine: (name: string, definition: string, type: string) =>
    call<{ stateMachineArn: string }>('POST', '/state-machines', { name, definition, type }),
  updateStateMachine: (machineArn: string, definition: string, publish: boolean) =>
    call<{ updateDate: string; stateMachineVersionArn?: string }>('PUT', `/state-machines/${arn(machineArn)}`, { definition, publish }),
  validateDefinition: (definition: string, type?: string) => call<ValidationResult>('POST', '/state-machines/validate', { definition, ...(type && { type }) }),
  startExecution: (machineArn: string, input: unknown, name?: string) =>
    call<{ executionArn: string }>('POST', `/state-machines/${arn(machineArn)}/executions`, { input, ...(name && { name }) }),
  listExecutions: (filter: ExecutionFilter) => call<{ executions: ExecutionListItem[]; nextToken?: string }>('GET', `/executions${query({ ...filter })}`),
  describeExecution: (executionArn: string) => call<ExecutionDescription>('GET', `/executions/${arn(executionArn)}`),
  stateMachineForExecution: (executionArn: string) => call<{ definition: string }>('GET', `/executions/${arn(executionArn)}/state-machine`),
  stopExecution: (executionArn: string) => call<{ stopDate: string }>('POST', `/executions/${arn(executionArn)}/stop`, { error: 'Console.Stopped', cause: 'stopped from the console' }),
  redriveExecution: (executionArn: string) => call<{ redriveDate: string }>('POST', `/executions/${arn(executionArn)}/redrive`, {}),
  runningTasks: (executionArn: string) => call<{ tasks: RunningTask[] }>('GET', `/executions/${arn(executionArn)}/tasks`),
  pendingCallbacks: () => call<{ tasks: PendingCallback[] }>('GET', '/task-tokens'),
  sendTaskSuccess: (taskToken: string, output: unknown) => call<object>('POST', '/task-tokens/success', { taskToken, output }),
  sendTaskFailure: (taskToken: string, error: string, cause: string) => call<object>('POST', '/task-tokens/failure', { taskToken, error, cause }),
};

/** The URL of an execution's live event stream; EventSource cannot send headers, so the key rides in the query. */
export function eventStreamUrl(executionArn: string, after?: number): string {
  const key = apiKey.get();
  return `${API_BASE}/executions/${arn(executionArn)}/events${query({ after, apiKey: key })}`;
}
