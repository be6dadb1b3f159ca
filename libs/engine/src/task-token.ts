import { randomUUID } from 'node:crypto';

/**
 * A task token says where its task waits (execution and run) and carries a random part, so
 * SendTask* needs no index that a crash could leave unwritten: it reads the run and checks that
 * it still waits on exactly this token.
 */
export function newTaskToken(executionId: string, runId: string): string {
  return `${executionId}.${runId}.${randomUUID()}`;
}

/** Where a token's task waits, or undefined when the text is not a Stepwise token. */
export function readTaskToken(token: string): { executionId: string; runId: string } | undefined {
  const m = /^([0-9a-f]{32})\.([0-9-]+|r(?:-\d+-\d+)*)\.[0-9a-f-]{36}$/.exec(token);
  return m ? { executionId: m[1], runId: m[2] } : undefined;
}
