import type { JsonObject } from '../json';
import { checkMachineFields } from './machine-fields.pass';
import { validationContext } from './validation-context';

const run = (root: JsonObject) => checkMachineFields(validationContext(root, 'STANDARD'));
const PASS = { Type: 'Pass', End: true };

describe('checkMachineFields', () => {
  it('accepts a complete machine', () => {
    expect(run({ Comment: 'c', StartAt: 'A', States: { A: PASS }, TimeoutSeconds: 0, Version: '1.0', QueryLanguage: 'JSONata' })).toEqual([]);
  });

  it('lists missing StartAt and States the way AWS orders them', () => {
    expect(run({})).toEqual([
      { severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'These fields are required: [States, StartAt]', location: '/' },
    ]);
  });

  it('refuses unknown fields, bad enums and out-of-range values at their own location', () => {
    const diagnostics = run({ StartAt: 'A', States: { A: PASS }, Coment: 'typo', QueryLanguage: 'jsonata', Version: '2', TimeoutSeconds: -1 });
    expect(diagnostics.map((d) => [d.message, d.location])).toEqual([
      ["Field 'Coment' is not supported", '/'],
      ['Value should be one of the following: [JSONPath, JSONata]', '/QueryLanguage'],
      ['Value should be one of the following: [1.0]', '/Version'],
      ['Minimum value is 0', '/TimeoutSeconds'],
    ]);
  });

  it('reports a type error for a non-string QueryLanguage', () => {
    expect(run({ StartAt: 'A', States: { A: PASS }, QueryLanguage: 5 })).toEqual([
      expect.objectContaining({ message: 'Expected value of type [STRING]', location: '/QueryLanguage' }),
    ]);
  });

  it('checks branches and processors, which carry no QueryLanguage of their own', () => {
    const diagnostics = run({
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: [{ QueryLanguage: 'JSONata', StartAt: 'A', States: { A: PASS } }], Next: 'M' },
        M: { Type: 'Map', ItemProcessor: { States: { B: PASS } }, End: true },
      },
    });
    expect(diagnostics.map((d) => [d.message, d.location])).toEqual([
      ["Field 'QueryLanguage' is not supported", '/States/P/Branches[0]'],
      ['These fields are required: [StartAt]', '/States/M/ItemProcessor'],
    ]);
  });
});
