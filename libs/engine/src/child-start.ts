import { step, type Command, type StateMachineDefinition, type StepContext, type StepResult } from '@lib/asl';
import { childRunId } from './execution-record';

/**
 * Applies the Start of the children a step has just started, in the same transition as their
 * parent: a Map or Parallel then costs no start job per child. Only children left waiting on
 * something (a task, a timer) come back; one that ends at once keeps its start job, so its
 * completion reaches the parent through the inbox like any other.
 */
export async function startChildrenInline(
  definition: StateMachineDefinition,
  parentRunId: string,
  commands: readonly Command[],
  ids: EventIds,
  contextOf: (runId: string) => StepContext,
): Promise<Map<string, StepResult>> {
  const started = new Map<string, StepResult>();
  for (const command of commands) {
    if (command.kind !== 'StartChild') continue;
    const runId = childRunId(parentRunId, command.awaitId, command.index);
    const before = ids.last;
    // A copy: step changes the snapshot it is given, and a child that ends at once keeps its original.
    const fresh = { ...command.child, variables: { ...command.child.variables } };
    const result = await step(definition, fresh, { type: 'Start' }, contextOf(runId));
    if (result.snapshot.status === 'RUNNING') started.set(runId, result);
    else ids.last = before; // its events are not written: their ids go to the next
  }
  return started;
}

/** The last event id a transition has handed out, shared by the runs it steps. */
export interface EventIds {
  last: number;
}
