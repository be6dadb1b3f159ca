import type { Json, JsonObject } from '../json';
import { checkRetryCatch } from './retry-catch.pass';
import { validationContext } from './validation-context';

const task = (fields: JsonObject, top: JsonObject = {}) =>
  checkRetryCatch(
    validationContext({ ...top, StartAt: 'T', States: { T: { Type: 'Task', Resource: 'r', End: true, ...fields } } }, 'STANDARD'),
  ).map((d) => [d.message, d.location]);
const catcher = (errorEquals: Json[]) => ({ ErrorEquals: errorEquals, Next: 'T' });

describe('checkRetryCatch', () => {
  it('accepts States.ALL alone in the last entry', () => {
    expect(task({ Retry: [{ ErrorEquals: ['A'] }, { ErrorEquals: ['States.ALL'], IntervalSeconds: 0 }], Catch: [catcher(['States.ALL'])] })).toEqual([]);
  });

  it('refuses States.ALL with other names or before the last entry', () => {
    expect(task({ Catch: [catcher(['States.ALL', 'X'])] })).toEqual([
      ['States.ALL must appear alone and at end of list', '/States/T/Catch[0]/ErrorEquals'],
    ]);
    expect(task({ Retry: [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['X'] }] })).toEqual([
      ['States.ALL must appear alone and at end of list', '/States/T/Retry[0]/ErrorEquals'],
    ]);
  });

  it('checks the fields and ranges of a Retrier', () => {
    expect(task({ Retry: [{ ErrorEquals: [], BackoffRate: 0.5, MaxDelaySeconds: 0, JitterStrategy: 'SOME', Extra: 1 }] })).toEqual([
      ['Value cannot be empty', '/States/T/Retry[0]/ErrorEquals'],
      ["Field 'Extra' is not supported", '/States/T/Retry[0]'],
      ['Minimum value is 1', '/States/T/Retry[0]/BackoffRate'],
      ['Minimum value is 1', '/States/T/Retry[0]/MaxDelaySeconds'],
      ['Value should be one of the following: [NONE, FULL]', '/States/T/Retry[0]/JitterStrategy'],
    ]);
  });

  it("requires ErrorEquals and Next in a Catcher, in the catcher's language", () => {
    expect(task({ Catch: [{ ResultPath: '$.e' }] }, { QueryLanguage: 'JSONata' })).toEqual([
      ['These fields are required: [ErrorEquals, Next]', '/States/T/Catch[0]'],
      ["The QueryLanguage is set to 'JSONata', but field 'ResultPath' is only supported for the 'JSONPath' QueryLanguage", '/States/T/Catch[0]'],
    ]);
  });
});
