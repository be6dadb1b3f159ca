import type { JsonObject } from '../json';
import { checkExpressRules } from './express.pass';
import { validationContext, type WorkflowType } from './validation-context';

const task = (resource: string) => ({ StartAt: 'T', States: { T: { Type: 'Task', Resource: resource, End: true } } });
const run = (root: JsonObject, type: WorkflowType = 'EXPRESS') => checkExpressRules(validationContext(root, type)).map((d) => [d.message, d.location]);

describe('checkExpressRules', () => {
  it('refuses callbacks, with the trailing space AWS puts in that message', () => {
    expect(run(task('arn:aws:states:::sqs:sendMessage.waitForTaskToken'))).toEqual([
      ["Express state machine does not support '.waitForTaskToken' service integration ", '/States/T/Resource'],
    ]);
  });

  it('refuses .sync and .sync:2 jobs, and activities', () => {
    expect(run(task('arn:aws:states:::states:startExecution.sync:2'))).toEqual([
      ["Express state machine does not support '.sync' service integration", '/States/T/Resource'],
    ]);
    expect(run(task('arn:aws:states:us-east-1:111111111111:activity:a'))).toEqual([
      ['Express state machine does not support Activity ARN', '/States/T/Resource'],
    ]);
  });

  it('refuses Distributed Map with STANDARD children, inside nested scopes too', () => {
    const map = (executionType: string) => ({
      Type: 'Map',
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: executionType }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      End: true,
    });
    const root = { StartAt: 'Par', States: { Par: { Type: 'Parallel', Branches: [{ StartAt: 'M', States: { M: map('STANDARD') } }], End: true } } };
    expect(run(root)).toEqual([
      [
        "Express state machine does not support Distributed Map with 'STANDARD' child executions",
        '/States/Par/Branches[0]/States/M/ItemProcessor/ProcessorConfig/ExecutionType',
      ],
    ]);
    expect(run({ StartAt: 'M', States: { M: map('EXPRESS') } })).toEqual([]);
  });

  it('allows all of it in a STANDARD machine, and request-response in EXPRESS', () => {
    expect(run(task('arn:aws:states:::sqs:sendMessage.waitForTaskToken'), 'STANDARD')).toEqual([]);
    expect(run(task('arn:aws:states:::lambda:invoke'))).toEqual([]);
  });
});
