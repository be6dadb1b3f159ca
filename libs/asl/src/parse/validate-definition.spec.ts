import { validateDefinition } from './validate-definition';

describe('validateDefinition', () => {
  it('returns OK without diagnostics for a valid definition, given as text or as an object', () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
    expect(validateDefinition(definition)).toEqual({ result: 'OK', diagnostics: [] });
    expect(validateDefinition(JSON.stringify(definition), { type: 'EXPRESS' })).toEqual({ result: 'OK', diagnostics: [] });
  });

  it('refuses anything that is not a JSON object, without location', () => {
    for (const definition of [' ', '[]', 42, null]) {
      expect(validateDefinition(definition)).toEqual({
        result: 'FAIL',
        diagnostics: [{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'Definition must be a valid JSON object' }],
      });
    }
  });

  it('reports JSON syntax errors as INVALID_JSON_DESCRIPTION', () => {
    expect(validateDefinition('{"StartAt": }').diagnostics).toEqual([
      expect.objectContaining({ code: 'INVALID_JSON_DESCRIPTION', location: expect.stringContaining('[Source: (String)') }),
    ]);
  });

  it('checks the state graph only once every state is well formed', () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere', Bogus: 1 } } };
    expect(validateDefinition(definition).diagnostics.map((d) => d.code)).toEqual(['SCHEMA_VALIDATION_FAILED']);
    delete (definition.States.A as { Bogus?: number }).Bogus;
    expect(validateDefinition(definition).diagnostics.map((d) => d.code)).toEqual(['MISSING_TRANSITION_TARGET', 'MISSING_END_STATE']);
  });

  it('keeps warnings out of the result', () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { a: '$.x' }, End: true } } };
    expect(validateDefinition(definition)).toEqual({ result: 'OK', diagnostics: [expect.objectContaining({ severity: 'WARNING', code: 'NO_DOLLAR' })] });
  });

  it('reports problems of nested states at their nested location', () => {
    const definition = {
      StartAt: 'Map',
      States: { Map: { Type: 'Map', ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' } } }, End: true } },
    };
    expect(validateDefinition(definition).diagnostics).toEqual([
      expect.objectContaining({ message: "Missing 'Next' target: Y", location: '/States/Map/ItemProcessor/States/X/Next' }),
    ]);
  });
});
