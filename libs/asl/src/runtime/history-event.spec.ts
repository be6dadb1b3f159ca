import { awsDetailsKey, toAwsHistoryEvent } from './history-event';

describe('awsDetailsKey', () => {
  it.each([
    ['TaskStateEntered', 'stateEnteredEventDetails'],
    ['MapStateExited', 'stateExitedEventDetails'],
    ['ExecutionStarted', 'executionStartedEventDetails'],
    ['ExecutionTimedOut', 'executionTimedOutEventDetails'],
    ['TaskScheduled', 'taskScheduledEventDetails'],
    ['LambdaFunctionSucceeded', 'lambdaFunctionSucceededEventDetails'],
    ['MapIterationStarted', 'mapIterationStartedEventDetails'],
    ['MapStateStarted', 'mapStateStartedEventDetails'],
  ])('puts %s details under %s', (type, key) => {
    expect(awsDetailsKey(type)).toBe(key);
  });
});

describe('toAwsHistoryEvent', () => {
  it('moves details under the AWS key and leaves an event without details alone', () => {
    const event = { id: 2, previousEventId: 1, timestamp: 5, type: 'PassStateEntered', details: { name: 'P' } };
    expect(toAwsHistoryEvent(event)).toEqual({ id: 2, previousEventId: 1, timestamp: 5, type: 'PassStateEntered', stateEnteredEventDetails: { name: 'P' } });
    expect(toAwsHistoryEvent({ id: 3, previousEventId: 2, timestamp: 5, type: 'MapStateSucceeded' })).toEqual({
      id: 3,
      previousEventId: 2,
      timestamp: 5,
      type: 'MapStateSucceeded',
    });
  });
});
