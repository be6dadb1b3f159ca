import { Registry } from 'prom-client';
import type { HistoryEvent } from '@lib/asl';
import { ExecutionMetrics } from './execution.metrics';

const event = (type: string, id: number): HistoryEvent => ({ id, previousEventId: id - 1, timestamp: 0, type }) as HistoryEvent;

describe(ExecutionMetrics.name, () => {
  it('counts starts, ends by status and transitions per state machine from the committed events', async () => {
    const registry = new Registry();
    const metrics = new ExecutionMetrics(registry);
    metrics.transitionCommitted({ stateMachineName: 'orders' }, [event('ExecutionStarted', 1), event('PassStateEntered', 2)]);
    metrics.transitionCommitted({ stateMachineName: 'orders' }, [event('PassStateExited', 3), event('ExecutionSucceeded', 4)]);
    metrics.transitionCommitted({ stateMachineName: 'billing' }, [event('ExecutionStarted', 1), event('ExecutionTimedOut', 2)]);
    const text = await registry.metrics();
    expect(text).toContain('stepwise_executions_started_total{state_machine="orders"} 1');
    expect(text).toContain('stepwise_executions_ended_total{state_machine="orders",status="SUCCEEDED"} 1');
    expect(text).toContain('stepwise_executions_ended_total{state_machine="billing",status="TIMED_OUT"} 1');
    expect(text).toContain('stepwise_transitions_total{state_machine="orders"} 2');
    expect(text).not.toContain('status="FAILED"');
  });

  it('counts task results that arrived too late to be applied', async () => {
    const registry = new Registry();
    const metrics = new ExecutionMetrics(registry);
    metrics.taskResultDiscarded({ executionId: 'e1', runId: 'r', awaitId: 3, status: 'ABORTED' });
    metrics.taskResultDiscarded({ executionId: 'e2', runId: 'r', awaitId: 1 });
    expect(await registry.metrics()).toContain('stepwise_task_results_discarded_total 2');
  });
});
