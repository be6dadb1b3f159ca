import { validateDefinition } from './validate-definition';

describe('definitions nested deeper than Jackson allows', () => {
  it('fail validation with INVALID_JSON_DESCRIPTION instead of exhausting the stack', () => {
    const deep = `{"StartAt":"A","States":{"A":{"Type":"Pass","Result":${'['.repeat(20_000)}${']'.repeat(20_000)},"End":true}}}`;
    const { result, diagnostics } = validateDefinition(deep);
    expect(result).toBe('FAIL');
    expect(diagnostics[0]).toMatchObject({ code: 'INVALID_JSON_DESCRIPTION' });
    expect(diagnostics[0].message).toContain('Document nesting depth (1001) exceeds the maximum allowed (1000');
  });
});
