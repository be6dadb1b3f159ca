import type { JsonObject } from '../json';
import { checkVariableNames } from './variables.pass';
import { validationContext } from './validation-context';

const run = (state: JsonObject, top: JsonObject = {}) =>
  checkVariableNames(validationContext({ ...top, StartAt: 'S', States: { S: state } }, 'STANDARD')).map((d) => [d.message, d.location]);

describe('checkVariableNames', () => {
  it('accepts identifiers, and the .$ suffix of JSONPath', () => {
    expect(run({ Type: 'Pass', Assign: { x: 1, _y2: 2, 'z.$': '$.z', ünï: 3 }, End: true })).toEqual([]);
  });

  it('refuses other names, in states, Catchers and Choice rules', () => {
    const state = {
      Type: 'Choice',
      Choices: [{ Variable: '$.a', IsNull: true, Next: 'S', Assign: { 'bad-name': 1 } }],
      Assign: { '1st': 1 },
    };
    expect(run(state)).toEqual([
      [expect.stringContaining("The variable name '1st' is invalid"), '/States/S/Assign'],
      [expect.stringContaining("The variable name 'bad-name' is invalid"), '/States/S/Choices[0]/Assign'],
    ]);
  });

  it('does not strip .$ in JSONata, where it means nothing', () => {
    expect(run({ Type: 'Pass', Assign: { 'z.$': 1 }, End: true }, { QueryLanguage: 'JSONata' })).toHaveLength(1);
  });

  it('refuses names longer than 80 characters', () => {
    expect(run({ Type: 'Pass', Assign: { ['v'.repeat(81)]: 1 }, End: true })).toHaveLength(1);
  });
});
