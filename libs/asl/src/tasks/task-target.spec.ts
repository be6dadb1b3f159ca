import { taskTarget } from './task-target';

describe('taskTarget', () => {
  it.each`
    resource                                                               | input                                            | handler                | sent
    ${'arn:aws:lambda:us-east-1:111111111111:function:resize'}             | ${{ a: 1 }}                                      | ${'resize'}            | ${{ a: 1 }}
    ${'arn:aws:lambda:us-east-1:111111111111:function:resize:prod'}        | ${{ a: 1 }}                                      | ${'resize'}            | ${{ a: 1 }}
    ${'arn:aws:states:::lambda:invoke'}                                    | ${{ FunctionName: 'resize', Payload: { a: 1 } }} | ${'resize'}            | ${{ a: 1 }}
    ${'arn:aws:states:::lambda:invoke'}                                    | ${{ FunctionName: 'arn:aws:lambda:us-east-1:111111111111:function:resize:1', Payload: null }} | ${'resize'} | ${{}}
    ${'arn:aws:states:::lambda:invoke.waitForTaskToken'}                   | ${{ FunctionName: 'approve', Payload: '{"x":1}' }} | ${'approve'}         | ${{ x: 1 }}
    ${'arn:aws:states:us-east-1:111111111111:activity:review'}             | ${{ a: 1 }}                                      | ${'arn:aws:states:us-east-1:111111111111:activity:review'} | ${{ a: 1 }}
    ${'arn:aws:states:::http:invoke'}                                      | ${{ ApiEndpoint: 'http://x' }}                   | ${'http:invoke'}       | ${{ ApiEndpoint: 'http://x' }}
    ${'arn:aws:states:::states:startExecution.sync:2'}                    | ${{ StateMachineArn: 'x' }}                      | ${'states:startExecution'} | ${{ StateMachineArn: 'x' }}
    ${'arn:aws:states:::sqs:sendMessage'}                                  | ${{ a: 1 }}                                      | ${'arn:aws:states:::sqs:sendMessage'} | ${{ a: 1 }}
  `('sends $resource to $handler', ({ resource, input, handler, sent }) => {
    const target = taskTarget(resource, input);
    expect(target.handler).toBe(handler);
    expect(target.input).toEqual(sent);
  });

  it("marks lambda:invoke results for AWS's response wrapper, with its LogType", () => {
    expect(taskTarget('arn:aws:states:::lambda:invoke', { FunctionName: 'f', LogType: 'Tail' }).lambdaInvoke).toEqual({ logType: 'Tail' });
    expect(taskTarget('arn:aws:lambda:us-east-1:111111111111:function:f', {}).lambdaInvoke).toBeUndefined();
    expect(taskTarget('arn:aws:states:::lambda:invoke.waitForTaskToken', { FunctionName: 'f' }).lambdaInvoke).toBeUndefined();
  });
});
