import { pickVersion } from './state-machine.resolver';

describe(pickVersion.name, () => {
  const alias = { routingConfiguration: [{ stateMachineVersionArn: 'v1', weight: 30 }, { stateMachineVersionArn: 'v2', weight: 70 }] };

  it.each([[0, 'v1'], [0.29, 'v1'], [0.3, 'v2'], [0.999, 'v2']])('sends a draw of %d to %s', (draw, version) => {
    expect(pickVersion(alias, draw)).toBe(version);
  });

  it('never picks a version of weight 0, wherever it stands', () => {
    for (const routes of [
      [{ stateMachineVersionArn: 'v1', weight: 100 }, { stateMachineVersionArn: 'v2', weight: 0 }],
      [{ stateMachineVersionArn: 'v2', weight: 0 }, { stateMachineVersionArn: 'v1', weight: 100 }],
    ]) {
      expect([0, 0.5, 0.9999999].map((d) => pickVersion({ routingConfiguration: routes }, d))).toEqual(['v1', 'v1', 'v1']);
    }
  });

  it('gives the last version the top of the range, whatever float sums would say', () => {
    const split = { routingConfiguration: [{ stateMachineVersionArn: 'a', weight: 6 }, { stateMachineVersionArn: 'b', weight: 57 }, { stateMachineVersionArn: 'c', weight: 37 }] };
    expect(pickVersion(split, 1 - Number.EPSILON)).toBe('c');
  });
});
