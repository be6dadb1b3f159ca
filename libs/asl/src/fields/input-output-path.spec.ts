import { StatesFault } from '../errors/states-error';
import { testScope } from '../runtime/test-step-context';
import { applyInputPath } from './input-path';
import { applyOutputPath } from './output-path';

/** The StatesError a call faults with. */
function faultOf(work: () => unknown) {
  try {
    work();
  } catch (e) {
    if (e instanceof StatesFault) return e.statesError;
    throw e;
  }
  throw new Error('no fault');
}

describe('applyInputPath', () => {
  const input = { a: { b: [1, 2] }, n: null };

  it('selects the whole input when absent or $, and {} when null', () => {
    expect(applyInputPath(undefined, testScope(input))).toBe(input);
    expect(applyInputPath('$', testScope(input))).toBe(input);
    expect(applyInputPath(null, testScope(input))).toEqual({});
  });

  it('selects from the input, the context object and variables', () => {
    expect(applyInputPath('$.a.b[1]', testScope(input))).toBe(2);
    expect(applyInputPath('$.n', testScope(input))).toBeNull();
    expect(applyInputPath('$$.State.Name', testScope(input, { context: { State: { Name: 'S' } } }))).toBe('S');
    expect(applyInputPath('$v.x', testScope(input, { variables: { v: { x: 'y' } } }))).toBe('y');
  });

  it('fails with States.Runtime naming where the path breaks off', () => {
    expect(faultOf(() => applyInputPath('$.a.c', testScope(input)))).toEqual({
      error: 'States.Runtime',
      cause: "Invalid path '$.a.c' : No results for path: $['a']['c']",
    });
    expect(faultOf(() => applyInputPath('$.x.y.z', testScope(input)))).toEqual({
      error: 'States.Runtime',
      cause: "Invalid path '$.x.y.z' : Missing property in path $['x']",
    });
  });
});

describe('applyOutputPath', () => {
  it('selects from the output in scope.input, with $$ the context object', () => {
    const scope = testScope({ r: 1 }, { context: { State: { Name: 'S' } } });
    expect(applyOutputPath('$.r', scope)).toBe(1);
    expect(applyOutputPath('$$.State.Name', scope)).toBe('S');
  });

  it('passes the output through when absent or $, and {} when null', () => {
    const output = { r: 1 };
    expect(applyOutputPath(undefined, testScope(output))).toBe(output);
    expect(applyOutputPath('$', testScope(output))).toBe(output);
    expect(applyOutputPath(null, testScope(output))).toEqual({});
  });

  it('fails with States.Runtime when the path selects nothing in the output', () => {
    expect(faultOf(() => applyOutputPath('$.raw', testScope({ r: 1 })))).toEqual({
      error: 'States.Runtime',
      cause: "Invalid path '$.raw' : No results for path: $['raw']",
    });
  });
});
