import type { Json, JsonObject } from '../json';
import { StatesFault } from '../errors/states-error';
import { seededEntropy } from '../runtime/entropy';
import { evaluateTemplate, type JsonTypeName } from './evaluate-template';
import type { JsonataBindings } from './jsonata-bindings';

const options = { entropy: seededEntropy(7), now: Date.UTC(2024, 0, 2, 3, 4, 5) };

function bindings(input: Json = {}, variables: JsonObject = {}): JsonataBindings {
  return { states: { input, context: { Execution: { Name: 'run-1' } } }, variables };
}

async function causeOf(template: Json, field: string, expected?: JsonTypeName, input: Json = {}): Promise<unknown> {
  try {
    await evaluateTemplate(template, bindings(input), options, field, expected);
  } catch (e) {
    if (e instanceof StatesFault) return e.statesError;
    throw e;
  }
  throw new Error('expected a StatesFault');
}

describe('evaluateTemplate', () => {
  it('evaluates a template string and keeps every other value constant', async () => {
    const template = {
      fromInput: '{% $states.input.name %}',
      fromVariable: '{% $count %}',
      fromContext: '{% $states.context.Execution.Name %}',
      '{% $states.input.name %}': 'keys are never evaluated',
      padded: ' {% states.input %} ',
      jsonPath: '$states.input',
      constants: [null, 0, 0.1, true, [], {}, 'text'],
    };
    await expect(evaluateTemplate(template, bindings({ name: 'Ada' }, { count: 3 }), options, 'Output')).resolves.toEqual({
      fromInput: 'Ada',
      fromVariable: 3,
      fromContext: 'run-1',
      '{% $states.input.name %}': 'keys are never evaluated',
      padded: ' {% states.input %} ',
      jsonPath: '$states.input',
      constants: [null, 0, 0.1, true, [], {}, 'text'],
    });
  });

  it('evaluates templates inside arrays at any depth', async () => {
    const template = [1, ['{% $states.input.a + 1 %}', { deep: '{% [$states.input.a] %}' }]];
    await expect(evaluateTemplate(template, bindings({ a: 1 }), options, 'Output')).resolves.toEqual([1, [2, { deep: [1] }]]);
  });

  it('returns a part with no template as it is, without copying it', async () => {
    const constant = { a: [1, 2], b: { c: 'x' } };
    const template = { constant, evaluated: '{% 1 %}' };
    const result = (await evaluateTemplate(template, bindings(), options, 'Output')) as JsonObject;
    expect(result.constant).toBe(constant);
    await expect(evaluateTemplate(constant, bindings(), options, 'Output')).resolves.toBe(constant);
  });

  it('keeps a JSON null from an expression, in objects and arrays', async () => {
    const template = { v: '{% $states.input.bar %}', values: ['{% null %}', 1] };
    await expect(evaluateTemplate(template, bindings({ bar: null }), options, 'Output')).resolves.toEqual({
      v: null,
      values: [null, 1],
    });
  });

  it('keeps a "__proto__" key a key', async () => {
    const template = JSON.parse('{"__proto__": "{% 1 %}"}') as JsonObject;
    const result = (await evaluateTemplate(template, bindings(), options, 'Output')) as JsonObject;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(['__proto__']);
  });

  it.each`
    template                                                 | field         | path
    ${'{% $doesNotExist %}'}                                 | ${'Output'}   | ${'Output'}
    ${{ result: '{% $doesNotExist %}' }}                     | ${'Output'}   | ${'Output/result'}
    ${{ FunctionName: '{% $doesNotExist %}' }}               | ${'Arguments'} | ${'Arguments/FunctionName'}
    ${{ values: ['{% $doesNotExist %}', 1] }}                | ${'Output'}   | ${'Output/values[0]'}
    ${{ a: { b: [[1, '{% $doesNotExist %}']] } }}            | ${'Output'}   | ${'Output/a/b[0][1]'}
    ${{ x: { y: '{% $doesNotExist %}' } }}                   | ${'Assign'}   | ${'Assign/x/y'}
  `('names the field path $path when an expression returns nothing', async ({ template, field, path }) => {
    await expect(causeOf(template, field)).resolves.toEqual({
      error: 'States.QueryEvaluationError',
      cause: `The JSONata expression '$doesNotExist' specified for the field '${path}' returned nothing (undefined).`,
    });
  });

  it.each`
    template                    | cause
    ${'{% 1 %}'}                | ${"The JSONata expression '1' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 1"}
    ${"{% 'string' %}"}         | ${`The JSONata expression ''string'' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'string' for value: "string"`}
    ${"{% {'foo': 'bar'} %}"}   | ${`The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value: {"foo":"bar"}`}
    ${'{% null %}'}             | ${"The JSONata expression 'null' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'null' for value: null"}
    ${'{% $fn := function($x){$x} %}'} | ${"The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type."}
  `('checks the type a field requires: $template', async ({ template, cause }) => {
    await expect(causeOf(template, 'Items', 'array')).resolves.toEqual({ error: 'States.QueryEvaluationError', cause });
  });

  it('accepts a result of the required type', async () => {
    await expect(evaluateTemplate('{% [1, 2] %}', bindings(), options, 'Items', 'array')).resolves.toEqual([1, 2]);
  });

  it('reports an expression that throws with its JSONata code', async () => {
    await expect(causeOf({ r: '{% $randomSeeded($states.input.n) %}' }, 'Output')).resolves.toEqual({
      error: 'States.QueryEvaluationError',
      cause:
        "The JSONata expression '$randomSeeded($states.input.n)' specified for the field 'Output/r' threw an error " +
        'during evaluation. T1006: Attempted to invoke a non-function',
    });
  });

  it('scans a template once and still evaluates it on every call', async () => {
    const template = { n: '{% $states.input.n %}' };
    await expect(evaluateTemplate(template, bindings({ n: 1 }), options, 'Output')).resolves.toEqual({ n: 1 });
    await expect(evaluateTemplate(template, bindings({ n: 2 }), options, 'Output')).resolves.toEqual({ n: 2 });
  });
});
