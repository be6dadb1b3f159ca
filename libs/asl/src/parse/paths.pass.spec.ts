import type { JsonObject } from '../json';
import { checkPaths } from './paths.pass';
import { validationContext } from './validation-context';

const run = (states: JsonObject, top: JsonObject = {}) =>
  checkPaths(validationContext({ ...top, StartAt: Object.keys(states)[0], States: states }, 'STANDARD')).map((d) => [
    d.severity,
    d.message,
    d.location,
  ]);

describe('checkPaths', () => {
  it('accepts paths into the input, the context object and variables', () => {
    expect(
      run({
        P: { Type: 'Pass', InputPath: '$$.Execution.Input', OutputPath: '$var.x', ResultPath: '$.r', Parameters: { 'a.$': 'States.UUID()', b: 'plain' }, End: true },
        F: { Type: 'Fail', ErrorPath: "States.Format('{}', $.e)", CausePath: '$.c' },
      }),
    ).toEqual([]);
  });

  it('refuses a path that does not parse', () => {
    expect(run({ P: { Type: 'Pass', InputPath: 'input', End: true } })).toEqual([
      ['ERROR', "The value for the field 'InputPath' must be a valid JSONPath", '/States/P/InputPath'],
    ]);
  });

  it('requires a Reference Path into the input for ResultPath, and a definite path for ItemsPath', () => {
    expect(run({ P: { Type: 'Pass', ResultPath: '$$.x', End: true }, M: { Type: 'Map', ItemsPath: '$.a[*]', End: true } })).toEqual([
      ['ERROR', "The value for the field 'ResultPath' must be a valid ReferencePath", '/States/P/ResultPath'],
      ['ERROR', "The value for the field 'ItemsPath' must be a valid ReferencePath", '/States/M/ItemsPath'],
    ]);
  });

  it('requires a path or an intrinsic function call in every .$ field, reported at the template', () => {
    const parameters = { deep: [{ 'parsed.$': "States.StringToJson('{\"a\":\"\\\"b\\\"\"}')" }] };
    expect(run({ P: { Type: 'Pass', Parameters: parameters, End: true } })).toEqual([
      ['ERROR', "The value for the field 'parsed.$' must be a valid JSONPath or a valid intrinsic function call", '/States/P/Parameters'],
    ]);
  });

  it('checks Catcher ResultPath and Choice rule paths', () => {
    const states = {
      T: { Type: 'Task', Resource: 'r', Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: 'oops', Next: 'C' }], Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Variable: 'x', StringEqualsPath: '$.y', Next: 'T' }] },
    };
    expect(run(states)).toEqual([
      ['ERROR', "The value for the field 'ResultPath' must be a valid JSONPath", '/States/T/Catch[0]/ResultPath'],
      ['ERROR', "The value for the field 'Variable' must be a valid JSONPath", '/States/C/Choices[0]/Variable'],
    ]);
  });

  it('warns about paths in fields without .$ and about .$ in a static Result', () => {
    expect(run({ P: { Type: 'Pass', Parameters: { a: '$.x' }, Result: { 'b.$': '$' }, End: true } })).toEqual([
      ['WARNING', "The field 'a' holds a path or an intrinsic function, but its name does not end with '.$'", '/States/P/Parameters'],
      ['WARNING', 'The Result of a Pass state is static: its fields ending in .$ are not evaluated', '/States/P/Result'],
    ]);
  });

  it('leaves JSONata states alone', () => {
    expect(run({ P: { Type: 'Pass', Output: { 'a.$': 'not a path' }, End: true } }, { QueryLanguage: 'JSONata' })).toEqual([]);
  });
});
