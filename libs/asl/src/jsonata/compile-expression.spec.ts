import { compileExpression, jsonataSyntaxError } from './compile-expression';

describe('compileExpression', () => {
  it('compiles an expression text once and reuses it', () => {
    const first = compileExpression('$states.input.a + 1');
    expect(first.expression).toBeDefined();
    expect(compileExpression('$states.input.a + 1')).toBe(first);
    expect(compileExpression('$states.input.a + 2')).not.toBe(first);
  });

  it('keeps the syntax error of an expression that does not parse', () => {
    const compiled = compileExpression('1 +');
    expect(compiled.expression).toBeUndefined();
    expect(compiled.failure).toEqual({ code: 'S0207', message: 'Unexpected end of expression' });
  });
});

describe('jsonataSyntaxError', () => {
  it.each`
    expression              | message
    ${'a[1,2)'}             | ${'Expected "]", got ","'}
    ${'"unterminated'}      | ${'String literal must be terminated by a matching quote'}
    ${'1 +'}                | ${'Unexpected end of expression'}
    ${'{"a":}'}             | ${'The symbol "}" cannot be used as a unary operator'}
    ${'$match("a", /abc'}   | ${'No terminating / in regular expression'}
    ${'$x ?? 1'}            | ${'The symbol "?" cannot be used as a unary operator'}
    ${'$x ?: 1'}            | ${'The symbol ":" cannot be used as a unary operator'}
  `('words the error in $expression without its code, as AWS does', ({ expression, message }) => {
    expect(jsonataSyntaxError(expression)).toBe(message);
  });

  it.each(['$states.input', '$x ? 1 : 2', '$x?1:2', "'??' & '?:'", '($a := 1; $a)'])('accepts %p', (expression) => {
    expect(jsonataSyntaxError(expression)).toBeUndefined();
  });
});
