import { jobIds, taskOutcomeJob, type TaskJob, type TaskOutcome, type TransitionJob } from './jobs';

/**
 * The Redis stream workers append task outcomes to, under BullMQ's key prefix (in the queues'
 * hash tag). Coordinators read it as one consumer group, many entries per read.
 */
export function taskOutcomeStream(queuePrefix: string): string {
  return `${queuePrefix}:stepwise-outcomes`;
}

/** The consumer group every coordinator reads the outcome stream in. */
export const TASK_OUTCOME_GROUP = 'coordinators';

/** One outcome on the stream: the transition's id (the same for every report of one attempt) and its job. */
export interface TaskOutcomeEntry {
  readonly id: string;
  readonly job: TransitionJob;
}

/** The field-value pairs of a task attempt's outcome entry, as `XADD` takes them. */
export function taskOutcomeEntryFields(task: Pick<TaskJob, 'executionId' | 'runId' | 'awaitId'>, outcome: TaskOutcome): string[] {
  return ['id', jobIds.taskOutcome(task), 'job', JSON.stringify(taskOutcomeJob(task, outcome))];
}

/** Reads an entry's fields as `XREADGROUP` returns them; undefined for an entry that is not an outcome. */
export function readTaskOutcomeEntry(fields: readonly string[] | null): TaskOutcomeEntry | undefined {
  if (!fields) return undefined;
  let id: string | undefined;
  let job: string | undefined;
  for (let i = 0; i + 1 < fields.length; i += 2) {
    if (fields[i] === 'id') id = fields[i + 1];
    else if (fields[i] === 'job') job = fields[i + 1];
  }
  if (id === undefined || job === undefined) return undefined;
  try {
    return { id, job: JSON.parse(job) as TransitionJob };
  } catch {
    return undefined;
  }
}
