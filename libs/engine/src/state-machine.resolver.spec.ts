import { pickVersion } from './state-machine.resolver';

describe(pickVersion.name, () => {
  const alias = { routingConfiguration: [{ stateMachineVersionArn: 'v1', weight: 30 }, { stateMachineVersionArn: 'v2', weight: 70 }] };

  it.each([[0, 'v1'], [0.29, 'v1'], [0.3, 'v2'], [0.999, 'v2']])('sends a draw of %d to %s', (draw, version) => {
    expect(pickVersion(alias, draw)).toBe(version);
  });

  it('never picks a version of weight 0', () => {
    const all = { routingConfiguration: [{ stateMachineVersionArn: 'v1', weight: 100 }, { stateMachineVersionArn: 'v2', weight: 0 }] };
    expect([0, 0.5, 0.9999999].map((d) => pickVersion(all, d))).toEqual(['v1', 'v1', 'v1']);
  });
});
