import type { JsonObject } from '../json';
import { checkStateFields } from './state-fields.pass';
import { validationContext } from './validation-context';

const run = (states: JsonObject, top: JsonObject = {}) =>
  checkStateFields(validationContext({ ...top, StartAt: Object.keys(states)[0], States: states }, 'STANDARD')).map((d) => [
    d.message,
    d.location,
  ]);

describe('checkStateFields', () => {
  it('accepts well-formed states of every type', () => {
    expect(
      run({
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'W' },
        W: { Type: 'Wait', Seconds: 1, Next: 'C' },
        C: { Type: 'Choice', Choices: [], Default: 'S' },
        S: { Type: 'Succeed' },
        F: { Type: 'Fail', Error: 'E' },
      }),
    ).toEqual([]);
  });

  it('requires a known Type and the fields of that type', () => {
    expect(run({ A: { End: true }, B: { Type: 'Bogus' }, C: { Type: 'Task', End: true } })).toEqual([
      ['These fields are required: [Type]', '/States/A'],
      ['Value should be one of the following: [Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map]', '/States/B/Type'],
      ['These fields are required: [Resource]', '/States/C'],
    ]);
  });

  it('refuses fields the state type does not support, at the state', () => {
    expect(run({ P: { Type: 'Pass', End: true, TimeoutSeconds: 5, Catch: [], Retry: [] } })).toEqual([
      ["Field 'TimeoutSeconds' is not supported", '/States/P'],
      ["Field 'Catch' is not supported", '/States/P'],
      ["Field 'Retry' is not supported", '/States/P'],
    ]);
  });

  it('refuses fields of the other query language', () => {
    expect(run({ T: { Type: 'Task', Resource: 'r', Arguments: {}, Output: {}, End: true } })).toEqual([
      ["The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage", '/States/T'],
      ["The QueryLanguage is set to 'JSONPath', but field 'Arguments' is only supported for the 'JSONata' QueryLanguage", '/States/T'],
    ]);
    expect(run({ P: { Type: 'Pass', InputPath: '$.a', End: true } }, { QueryLanguage: 'JSONata' })).toEqual([
      ["The QueryLanguage is set to 'JSONata', but field 'InputPath' is only supported for the 'JSONPath' QueryLanguage", '/States/P'],
    ]);
  });

  it('refuses a JSONPath state in a JSONata machine, and only that', () => {
    expect(run({ P: { Type: 'Pass', QueryLanguage: 'JSONPath', Output: {}, End: true } }, { QueryLanguage: 'JSONata' })).toEqual([
      ["'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", '/States/P'],
    ]);
  });

  it('lets a JSONata state live in a JSONPath machine', () => {
    expect(run({ P: { Type: 'Pass', QueryLanguage: 'JSONata', Output: {}, End: true } })).toEqual([]);
  });

  it('requires exactly one of Next and End', () => {
    expect(run({ A: { Type: 'Pass', Next: 'B', End: true }, B: { Type: 'Pass' }, C: { Type: 'Pass', End: 'yes' } })).toEqual([
      ['There should only be one of the following fields: [Next, End]', '/States/A'],
      ['This object should have only one of the following fields: [Next, End]', '/States/B'],
      ['Expected value of type [BOOLEAN]', '/States/C/End'],
    ]);
  });

  it('refuses a field together with its Path twin', () => {
    expect(run({ T: { Type: 'Task', Resource: 'r', TimeoutSeconds: 1, TimeoutSecondsPath: '$.t', End: true } })).toEqual([
      ['There should only be one of the following fields: [TimeoutSeconds, TimeoutSecondsPath]', '/States/T/TimeoutSeconds'],
    ]);
  });
});
