import { parseTaskResource } from './task-resource';

describe('parseTaskResource', () => {
  it.each([
    ['arn:aws:lambda:us-east-1:111111111111:function:my-fn', { kind: 'lambdaFunction' }],
    ['arn:aws:lambda:us-east-1:111111111111:function:my-fn:$LATEST', { kind: 'lambdaFunction' }],
    ['arn:aws:states:us-east-1:111111111111:activity:work', { kind: 'activity' }],
    ['arn:aws:states:::lambda:invoke', { kind: 'integration', service: 'lambda', action: 'invoke', pattern: 'requestResponse' }],
    ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', { kind: 'integration', pattern: 'waitForTaskToken' }],
    ['arn:aws:states:::states:startExecution.sync:2', { kind: 'integration', service: 'states', pattern: 'sync:2' }],
    ['arn:aws:states:::aws-sdk:s3:listObjectsV2', { kind: 'integration', service: 'aws-sdk', action: 's3:listObjectsV2' }],
    ['arn:aws-cn:states:::sagemaker:createTrainingJob.sync', { kind: 'integration', service: 'sagemaker', pattern: 'sync' }],
  ])('recognizes %s', (arn, expected) => {
    expect(parseTaskResource(arn)).toMatchObject(expected);
  });

  it.each([
    ['an action the optimized integration lacks', 'arn:aws:states:::dynamodb:query'],
    ['an unknown service', 'arn:aws:states:::nosuchservice:doIt'],
    ['.sync on a service without jobs', 'arn:aws:states:::lambda:invoke.sync'],
    ['a callback on a service without callbacks', 'arn:aws:states:::dynamodb:getItem.waitForTaskToken'],
    ['.sync:2 outside Step Functions', 'arn:aws:states:::batch:submitJob.sync:2'],
    ['.sync on an SDK call', 'arn:aws:states:::aws-sdk:s3:getObject.sync'],
    ['a name that is no ARN', 'my-function'],
  ])('refuses %s', (_, arn) => {
    expect(parseTaskResource(arn)).toBeNull();
  });
});
