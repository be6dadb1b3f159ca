import { historyEventShape } from './history-event.shape';

describe('historyEventShape', () => {
  const exited = {
    id: 6,
    previousEventId: 5,
    timestamp: 1_700_000_000_123,
    type: 'PassStateExited',
    details: { name: 'P', output: { ok: true }, outputDetails: { truncated: false }, assignedVariables: { x: 1, s: 'text' } },
  };

  it('puts details under AWS’s key, payloads and variables as JSON text, the time in epoch seconds', () => {
    expect(historyEventShape(exited, true)).toEqual({
      id: 6,
      previousEventId: 5,
      timestamp: 1_700_000_000.123,
      type: 'PassStateExited',
      stateExitedEventDetails: { name: 'P', output: '{"ok":true}', outputDetails: { truncated: false }, assignedVariables: { x: '1', s: '"text"' } },
    });
  });

  it('sends a string payload as JSON text too, and a Task’s parameters', () => {
    const scheduled = { id: 3, previousEventId: 2, timestamp: 0, type: 'TaskScheduled', details: { resource: 'invoke', parameters: 'plain' } };
    expect(historyEventShape(scheduled, true).taskScheduledEventDetails).toEqual({ resource: 'invoke', parameters: '"plain"' });
  });

  it('leaves payloads out without execution data, and the rest of the details in', () => {
    const started = { id: 1, previousEventId: 0, timestamp: 0, type: 'ExecutionStarted', details: { input: { a: 1 }, inputDetails: { truncated: false }, roleArn: 'r' } };
    expect(historyEventShape(started, false).executionStartedEventDetails).toEqual({ inputDetails: { truncated: false }, roleArn: 'r' });
    expect(historyEventShape(exited, false).stateExitedEventDetails).toEqual({ name: 'P', outputDetails: { truncated: false } });
  });

  it('leaves an event without details without them', () => {
    expect(historyEventShape({ id: 2, previousEventId: 1, timestamp: 1000, type: 'MapStateSucceeded' }, true)).toEqual({
      id: 2,
      previousEventId: 1,
      timestamp: 1,
      type: 'MapStateSucceeded',
    });
  });
});
