import { Registry } from 'prom-client';
import type { TaskContext } from '@lib/worker-sdk';
import { TaskMetrics } from './task.metrics';

describe(TaskMetrics.name, () => {
  it('times each handler, by outcome, and passes results and failures through', async () => {
    const registry = new Registry();
    const handlers = new TaskMetrics(registry).timed({
      double: (input) => (input as number) * 2,
      broken: async () => {
        throw new Error('no');
      },
    });
    const ctx = {} as TaskContext;
    expect(await handlers.double(21, ctx)).toBe(42);
    await expect(handlers.broken(null, ctx)).rejects.toThrow('no');
    const text = await registry.metrics();
    expect(text).toContain('stepwise_task_duration_seconds_count{handler="double",outcome="succeeded"} 1');
    expect(text).toContain('stepwise_task_duration_seconds_count{handler="broken",outcome="failed"} 1');
  });
});
