import { intrinsicSyntaxError, isIntrinsicFunction, parseIntrinsic } from './intrinsic-parser';

describe('isIntrinsicFunction', () => {
  it.each`
    text                           | result
    ${'States.Array()'}            | ${true}
    ${"States.Format('{}', $.a)"}  | ${true}
    ${'States.NoSuchFunction(1)'}  | ${true}
    ${'States.Array'}              | ${false}
    ${'$.States.Array()'}          | ${false}
    ${' States.Array()'}           | ${false}
    ${'States.'}                   | ${false}
    ${'{% $states.input %}'}       | ${false}
    ${'$'}                         | ${false}
  `('$text is an intrinsic call: $result', ({ text, result }) => {
    expect(isIntrinsicFunction(text)).toBe(result);
  });
});

describe('parseIntrinsic', () => {
  it('parses nested calls, string literals with escapes, numbers, keywords and paths', () => {
    const parsed = parseIntrinsic("States.Format('Hello {} and \\'{}\\' \\{\\} \\\\', $.name, States.ArrayLength($.items), -1.5e2, null, true)");
    expect(parsed).toEqual({
      ok: true,
      call: {
        kind: 'call',
        name: 'States.Format',
        args: [
          { kind: 'string', value: "Hello {} and '{}' {} \\", raw: "Hello {} and \\'{}\\' \\{\\} \\\\" },
          { kind: 'path', path: '$.name' },
          { kind: 'call', name: 'States.ArrayLength', args: [{ kind: 'path', path: '$.items' }] },
          { kind: 'literal', value: -150 },
          { kind: 'literal', value: null },
          { kind: 'literal', value: true },
        ],
      },
    });
  });

  it.each`
    argument                               | node
    ${'$'}                                 | ${{ kind: 'path', path: '$' }}
    ${'$$'}                                | ${{ kind: 'path', path: '$$' }}
    ${'$$.Execution.Input.a'}              | ${{ kind: 'path', path: '$$.Execution.Input.a' }}
    ${'$myVar'}                            | ${{ kind: 'path', path: '$myVar' }}
    ${'$myVar.items[0]'}                   | ${{ kind: 'path', path: '$myVar.items[0]' }}
    ${"$['a, b']"}                         | ${{ kind: 'path', path: "$['a, b']" }}
    ${'$.items[?(@.price < 10)]'}          | ${{ kind: 'path', path: '$.items[?(@.price < 10)]' }}
    ${'$.a[0,1]'}                          | ${{ kind: 'path', path: '$.a[0,1]' }}
    ${'0'}                                 | ${{ kind: 'literal', value: 0 }}
    ${'-7'}                                | ${{ kind: 'literal', value: -7 }}
    ${'2.25'}                              | ${{ kind: 'literal', value: 2.25 }}
    ${'false'}                             | ${{ kind: 'literal', value: false }}
    ${"''"}                                | ${{ kind: 'string', value: '', raw: '' }}
    ${"'a\"b'"}                            | ${{ kind: 'string', value: 'a"b', raw: 'a"b' }}
    ${"'line\nbreak'"}                     | ${{ kind: 'string', value: 'line\nbreak', raw: 'line\nbreak' }}
  `('parses the argument $argument', ({ argument, node }) => {
    expect(parseIntrinsic(`States.Array(${argument})`)).toEqual({ ok: true, call: { kind: 'call', name: 'States.Array', args: [node] } });
  });

  it('allows whitespace between tokens and after the call', () => {
    expect(parseIntrinsic('States.Array( $.a ,\t1 , States.UUID( ) ) ')).toEqual({
      ok: true,
      call: {
        kind: 'call',
        name: 'States.Array',
        args: [{ kind: 'path', path: '$.a' }, { kind: 'literal', value: 1 }, { kind: 'call', name: 'States.UUID', args: [] }],
      },
    });
  });

  it('returns the cached parse for the same text', () => {
    expect(parseIntrinsic('States.Array(1, 2)')).toBe(parseIntrinsic('States.Array(1, 2)'));
  });

  it('accepts ten nested calls and rejects eleven', () => {
    const nest = (depth: number): string => (depth === 0 ? '1' : `States.Array(${nest(depth - 1)})`);
    expect(parseIntrinsic(nest(10)).ok).toBe(true);
    expect(intrinsicSyntaxError(nest(11))).toMatch(/nest deeper than 10/);
  });

  it.each`
    text                                                                      | why
    ${'States.Array('}                                                        | ${'missing closing parenthesis'}
    ${'States.UUID)'}                                                         | ${'no opening parenthesis'}
    ${'States.UUID(,)'}                                                       | ${'comma without arguments'}
    ${'States.UUID() trailing'}                                               | ${'text after the call'}
    ${'States.Array($.a) trailing'}                                           | ${'text after the call'}
    ${'States.ArrayContains($.arr, )'}                                        | ${'empty argument'}
    ${'States.Array([1,2])'}                                                  | ${'array literal'}
    ${'States.Array(1.)'}                                                     | ${'trailing decimal point'}
    ${'States.Array(.5)'}                                                     | ${'leading decimal point'}
    ${'States.Array(01)'}                                                     | ${'leading zero'}
    ${'States.Array(+1)'}                                                     | ${'plus sign'}
    ${'States.Array(True)'}                                                   | ${'capitalised keyword'}
    ${'States.Array(nullx)'}                                                  | ${'keyword prefix'}
    ${'States.Array("a")'}                                                    | ${'double-quoted string'}
    ${"States.Array('open)"}                                                  | ${'unterminated string'}
    ${"States.Array('a\\nb')"}                                                | ${'escape \\n is not allowed'}
    ${"States.StringToJson('{\"text\":\"An \\\"escaped double quote\\\" here\"}')"} | ${'escaped double quote (AWS rejects the definition)'}
    ${"States.Format('He said, \\\"Hello, {}!\\\"', 'Test \\\"Name\\\" Here')"}       | ${'escaped double quote (AWS rejects the definition)'}
    ${"States.Array('a\\')"}                                                  | ${'backslash before the closing quote'}
    ${'States.Array($.a b)'}                                                  | ${'space inside a path'}
    ${'States.Array($.)'}                                                     | ${'path without a name'}
    ${'States.Array($1)'}                                                     | ${'variable names start with a letter'}
    ${'States.Array(a)'}                                                      | ${'bare word'}
    ${'States.NoSuchFunction()'}                                              | ${'unknown function'}
    ${'States.format()'}                                                      | ${'function names are case-sensitive'}
    ${'States.Array(States.Nope())'}                                          | ${'unknown nested function'}
  `('rejects $text ($why)', ({ text }) => {
    const parsed = parseIntrinsic(text);
    expect(parsed.ok).toBe(false);
    expect(intrinsicSyntaxError(text)).toEqual(expect.any(String));
  });

  it('reports no syntax error for a valid call', () => {
    expect(intrinsicSyntaxError("States.StringToJson('{\"constant_in_literal\": \"false\"}')")).toBeUndefined();
  });
});
