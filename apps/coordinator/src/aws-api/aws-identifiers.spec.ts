import { checkAliasArn, checkExecutionArn, checkName, checkStateMachineArn, checkTaggableArn, checkVersionArn } from './aws-identifiers';

const awsErrorType = (check: () => void): string | undefined => {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as { type?: string }).type;
  }
};

describe('AWS identifiers', () => {
  it.each(['orders', 'Order_2024-01.v2', 'é-ü', '😀', 'x'.repeat(80)])('accepts the name %j', (name) => {
    expect(awsErrorType(() => checkName(name))).toBeUndefined();
  });

  it.each(['', 'x'.repeat(81), 'a b', 'a\tb', 'a<b', 'a{b', 'a[b', 'a?b', 'a*b', 'a"b', 'a#b', 'a%b', 'a\\b', 'a^b', 'a|b', 'a~b', 'a`b', 'a$b', 'a&b', 'a,b', 'a;b', 'a:b', 'a/b', 'a\u0000b', 'a\u0085b', '\ud800'])(
    'refuses the name %j with InvalidName',
    (name) => {
      expect(awsErrorType(() => checkName(name))).toBe('InvalidName');
    },
  );

  it('accepts state machine ARNs, plain or qualified, and refuses others with InvalidArn', () => {
    expect(awsErrorType(() => checkStateMachineArn('arn:aws:states:us-east-1:123456789012:stateMachine:orders'))).toBeUndefined();
    expect(awsErrorType(() => checkStateMachineArn('arn:aws:states:eu-west-1:123456789012:stateMachine:orders:3'))).toBeUndefined();
    for (const arn of [
      'orders',
      'arn:aws:lambda:us-east-1:123456789012:function:orders',
      'arn:aws:states:us-east-1:12345:stateMachine:orders',
      'arn:aws:states:us-east-1:123456789012:execution:orders:first',
      'arn:aws:states:us-east-1:123456789012:stateMachine:',
    ]) {
      expect(awsErrorType(() => checkStateMachineArn(arn))).toBe('InvalidArn');
    }
  });

  it('accepts Standard and Express execution ARNs and refuses others with InvalidArn', () => {
    expect(awsErrorType(() => checkExecutionArn('arn:aws:states:us-east-1:123456789012:execution:orders:first'))).toBeUndefined();
    expect(awsErrorType(() => checkExecutionArn('arn:aws:states:us-east-1:123456789012:express:orders:first:0f3c'))).toBeUndefined();
    for (const arn of ['arn:aws:states:us-east-1:123456789012:stateMachine:orders', 'arn:aws:states:us-east-1:123456789012:execution:orders', 'first']) {
      expect(awsErrorType(() => checkExecutionArn(arn))).toBe('InvalidArn');
    }
  });

  it('tells version ARNs from alias ARNs by their qualifier', () => {
    const machine = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
    expect(awsErrorType(() => checkVersionArn(`${machine}:12`))).toBeUndefined();
    expect(awsErrorType(() => checkAliasArn(`${machine}:PROD`))).toBeUndefined();
    for (const arn of [machine, `${machine}:PROD`, 'orders:1']) expect(awsErrorType(() => checkVersionArn(arn))).toBe('InvalidArn');
    for (const arn of [machine, `${machine}:12`]) expect(awsErrorType(() => checkAliasArn(arn))).toBe('InvalidArn');
  });

  it('accepts unqualified state machine and activity ARNs as taggable resources', () => {
    expect(checkTaggableArn('arn:aws:states:us-east-1:123456789012:stateMachine:orders')).toBe('stateMachine');
    expect(checkTaggableArn('arn:aws:states:us-east-1:123456789012:activity:review')).toBe('activity');
    for (const arn of ['arn:aws:states:us-east-1:123456789012:stateMachine:orders:1', 'arn:aws:states:us-east-1:123456789012:execution:orders:first']) {
      expect(awsErrorType(() => checkTaggableArn(arn))).toBe('InvalidArn');
    }
  });
});
