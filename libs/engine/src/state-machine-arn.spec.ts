import { splitStateMachineArn } from './state-machine-arn';

describe(splitStateMachineArn.name, () => {
  const machine = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';

  it('tells a plain ARN from a version ARN and an alias ARN', () => {
    expect(splitStateMachineArn(machine)).toEqual({ machineArn: machine });
    expect(splitStateMachineArn(`${machine}:12`)).toEqual({ machineArn: machine, qualifier: { kind: 'version', version: 12 } });
    expect(splitStateMachineArn(`${machine}:PROD`)).toEqual({ machineArn: machine, qualifier: { kind: 'alias', name: 'PROD' } });
  });

  it('answers undefined for other ARNs', () => {
    expect(splitStateMachineArn('arn:aws:states:us-east-1:123456789012:activity:a')).toBeUndefined();
    expect(splitStateMachineArn(`${machine}:1:2`)).toBeUndefined();
  });
});
