import { isReferencePath, parseJsonPathSyntax } from './json-path.syntax';

describe('parseJsonPathSyntax', () => {
  it.each([
    ['$', 'input', true],
    ['$$.Execution.Input', 'context', true],
    ['$myVar.field[0]', 'variable', true],
    ["$['Test\\\"\"Name\"']", 'input', true],
    ['$.delivery-partner', 'input', true],
    ['$.items[*].value', 'input', false],
    ['$.items[1:]', 'input', false],
    ['$.users[?(@.status == 0)]', 'input', false],
    ['$..name', 'input', false],
    ["$['a','b']", 'input', false],
  ])('reads %s', (path, root, definite) => {
    expect(parseJsonPathSyntax(path)).toMatchObject({ root, definite });
  });

  it('names the variable of a $name path', () => {
    expect(parseJsonPathSyntax('$answer.x')).toEqual({ root: 'variable', variable: 'answer', definite: true });
  });

  it.each(['', 'a.b', '$.', '$.a[', "$['a'", '$.a[b]', '$a..'])('refuses %j', (path) => {
    expect(parseJsonPathSyntax(path)).toBeNull();
  });

  it('accepts only paths that select one value as Reference Paths', () => {
    expect(isReferencePath('$.a.b[0]')).toBe(true);
    expect(isReferencePath('$.a[*]')).toBe(false);
    expect(isReferencePath('nope')).toBe(false);
  });
});
