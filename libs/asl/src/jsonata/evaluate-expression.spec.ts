import type { Json, JsonObject } from '../json';
import { StatesFault } from '../errors/states-error';
import { seededEntropy } from '../runtime/entropy';
import { evaluateExpression } from './evaluate-expression';
import type { StatesVariable } from './jsonata-bindings';

const options = { entropy: seededEntropy(7), now: 0 };

function evaluate(expression: string, states: Partial<StatesVariable> = {}, variables: JsonObject = {}) {
  return evaluateExpression(expression, { states: { input: {}, context: {}, ...states }, variables }, options, 'Output');
}

async function causeOf(expression: string): Promise<string | null | undefined> {
  try {
    await evaluate(expression);
  } catch (e) {
    if (e instanceof StatesFault && e.statesError.error === 'States.QueryEvaluationError') return e.statesError.cause;
    throw e;
  }
  throw new Error('expected a States.QueryEvaluationError');
}

const threw = (expression: string, tail: string) =>
  `The JSONata expression '${expression}' specified for the field 'Output' threw an error during evaluation${tail}`;

describe('evaluateExpression', () => {
  it('binds $states and every workflow variable', async () => {
    const states = { input: { a: 1 }, result: { b: 2 }, errorOutput: { Error: 'E' }, context: { State: { Name: 'S' } } };
    await expect(evaluate('$states', states)).resolves.toEqual(states);
    await expect(evaluate('$x & $y.z', {}, { x: 'a', y: { z: 'b' } })).resolves.toBe('ab');
    await expect(evaluate('$sum($states.input.values) + $one', { input: { values: [1, 2, 3] } }, { one: 1 })).resolves.toBe(7);
  });

  it('leaves $states.result and $states.errorOutput undefined when the state has none', async () => {
    await expect(evaluate('$exists($states.result) or $exists($states.errorOutput)')).resolves.toBe(false);
  });

  it('resolves to undefined when the expression returns nothing', async () => {
    await expect(evaluate('$states.input.missing')).resolves.toBeUndefined();
    await expect(evaluate('$doesNotExist')).resolves.toBeUndefined();
  });

  it('keeps a JSON null a value', async () => {
    await expect(evaluate('$states.input.bar', { input: { bar: null } })).resolves.toBeNull();
    await expect(evaluate('$exists($nothing)', {}, { nothing: null })).resolves.toBe(true);
  });

  it('returns plain JSON, not jsonata sequences or objects shared with the bindings', async () => {
    const input = { items: [{ id: 1 }, { id: 2 }] };
    const ids = (await evaluate('$states.input.items.id', { input })) as Json[];
    expect(ids).toEqual([1, 2]);
    expect(Object.keys(ids)).toEqual(['0', '1']);
    const copy = (await evaluate('$states.input', { input })) as JsonObject;
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(Object.getPrototypeOf(await evaluate("{'a': 1}"))).toBe(Object.prototype);
  });

  it('applies JSONata singleton sequence reduction', async () => {
    await expect(evaluate('$states.input.items.{"id": id}', { input: { items: [{ id: 1 }] } })).resolves.toEqual({ id: 1 });
    await expect(evaluate('[$states.input.items.{"id": id}]', { input: { items: [{ id: 1 }] } })).resolves.toEqual([{ id: 1 }]);
  });

  it('writes a non-finite number as the string AWS writes, and -0 as 0', async () => {
    await expect(evaluate('1/0')).resolves.toBe('Infinity');
    await expect(evaluate('-1/0')).resolves.toBe('-Infinity');
    await expect(evaluate('0/0')).resolves.toBe('NaN');
    await expect(evaluate('[1/0]')).resolves.toEqual(['Infinity']);
    expect(Object.is(await evaluate('0 * -1'), 0)).toBe(true);
  });

  it('reports a function result as unsupported, also inside a value', async () => {
    await expect(causeOf('function($x){$x}')).resolves.toBe(
      "The JSONata expression 'function($x){$x}' specified for the field 'Output' returned an unsupported result type.",
    );
    await expect(causeOf("{'f': $sum}")).resolves.toMatch(/returned an unsupported result type\.$/);
    await expect(causeOf('/abc/')).resolves.toMatch(/returned an unsupported result type\.$/);
  });

  it.each`
    expression               | tail
    ${'$eval("1+1")'}        | ${'. T1006: Attempted to invoke a non-function'}
    ${'$sum(["a"])'}         | ${'. T0412: Argument 1 of function "sum" must be an array of "numbers"'}
    ${'1 < "a"'}             | ${'. T2009: The values 1 and "a" either side of operator "<" must be of the same data type'}
    ${'$sqrt(-1)'}           | ${'. D3060: The sqrt function cannot be applied to a negative number: -1'}
    ${'$formatNumber(1, "x")'} | ${'. D3086: The sub-picture must not contain a passive character that is preceded by an active character and that is followed by another active character'}
    ${'a[1,2)'}              | ${'. S0202: Expected "]", got ","'}
  `('quotes the JSONata error of $expression', async ({ expression, tail }) => {
    await expect(causeOf(expression)).resolves.toBe(threw(expression, tail));
  });

  it.each`
    expression     | symbol
    ${'$a ?? 1'}   | ${'?'}
    ${'$a ?: 1'}   | ${':'}
  `('rejects $expression, syntax newer than the JSONata 2.0.6 AWS runs', async ({ expression, symbol }) => {
    await expect(causeOf(expression)).resolves.toBe(
      threw(expression, `. S0211: The symbol "${symbol}" cannot be used as a unary operator`),
    );
    await expect(evaluate('$a ? $a : 1')).resolves.toBe(1);
  });

  it('fails evaluation nested deeper than AWS allows', async () => {
    await expect(evaluate('1' + '+1'.repeat(99))).resolves.toBe(100);
    await expect(causeOf('1' + '+1'.repeat(100))).resolves.toMatch(/\. D1011: Stack overflow/);
    const recursion = (n: number) => `($f := function($x){ $x <= 0 ? 0 : 1 + $f($x-1) }; $f(${n}))`;
    await expect(evaluate(recursion(31))).resolves.toBe(31);
    await expect(causeOf(recursion(32))).resolves.toMatch(/\. D1011: Stack overflow/);
  });

  it('fails a value larger than AWS lets an expression build', async () => {
    await expect(evaluate('[1..873782] ~> $count()')).resolves.toBe(873782);
    await expect(causeOf('[1..873783] ~> $count()')).resolves.toBe(
      threw('[1..873783] ~> $count()', ': Expression evaluation memory limit exceeded'),
    );
  });

  it('reads the clock only from the options', async () => {
    const at = (now: number) =>
      evaluateExpression('[$millis(), $now()]', { states: { input: {}, context: {} }, variables: {} }, { ...options, now });
    await expect(at(Date.UTC(2024, 0, 2, 3, 4, 5, 6))).resolves.toEqual([1704164645006, '2024-01-02T03:04:05.006Z']);
    await expect(at(0)).resolves.toEqual([0, '1970-01-01T00:00:00.000Z']);
  });

  it('lets a workflow variable shadow a function, as JSONata bindings do', async () => {
    await expect(evaluate('$partition', {}, { partition: 'mine' })).resolves.toBe('mine');
  });
});
