import type { Entropy } from '../runtime/entropy';
import { evaluateIntrinsic } from './evaluate-intrinsic';
import { run, scopeOf } from './intrinsic-test-kit';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('States.UUID', () => {
  it('returns the UUID the entropy makes', () => {
    const entropy: Entropy = { random: () => 0, uuid: () => 'b6f1d3a7-e5c5-4507-a9f5-1592ff5c5245' };
    expect(evaluateIntrinsic('States.UUID()', { ...scopeOf(), entropy })).toBe('b6f1d3a7-e5c5-4507-a9f5-1592ff5c5245');
  });

  it('draws a fresh UUID for each call', () => {
    const [first, second] = run('States.Array(States.UUID(), States.UUID())') as string[];
    expect(first).toMatch(UUID_V4);
    expect(second).toMatch(UUID_V4);
    expect(first).not.toBe(second);
  });

  it.each(["States.UUID('x')", 'States.UUID($.x)', 'States.UUID(1, 2)', 'States.UUID(null)', 'States.UUID( )'])(
    'ignores the arguments of %s, as AWS does',
    (expression) => {
      expect(run(expression, { x: 'ignored' })).toMatch(UUID_V4);
    },
  );
});
