import type { JsonObject } from '../json';
import { parseJsonText } from './jackson-json.parse';
import { checkStateNames } from './state-names.pass';
import { validationContext } from './validation-context';

const PASS = { Type: 'Pass', End: true };

describe('checkStateNames', () => {
  it('refuses names longer than 80 characters', () => {
    const name = 'n'.repeat(81);
    const diagnostics = checkStateNames(validationContext({ StartAt: name, States: { [name]: PASS } }, 'STANDARD'));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'INVALID_STATE_NAME', location: `/States/${name}` })]);
  });

  it('refuses a name used twice in the machine, nested scopes included', () => {
    const root: JsonObject = {
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: PASS } }, { StartAt: 'X', States: { X: PASS } }], End: true } },
    };
    expect(checkStateNames(validationContext(root, 'STANDARD'))).toEqual([
      { severity: 'ERROR', code: 'DUPLICATE_STATE_NAME', message: 'Duplicate State name: X', location: '/States/P/Branches[1]/States/X' },
    ]);
  });

  it('refuses a name the JSON text repeats inside one States object', () => {
    const parsed = parseJsonText('{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}, "A": {"Type": "Succeed"}}}');
    if (!parsed.ok || parsed.value === undefined) throw new Error('fixture must parse');
    const context = validationContext(parsed.value as JsonObject, 'STANDARD', parsed.duplicateKeys);
    expect(checkStateNames(context).map((d) => d.message)).toEqual(['Duplicate State name: A']);
  });
});
