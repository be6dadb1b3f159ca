import { Injectable, Logger } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import type { HistoryEvent } from '@lib/asl';
import { HistoryEventType } from '@lib/contracts';
import type { ExecutionRecord, LateTaskResult, TransitionObserver } from '@lib/engine';

/** The status an execution ends in, by the history event that ends it. */
const END_STATUS: Readonly<Record<string, string>> = {
  [HistoryEventType.ExecutionSucceeded]: 'SUCCEEDED',
  [HistoryEventType.ExecutionFailed]: 'FAILED',
  [HistoryEventType.ExecutionAborted]: 'ABORTED',
  [HistoryEventType.ExecutionTimedOut]: 'TIMED_OUT',
};

/**
 * Counts what this coordinator's orchestrator commits, from the events of each transition: no
 * Redis round trip. Each transition is committed by one coordinator, so the sum over replicas
 * counts each once.
 */
@Injectable()
export class ExecutionMetrics implements TransitionObserver {
  private readonly started: Counter<'state_machine'>;
  private readonly ended: Counter<'state_machine' | 'status'>;
  private readonly transitions: Counter<'state_machine'>;
  private readonly lateResults: Counter;
  private readonly logger = new Logger('Orchestrator');

  constructor(registry: Registry) {
    const registers = [registry];
    this.started = new Counter({ name: 'stepwise_executions_started_total', help: 'Executions started', labelNames: ['state_machine'], registers });
    this.ended = new Counter({
      name: 'stepwise_executions_ended_total',
      help: 'Executions ended, by status (SUCCEEDED, FAILED, ABORTED, TIMED_OUT)',
      labelNames: ['state_machine', 'status'],
      registers,
    });
    this.transitions = new Counter({ name: 'stepwise_transitions_total', help: 'Transitions committed by this coordinator', labelNames: ['state_machine'], registers });
    this.lateResults = new Counter({
      name: 'stepwise_task_results_discarded_total',
      help: 'Task results that arrived after their execution stopped or their task timed out',
      registers,
    });
  }

  taskResultDiscarded(late: LateTaskResult): void {
    this.lateResults.inc();
    this.logger.warn(`late task result discarded: execution ${late.executionId}, run ${late.runId}, wait ${late.awaitId} (run ${late.status ?? 'gone'})`);
  }

  transitionCommitted(execution: Pick<ExecutionRecord, 'stateMachineName'>, events: readonly HistoryEvent[]): void {
    const state_machine = execution.stateMachineName;
    this.transitions.inc({ state_machine });
    for (const event of events) {
      if (event.type === HistoryEventType.ExecutionStarted) this.started.inc({ state_machine });
      const status = END_STATUS[event.type];
      if (status !== undefined) this.ended.inc({ state_machine, status });
    }
  }
}
