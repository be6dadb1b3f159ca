import type { JsonObject } from '../json';
import { checkJsonata } from './jsonata.pass';
import { validationContext } from './validation-context';

const run = (states: JsonObject) =>
  checkJsonata(validationContext({ QueryLanguage: 'JSONata', StartAt: Object.keys(states)[0], States: states }, 'STANDARD')).map((d) => [
    d.code,
    d.message,
    d.location,
  ]);
const output = (expression: string) => run({ Main: { Type: 'Pass', Output: { nested: [`{% ${expression} %}`] }, End: true } });

describe('checkJsonata', () => {
  it('accepts expressions that compile, and leaves other strings alone', () => {
    expect(run({ Main: { Type: 'Pass', Output: { a: '{% $states.input.x + 1 %}', b: ' {% not jsonata %} ' }, End: true } })).toEqual([]);
  });

  it.each([
    ['a[1,2)', 'Expected "]", got ","'],
    ['"unterminated', 'String literal must be terminated by a matching quote'],
    ['1 +', 'Unexpected end of expression'],
    ['$match("a", /abc', 'No terminating / in regular expression'],
    ['', 'Unexpected end of expression'],
  ])('reports %j with the JSONata message, without its code', (expression, message) => {
    expect(output(expression)).toEqual([['INVALID_JSONATA_EXPRESSION', message, '/States/Main/Output']]);
  });

  it('refuses $$ anywhere', () => {
    expect(output('$$.x')).toEqual([['UNSUPPORTED_JSONATA_EXPRESSION', "Reference to '$$' is not supported.", '/States/Main/Output']]);
  });

  it("allows $states.errorOutput only in a Catcher's Output and Assign", () => {
    expect(output('$states.errorOutput')).toEqual([
      ['UNSUPPORTED_JSONATA_EXPRESSION', "Field '$states.errorOutput' does not exist.", '/States/Main/Output'],
    ]);
    const task = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Catch: [{ ErrorEquals: ['States.ALL'], Assign: { e: '{% $states.errorOutput %}' }, Output: '{% $x( %}', Next: 'Main' }],
      End: true,
    };
    expect(run({ Main: task })).toEqual([
      ['INVALID_JSONATA_EXPRESSION', expect.any(String), '/States/Main/Catch[0]/Output'],
    ]);
  });

  it('checks Choice conditions', () => {
    const choiceState = { Type: 'Choice', Choices: [{ Condition: '{% $states.input.a = %}', Next: 'D' }], Default: 'D' };
    expect(run({ C: choiceState, D: { Type: 'Succeed' } })).toEqual([
      ['INVALID_JSONATA_EXPRESSION', 'Unexpected end of expression', '/States/C/Choices[0]/Condition'],
    ]);
  });
});
