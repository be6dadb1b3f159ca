import type { HistoryEvent, StateMachineDefinition } from '@lib/asl';
import { createEngine, type Engine, type ExecutionRecord } from '@lib/engine';
import { pause, startTestStack, type TestStack } from './support/test-stack';

/**
 * Chaos: Redis with AOF, two coordinators and two workers as real processes; 200 executions of a
 * workflow with Task, Retry, Catch, Wait, Parallel and Map; one coordinator and one worker killed
 * with SIGKILL mid-run and restarted, and Redis killed and restarted. Every execution must end
 * with the right output and a history with every event exactly once.
 */
const EXECUTIONS = 200;
const fn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;

const definition = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Parameters: { 'n.$': '$.n', 'items.$': '$.items' }, Next: 'Work' },
    Work: { Type: 'Task', Resource: fn('work'), ResultPath: '$.worked', Next: 'Fan' },
    Fan: {
      Type: 'Parallel',
      ResultPath: '$.fan',
      Branches: [
        {
          StartAt: 'Each',
          States: {
            Each: {
              Type: 'Map',
              ItemsPath: '$.items',
              MaxConcurrency: 2,
              ItemProcessor: { StartAt: 'Double', States: { Double: { Type: 'Task', Resource: fn('double'), End: true } } },
              End: true,
            },
          },
        },
        {
          StartAt: 'Flaky',
          States: { Flaky: { Type: 'Task', Resource: fn('flaky'), Retry: [{ ErrorEquals: ['Transient'], IntervalSeconds: 1 }], End: true } },
        },
        {
          StartAt: 'Boom',
          States: {
            Boom: { Type: 'Task', Resource: fn('boom'), Catch: [{ ErrorEquals: ['Boom'], ResultPath: '$.caught', Next: 'Recovered' }], End: true },
            Recovered: { Type: 'Pass', Parameters: { 'error.$': '$.caught.Error' }, End: true },
          },
        },
      ],
      Next: 'Pause',
    },
    Pause: { Type: 'Wait', Seconds: 1, Next: 'Finish' },
    Finish: { Type: 'Task', Resource: fn('work'), OutputPath: '$.fan', End: true },
  },
} as StateMachineDefinition;

const expectedOutput = (n: number) => [[2 * n, 2 * n + 2, 2 * n + 4], { attempt: 2 }, { error: 'Boom' }];

/** How many of each event one execution writes, with each event exactly once. */
const EXPECTED_EVENT_COUNTS: Record<string, number> = {
  ExecutionStarted: 1,
  ExecutionSucceeded: 1,
  TaskStateEntered: 7,
  TaskStateExited: 7,
  LambdaFunctionScheduled: 8,
  LambdaFunctionStarted: 8,
  LambdaFunctionSucceeded: 6,
  LambdaFunctionFailed: 2,
  MapIterationStarted: 3,
  MapIterationSucceeded: 3,
  ParallelStateStarted: 1,
  WaitStateEntered: 1,
  WaitStateExited: 1,
};

function checkHistory(history: HistoryEvent[]): string[] {
  const problems: string[] = [];
  history.forEach((e, i) => {
    if (e.id !== i + 1) problems.push(`event ${i + 1} has id ${e.id}`);
    if (!(e.previousEventId < e.id)) problems.push(`event ${e.id} links to ${e.previousEventId}`);
  });
  const counts: Record<string, number> = {};
  for (const e of history) counts[e.type] = (counts[e.type] ?? 0) + 1;
  for (const [type, count] of Object.entries(EXPECTED_EVENT_COUNTS)) {
    if (counts[type] !== count) problems.push(`${count} ${type} expected, ${counts[type] ?? 0} found`);
  }
  if (history.at(-1)?.type !== 'ExecutionSucceeded') problems.push(`ends with ${history.at(-1)?.type}`);
  return problems;
}

describe('chaos: processes and Redis killed mid-run', () => {
  let stack: TestStack;
  let client: Engine | undefined;

  beforeAll(async () => {
    stack = await startTestStack({ coordinators: 2, workers: 2, appendOnly: true, fastRecovery: true });
    client = await createEngine({ redisUrl: stack.redis.url, orchestrate: false, onError: () => undefined });
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await stack?.stop();
  }, 60_000);

  it(`brings ${EXECUTIONS} executions to the right end through SIGKILLs of a coordinator, a worker and Redis`, async () => {
    const engine = client as Engine;
    const started: ExecutionRecord[] = [];
    const starting = (async () => {
      for (let i = 0; i < EXECUTIONS; i += 20) {
        const batch = Array.from({ length: Math.min(20, EXECUTIONS - i) }, (_, j) => i + j);
        started.push(
          ...(await Promise.all(
            batch.map((n) =>
              engine.executions.start({
                definition,
                stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:chaos',
                stateMachineName: 'chaos',
                name: `run-${n}`,
                input: { n, items: [n, n + 1, n + 2] },
              }),
            ),
          )),
        );
        await pause(50);
      }
    })();

    await pause(1_500);
    const { coordinators, workers, redis } = stack;
    await coordinators[0].kill();
    await workers[0].kill();
    await pause(1_000);
    await Promise.all([coordinators[0].restart(), workers[0].restart()]);
    await pause(1_000);
    await redis.kill();
    await pause(500);
    await redis.restart();
    await starting;

    const deadline = Date.now() + 180_000;
    const ended = new Map<string, ExecutionRecord>();
    while (ended.size < started.length && Date.now() < deadline) {
      for (const e of started) {
        if (ended.has(e.arn)) continue;
        const now = await engine.executions.describe(e.arn);
        if (now.status !== 'RUNNING') ended.set(e.arn, now);
      }
      if (ended.size < started.length) await pause(500);
    }

    expect(started).toHaveLength(EXECUTIONS);
    const failures: string[] = [];
    for (const e of started) {
      const end = ended.get(e.arn);
      const n = (e.input as { n: number }).n;
      if (!end) {
        failures.push(`${e.name}: still RUNNING`);
        continue;
      }
      if (end.status !== 'SUCCEEDED') failures.push(`${e.name}: ${end.status} ${end.error} ${end.cause}`);
      else if (JSON.stringify(end.output) !== JSON.stringify(expectedOutput(n))) failures.push(`${e.name}: output ${JSON.stringify(end.output)}`);
      const problems = checkHistory(await engine.executions.history(e.arn));
      if (problems.length > 0) failures.push(`${e.name}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
