import { parseTaskResource, recognizedTaskResource } from './task-resource';

describe('recognizedTaskResource', () => {
  it.each([
    ['arn:aws:lambda:us-east-1:111111111111:function:my-fn', { family: 'LambdaFunction', action: 'my-fn' }],
    ['arn:aws:lambda:us-east-1:111111111111:function:my-fn:$LATEST', { family: 'LambdaFunction', action: 'my-fn' }],
    ['arn:aws:states:us-east-1:111111111111:activity:work', { family: 'Activity' }],
    ['arn:aws:states:::lambda:invoke', { family: 'Task', service: 'lambda', action: 'invoke', pattern: 'request-response' }],
    ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', { family: 'Task', pattern: 'waitForTaskToken' }],
    ['arn:aws:states:::states:startExecution.sync:2', { family: 'Task', service: 'states', pattern: 'sync:2' }],
    ['arn:aws:states:::aws-sdk:s3:listObjectsV2', { family: 'Task', service: 'aws-sdk', action: 's3:listObjectsV2' }],
    ['arn:aws-cn:states:::sagemaker:createTrainingJob.sync', { family: 'Task', service: 'sagemaker', pattern: 'sync' }],
  ])('recognizes %s', (arn, expected) => {
    expect(recognizedTaskResource(arn)).toMatchObject(expected);
  });

  it.each([
    ['an action the optimized integration lacks', 'arn:aws:states:::dynamodb:query'],
    ['an unknown service', 'arn:aws:states:::nosuchservice:doIt'],
    ['.sync on a service without jobs', 'arn:aws:states:::lambda:invoke.sync'],
    ['a callback on a service without callbacks', 'arn:aws:states:::dynamodb:getItem.waitForTaskToken'],
    ['.sync:2 outside Step Functions', 'arn:aws:states:::batch:submitJob.sync:2'],
    ['.sync on an SDK call', 'arn:aws:states:::aws-sdk:s3:getObject.sync'],
    ['an integration with a region', 'arn:aws:states:us-east-1:111111111111:lambda:invoke'],
    ['a function name Lambda would refuse', 'arn:aws:lambda:us-east-1:111111111111:function:my.fn'],
    ['a name that is no ARN', 'my-function'],
  ])('refuses %s', (_, arn) => {
    expect(recognizedTaskResource(arn)).toBeUndefined();
  });
});

describe('parseTaskResource', () => {
  it('reads what runs more leniently than what a definition may name, with its event types', () => {
    expect(parseTaskResource('arn:aws:states:us-east-1:111111111111:lambda:invoke.waitForTaskToken')).toEqual({
      service: 'lambda',
      action: 'invoke',
      pattern: 'waitForTaskToken',
      family: 'Task',
      region: 'us-east-1',
      eventTypes: expect.objectContaining({ Scheduled: 'TaskScheduled' }),
    });
    expect(parseTaskResource('arn:aws:lambda:us-east-1:111111111111:function:my.fn')).toMatchObject({ family: 'LambdaFunction', action: 'my.fn' });
    expect(parseTaskResource('my-function')).toBeUndefined();
  });
});
