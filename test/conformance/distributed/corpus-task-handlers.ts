import { seededEntropy, type Json, type TaskHandler as CaseTaskHandler } from '@lib/asl';
import { TaskFailure, type TaskHandler } from '@lib/worker-sdk';
import { HANDLER_ENTROPY_SEED } from '../conformance-environment';
import type { CorpusCase, HandlerSpec } from '../corpus-case';
import { buildTaskHandlers } from '../handler-kinds';
import { executionIdOfKey } from './execution-naming';
import { toAslTaskContext } from './task-context-adapter';

/** The handler specs of the case an execution runs; undefined when the execution is none of this run's. */
export type CaseSpecsLookup = (executionId: string) => Promise<Readonly<Record<string, HandlerSpec>> | undefined>;

/** Every handler name some execution case of the corpus registers, sorted. */
export function handlerNamesOf(cases: readonly CorpusCase[]): string[] {
  const names = new Set<string>();
  for (const c of cases) if (c.kind === 'execution') for (const name of Object.keys(c.handlers ?? {})) names.add(name);
  return [...names].sort();
}

/**
 * The worker SDK handlers serving a whole corpus. A name can mean different behaviours in
 * different cases, so each task is routed to the handlers of its execution's case, built with the
 * existing handler kinds once per execution, as local mode does: `failTimes` counts per execution
 * and Lambda request ids come from the same seeded entropy.
 */
export function buildCorpusTaskHandlers(names: readonly string[], specsOf: CaseSpecsLookup): Record<string, TaskHandler> {
  const byExecution = new Map<string, Promise<Record<string, CaseTaskHandler>>>();
  const handlersOf = (executionId: string): Promise<Record<string, CaseTaskHandler>> => {
    let handlers = byExecution.get(executionId);
    if (!handlers) {
      handlers = specsOf(executionId).then((specs) => {
        if (!specs) throw new Error(`execution ${executionId} is not a case of this conformance run`);
        return buildTaskHandlers(specs, seededEntropy(HANDLER_ENTROPY_SEED));
      });
      handlers.catch(() => byExecution.delete(executionId)); // a failed lookup is tried again next time
      byExecution.set(executionId, handlers);
    }
    return handlers;
  };

  const served: Record<string, TaskHandler> = {};
  for (const name of names) {
    served[name] = async (input, ctx) => {
      const handler = (await handlersOf(executionIdOfKey(ctx.idempotencyKey)))[name];
      if (!handler) throw TaskFailure.create({ error: 'States.TaskFailed', cause: `The case registers no handler '${name}'.` });
      try {
        return await handler(input as Json, toAslTaskContext(ctx, name));
      } catch (thrown) {
        throw asTaskFailure(thrown);
      }
    };
  }
  return served;
}

/** A handler kind's HandlerFailure becomes the SDK's TaskFailure with the same error and cause. */
function asTaskFailure(thrown: unknown): unknown {
  if ((thrown as Error | undefined)?.name !== 'HandlerFailure') return thrown;
  const { error, cause } = thrown as { error: string; cause?: string };
  return TaskFailure.create({ error, ...(cause !== undefined && { cause }) });
}
