import { StatesFault } from '../errors/states-error';
import type { Json } from '../json';
import { testScope } from '../runtime/test-step-context';
import { evaluateDynamicValue, evaluatePayloadTemplate } from './payload-template';

describe('evaluatePayloadTemplate', () => {
  const scope = testScope({ a: 1, list: [1, 2, 3] }, { variables: { v: 'var' }, context: { Execution: { Name: 'run' } } });

  it('replaces every `.$` field, at any depth and inside arrays, and copies the rest', () => {
    const template = { 'x.$': '$.a', nested: [{ 'v.$': '$v' }, 'plain'], 'ctx.$': '$$.Execution.Name', fixed: { 'not.$': 1 } };
    expect(evaluatePayloadTemplate(template, scope)).toEqual({ x: 1, nested: [{ v: 'var' }, 'plain'], ctx: 'run', fixed: { 'not.$': 1 } });
  });

  it('returns a template without `.$` fields as it is, and never mutates a template', () => {
    const constant = { a: [1, { b: 2 }] };
    expect(evaluatePayloadTemplate(constant, scope)).toBe(constant);
    const template = { 'x.$': '$.a' };
    evaluatePayloadTemplate(template, scope);
    expect(template).toEqual({ 'x.$': '$.a' });
  });

  it('evaluates intrinsic functions', () => {
    expect(evaluatePayloadTemplate({ 'n.$': 'States.ArrayLength($.list)', 's.$': "States.Format('{}-{}', $.a, $v)" }, scope)).toEqual({ n: 3, s: '1-var' });
  });

  it('returns the array of matches of an indefinite path', () => {
    expect(evaluatePayloadTemplate({ 'big.$': '$.list[?(@ > 1)]' }, scope)).toEqual({ big: [2, 3] });
  });

  it('fails with States.Runtime naming the field and the input when a path selects nothing', () => {
    let error: Json | undefined;
    try {
      evaluateDynamicValue('x.$', '$.missing', scope);
    } catch (e) {
      error = (e as StatesFault).statesError as unknown as Json;
    }
    expect(error).toEqual({
      error: 'States.Runtime',
      cause: `The JSONPath '$.missing' specified for the field 'x.$' could not be found in the input '{"a":1,"list":[1,2,3]}'`,
    });
  });
});
