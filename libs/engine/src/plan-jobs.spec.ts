import { newRun, type Command, type StepResult } from '@lib/asl';
import { QueueName, jobIds, taskQueueName, type TransitionJob } from '@lib/contracts';
import { executionRecord } from '../../../test/support/execution-record.fixture';
import { planJobs } from './plan-jobs';
import { Keys } from './keys';

describe(planJobs.name, () => {
  const execution = executionRecord({ id: 'e1' });
  const task: Command = {
    kind: 'RunTask',
    awaitId: 3,
    stateName: 'Charge',
    resource: 'arn:aws:lambda:us-east-1:123456789012:function:charge',
    handler: 'charge',
    input: { amount: 5 },
    attempt: 1,
    timeoutSeconds: 30,
    heartbeatSeconds: 10,
  };
  const stepped: StepResult = { snapshot: newRun({ input: {} }), events: [], commands: [task] };
  const plan = (unserved: string[]) => planJobs(execution, 'r', { snapshot: newRun({ input: {} }), version: 1 }, stepped, 0, new Keys('sfn'), new Map(), new Set(unserved));

  it('sends a task to its handler\'s queue with its timeout and heartbeat timers', () => {
    const jobs = plan([]).jobs;
    expect(jobs.map((j) => [j.queue, j.opts.jobId, j.opts.delay])).toEqual([
      [taskQueueName('charge'), jobIds.task({ executionId: 'e1', runId: 'r', awaitId: 3 }), undefined],
      [QueueName.Coordinator, 'e1.r.3.timeout', 30_000],
      [QueueName.Coordinator, 'e1.r.3.heartbeat.1', 10_000],
    ]);
  });

  it('fails a task whose handler no worker ever served at once, with no task job and no timers', () => {
    const jobs = plan(['charge']).jobs;
    expect(jobs).toHaveLength(1);
    expect(jobs[0].opts.jobId).toBe(jobIds.taskOutcome({ executionId: 'e1', runId: 'r', awaitId: 3 }));
    expect((jobs[0].data as TransitionJob).events).toEqual([
      { type: 'TaskStarted', awaitId: 3 },
      expect.objectContaining({ type: 'TaskFailed', awaitId: 3, error: 'Lambda.ResourceNotFoundException' }),
    ]);
  });
});
