import { ExecutionStatus, TERMINAL_EXECUTION_STATUSES } from './execution-status';
import { HistoryEventType } from './history-event-type';
import { QueueName } from './queue-name';

describe('contracts', () => {
  it('spells every history event type as its key, as the AWS API does', () => {
    const entries = Object.entries(HistoryEventType);
    expect(entries).toHaveLength(62);
    for (const [key, value] of entries) expect(value).toBe(key);
  });

  it('uses queue names that BullMQ accepts and that are distinct', () => {
    const names = Object.values(QueueName);
    for (const name of names) expect(name).not.toContain(':');
    expect(new Set(names).size).toBe(names.length);
  });

  it('treats RUNNING and PENDING_REDRIVE as non-terminal', () => {
    expect(TERMINAL_EXECUTION_STATUSES).not.toContain(ExecutionStatus.Running);
    expect(TERMINAL_EXECUTION_STATUSES).not.toContain(ExecutionStatus.PendingRedrive);
    expect(TERMINAL_EXECUTION_STATUSES).toHaveLength(4);
  });
});
