import { StatesFault } from '../errors/states-error';
import { evaluateIntrinsic } from './evaluate-intrinsic';
import { causeFor, failureOf, run, scopeOf } from './intrinsic-test-kit';

describe('evaluateIntrinsic', () => {
  it('reads arguments from the input, the context object and variables', () => {
    const scope = scopeOf({ name: 'job' }, { suffix: 'run' }, { Execution: { Name: 'exec-1' } });
    expect(evaluateIntrinsic("States.Format('{}:{}:{}', $.name, $suffix, $$.Execution.Name)", scope)).toBe('job:run:exec-1');
  });

  it('passes whole roots: $ is the input and $$ the context object', () => {
    const scope = scopeOf({ a: 1 }, {}, { State: { Name: 'S' } });
    expect(evaluateIntrinsic('States.Array($, $$)', scope)).toEqual([{ a: 1 }, { State: { Name: 'S' } }]);
  });

  it('evaluates nested calls as arguments', () => {
    const expression =
      "States.ArrayGetItem(States.StringSplit($.name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($.name, '-')), -1))";
    expect(run(expression, { name: 'machine-name-42' })).toBe('42');
  });

  it('reads a path with a filter expression', () => {
    expect(run('States.ArrayLength($.items[?(@.price < 10)])', { items: [{ price: 5 }, { price: 20 }, { price: 1 }] })).toBe(2);
  });

  it('fails with States.Runtime and AWS cause when a path argument is missing', () => {
    const expression = "States.Hash($.missing, 'SHA-256')";
    expect(failureOf(expression, {})).toEqual({
      error: 'States.Runtime',
      cause: `The function '${expression}' had the following error: The JsonPath argument for the field '$.missing' could not be found in the input '{}'`,
    });
  });

  it('names the whole expression and the missing path when a nested argument is missing', () => {
    const expression = "States.Format('{}', States.ArrayLength($.items.missing))";
    expect(failureOf(expression, { items: {} }).cause).toBe(
      `The function '${expression}' had the following error: The JsonPath argument for the field '$.items.missing' could not be found in the input '{"items":{}}'`,
    );
  });

  it('fails when a variable is not defined', () => {
    expect(failureOf('States.Array($nope)').error).toBe('States.Runtime');
  });

  it('reports a failure in a nested call with the whole expression and the failing function', () => {
    const expression = 'States.ArrayLength(States.JsonToString($.items))';
    expect(failureOf(expression, { items: [1, 2, 3] })).toEqual({
      error: 'States.Runtime',
      cause: causeFor(expression, 'Invalid arguments in States.ArrayLength'),
    });
  });

  it('fails with States.Runtime on text that is not a valid call', () => {
    const failure = failureOf('States.Array(');
    expect(failure.error).toBe('States.Runtime');
    expect(failure.cause).toMatch(/^There was an error while evaluating the intrinsic function: States\.Array\(\. Invalid intrinsic function call: /);
  });

  it('throws a StatesFault, never a plain error', () => {
    expect(() => run('States.MathAdd(1)')).toThrow(StatesFault);
  });

  it('does not mutate its inputs', () => {
    const input = { a: { x: 1 }, b: { y: 2 }, list: [3, 1, 3] };
    const before = structuredClone(input);
    run('States.Array(States.JsonMerge($.a, $.b, false), States.ArrayUnique($.list), States.ArrayPartition($.list, 1))', input);
    expect(input).toEqual(before);
  });
});
