import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.Base64Encode', () => {
  it.each`
    text                    | result
    ${''}                   | ${''}
    ${' '}                  | ${'IA=='}
    ${'hello'}              | ${'aGVsbG8='}
    ${'Data to encode'}     | ${'RGF0YSB0byBlbmNvZGU='}
    ${'✓'}                  | ${'4pyT'}
    ${'こんにちは'}          | ${'44GT44KT44Gr44Gh44Gv'}
    ${'🚀'}                 | ${'8J+agA=='}
    ${'line1\nline2'}       | ${'bGluZTEKbGluZTI='}
    ${'abc\u0000def'}       | ${'YWJjAGRlZg=='}
    ${'a\uD800b'}           | ${'YT9i'}
  `('encodes $text as $result', ({ text, result }) => {
    expect(run('States.Base64Encode($.text)', { text })).toBe(result);
  });

  it('accepts 10000 characters and rejects 10001', () => {
    expect(run('States.Base64Encode($.s)', { s: 'a'.repeat(10_000) })).toHaveLength(13_336);
    expect(failureOf('States.Base64Encode($.s)', { s: 'a'.repeat(10_001) })).toEqual(invalidArguments('States.Base64Encode($.s)'));
  });

  it.each`
    expression                                  | input
    ${'States.Base64Encode(123)'}               | ${{}}
    ${'States.Base64Encode($.obj)'}             | ${{ obj: {} }}
    ${'States.Base64Encode($.arr)'}             | ${{ arr: ['x'] }}
    ${'States.Base64Encode(null)'}              | ${{}}
    ${'States.Base64Encode()'}                  | ${{}}
    ${"States.Base64Encode('a', 'b')"}          | ${{}}
  `('rejects $expression', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
