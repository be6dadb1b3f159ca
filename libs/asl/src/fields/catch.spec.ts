import { findCatcher } from './catch';

describe('findCatcher', () => {
  const catchers = [
    { ErrorEquals: ['Specific'], Next: 'A' },
    { ErrorEquals: ['States.TaskFailed'], Next: 'B' },
    { ErrorEquals: ['States.ALL'], Next: 'C' },
  ];

  it('returns the first Catcher whose ErrorEquals matches', () => {
    expect(findCatcher(catchers, 'Specific')?.Next).toBe('A');
    expect(findCatcher(catchers, 'Other')?.Next).toBe('B');
    expect(findCatcher(catchers, 'States.Timeout')?.Next).toBe('C');
  });

  it('finds none for States.Runtime, nor without catchers', () => {
    expect(findCatcher(catchers, 'States.Runtime')).toBeUndefined();
    expect(findCatcher(undefined, 'Specific')).toBeUndefined();
    expect(findCatcher([{ ErrorEquals: ['X'], Next: 'A' }], 'Y')).toBeUndefined();
  });
});
