import { toJsonataResult } from './jsonata-result';

describe('toJsonataResult', () => {
  it('copies a jsonata sequence out as a plain array', () => {
    const sequence = Object.assign([1, 2], { sequence: true });
    const result = toJsonataResult(sequence);
    expect(result).toEqual({ kind: 'value', value: [1, 2] });
    expect(result.kind === 'value' && Object.keys(result.value as object)).toEqual(['0', '1']);
  });

  it('copies a null-prototype object out as a plain one, dropping undefined members', () => {
    const object = Object.assign(Object.create(null), { a: 1, b: undefined });
    const result = toJsonataResult(object);
    expect(result).toEqual({ kind: 'value', value: { a: 1 } });
    expect(result.kind === 'value' && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it.each([() => 1, { _jsonata_lambda: true }, { _jsonata_function: true }, [1, { f: () => 1 }], Symbol('s'), 1n])(
    'calls %p unsupported',
    (value) => {
      expect(toJsonataResult(value)).toEqual({ kind: 'unsupported' });
    },
  );

  it('calls undefined nothing and keeps null', () => {
    expect(toJsonataResult(undefined)).toEqual({ kind: 'nothing' });
    expect(toJsonataResult(null)).toEqual({ kind: 'value', value: null });
  });

  it('writes non-finite numbers as AWS does and -0 as 0', () => {
    expect(toJsonataResult([Infinity, -Infinity, NaN, -0])).toEqual({ kind: 'value', value: ['Infinity', '-Infinity', 'NaN', 0] });
  });
});
