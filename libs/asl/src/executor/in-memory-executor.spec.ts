import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { Json } from '../json';
import { seededEntropy } from '../runtime/entropy';
import { T0 } from '../runtime/test-step-context';
import { VirtualClock } from './clock';
import { execute, startExecution } from './execute';
import type { ExecuteOptions, TaskHandler } from './executor.types';

const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:work';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

const task = (fields: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'T', States: { T: { Type: 'Task', Resource: FUNCTION, End: true, ...fields } } }) as StateMachineDefinition;

function options(definition: StateMachineDefinition, handlers: Record<string, TaskHandler> = {}, input: Json = {}): ExecuteOptions {
  return { definition, input, handlers, clock: new VirtualClock(T0), entropy: seededEntropy(1) };
}

describe('in-memory executor: time', () => {
  it('finishes a one-year Wait at once, a year later in virtual time', async () => {
    const definition = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: YEAR_SECONDS, End: true } } } as StateMachineDefinition;
    const result = await execute(options(definition, {}, { a: 1 }));
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { a: 1 }, startDate: T0 });
    expect(result.stopDate - result.startDate).toBe(YEAR_SECONDS * 1000);
    expect(result.history.map((e) => e.type)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'WaitStateExited', 'ExecutionSucceeded']);
    expect(result.history[2].timestamp).toBe(T0 + YEAR_SECONDS * 1000);
  });

  it('waits out the exact retry backoff between attempts', async () => {
    const calls: number[] = [];
    const clock = new VirtualClock(T0);
    const handler: TaskHandler = (_input, context) => {
      calls.push(clock.now() - T0);
      if (context.attempt < 3) throw { error: 'Flaky', cause: `attempt ${context.attempt}` };
      return { attempt: context.attempt };
    };
    const definition = task({ Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 2, BackoffRate: 3 }] });
    const result = await execute({ ...options(definition, { work: handler }), clock });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { attempt: 3 } });
    expect(calls).toEqual([0, 2000, 8000]);
    expect(result.stopDate).toBe(T0 + 8000);
  });

  it('fails with States.Timeout when the handler sleeps past TimeoutSeconds, aborting its signal', async () => {
    let signal: AbortSignal | undefined;
    const handler: TaskHandler = async (_input, context) => {
      signal = context.signal;
      await context.sleep(10);
      return 'late';
    };
    const result = await execute(options(task({ TimeoutSeconds: 5 }), { work: handler }));
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout', cause: null });
    expect(result.stopDate).toBe(T0 + 5000);
    expect(result.history.map((e) => e.type)).toContain('LambdaFunctionTimedOut');
    expect(signal?.aborted).toBe(true);
  });

  it('succeeds when the handler finishes within TimeoutSeconds', async () => {
    const handler: TaskHandler = async (_input, context) => {
      await context.sleep(4);
      return 'in time';
    };
    const result = await execute(options(task({ TimeoutSeconds: 5 }), { work: handler }));
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'in time', stopDate: T0 + 4000 });
  });

  it('fails with States.HeartbeatTimeout when no heartbeat comes within HeartbeatSeconds', async () => {
    const handler: TaskHandler = async (_input, context) => {
      await context.sleep(10);
      return 'late';
    };
    const result = await execute(options(task({ TimeoutSeconds: 100, HeartbeatSeconds: 2 }), { work: handler }));
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout', cause: null, stopDate: T0 + 2000 });
  });

  it('keeps a task alive past HeartbeatSeconds while it sends heartbeats', async () => {
    const handler: TaskHandler = async (_input, context) => {
      for (let i = 0; i < 5; i++) {
        await context.sleep(1.5);
        context.heartbeat();
      }
      return 'alive';
    };
    const result = await execute(options(task({ HeartbeatSeconds: 2 }), { work: handler }));
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'alive', stopDate: T0 + 7500 });
  });

  it('times the execution out after its TimeoutSeconds', async () => {
    const definition = { TimeoutSeconds: 30, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } } as StateMachineDefinition;
    const result = await execute(options(definition));
    expect(result).toMatchObject({ status: 'TIMED_OUT', stopDate: T0 + 30_000 });
    expect(result.history.at(-1)?.type).toBe('ExecutionTimedOut');
  });

  it('keeps no more than MaxConcurrency Map iterations in their handlers at once', async () => {
    let active = 0;
    let peak = 0;
    const handler: TaskHandler = async (input, context) => {
      peak = Math.max(peak, ++active);
      await context.sleep(1);
      active--;
      return input;
    };
    const definition = {
      StartAt: 'M',
      States: { M: { Type: 'Map', MaxConcurrency: 2, ItemProcessor: task(), End: true } },
    } as StateMachineDefinition;
    const result = await execute(options(definition, { work: handler }, [1, 2, 3, 4, 5]));
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: [1, 2, 3, 4, 5] });
    expect(peak).toBe(2);
    expect(result.stopDate).toBe(T0 + 3000);
  });
});

describe('in-memory executor: stopping', () => {
  it('ends ABORTED on stop(), aborting the running handler', async () => {
    let signal: AbortSignal | undefined;
    let running!: () => void;
    const entered = new Promise<void>((resolve) => (running = resolve));
    const handler: TaskHandler = (_input, context) => {
      signal = context.signal;
      running();
      return new Promise<Json>(() => undefined);
    };
    const handle = startExecution(options(task(), { work: handler }));
    await entered;
    handle.stop('Stopped.ByUser', 'enough');
    const result = await handle.result;
    expect(result).toMatchObject({ status: 'ABORTED', error: 'Stopped.ByUser', cause: 'enough' });
    expect(result.history.slice(-2).map((e) => e.type)).toEqual(['TaskStateAborted', 'ExecutionAborted']);
    expect(signal?.aborted).toBe(true);
  });
});
