import { StatesFault } from '../errors/states-error';
import { applyResultPath } from './result-path';

describe('applyResultPath', () => {
  it('replaces the input when absent or $, and keeps the input when null', () => {
    expect(applyResultPath(undefined, { a: 1 }, 'r')).toBe('r');
    expect(applyResultPath('$', { a: 1 }, 'r')).toBe('r');
    expect(applyResultPath(null, { a: 1 }, 'r')).toEqual({ a: 1 });
  });

  it('places the result inside a copy of the input, creating missing objects', () => {
    const input = { a: { keep: 1 } };
    expect(applyResultPath('$.a.b.c', input, 'r')).toEqual({ a: { keep: 1, b: { c: 'r' } } });
    expect(input).toEqual({ a: { keep: 1 } });
  });

  it('overwrites an existing value and can set inside an existing array element', () => {
    expect(applyResultPath('$.a', { a: 'old', b: 2 }, 'new')).toEqual({ a: 'new', b: 2 });
    expect(applyResultPath("$.list[1]['x']", { list: [{}, { y: 1 }] }, 'r')).toEqual({ list: [{}, { y: 1, x: 'r' }] });
  });

  it.each([
    ['through a string', '$.a.b', { a: 'text' }],
    ['into a scalar input', '$.a', 5],
    ['past the end of an array', '$.list[3]', { list: [] }],
  ])('fails with States.ResultPathMatchFailure %s', (_what, path, input) => {
    let fault: unknown;
    try {
      applyResultPath(path, input, 'r');
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(StatesFault);
    expect((fault as StatesFault).statesError.error).toBe('States.ResultPathMatchFailure');
    expect((fault as StatesFault).statesError.cause).toContain(`Unable to apply step`);
  });
});
