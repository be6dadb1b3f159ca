import type { TaskJob } from '@lib/contracts';

/** A JSON value, as task inputs and results travel between processes. */
export type Json = TaskJob['input'];
