import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.Base64Decode', () => {
  it.each`
    base64                        | result
    ${''}                         | ${''}
    ${'aGVsbG8='}                 | ${'hello'}
    ${'RGF0YSB0byBlbmNvZGU='}     | ${'Data to encode'}
    ${'4pyT'}                     | ${'✓'}
    ${'44GT44KT44Gr44Gh44Gv'}     | ${'こんにちは'}
    ${'YWJjAGRlZg=='}             | ${'abc\u0000def'}
    ${'IA=='}                     | ${' '}
    ${'YWJjZA'}                   | ${'abcd'}
    ${' YWJjZA== '}               | ${'abcd'}
    ${'YWJj\nZA=='}               | ${'abcd'}
    ${'ab==cd'}                   | ${'i'}
    ${'abc'}                      | ${'i\ufffd'}
    ${'!!!invalid!!!'}            | ${'\ufffd{\u0696\''}
    ${'_-8'}                      | ${'\ufffd\ufffd'}
  `('decodes $base64 leniently as $result', ({ base64, result }) => {
    expect(run('States.Base64Decode($.base64)', { base64 })).toBe(result);
  });

  it('accepts 10000 characters and rejects 10001', () => {
    expect(run('States.Base64Decode($.s)', { s: 'A'.repeat(10_000) })).toBe('\u0000'.repeat(7_500));
    expect(failureOf('States.Base64Decode($.s)', { s: 'A'.repeat(10_001) })).toEqual(invalidArguments('States.Base64Decode($.s)'));
  });

  it.each`
    expression                                       | input
    ${'States.Base64Decode(123)'}                    | ${{}}
    ${'States.Base64Decode($.obj)'}                  | ${{ obj: {} }}
    ${'States.Base64Decode()'}                       | ${{}}
    ${"States.Base64Decode('aGVsbG8=', 'extra')"}    | ${{}}
  `('rejects $expression', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });

  it('round-trips States.Base64Encode', () => {
    expect(run('States.Base64Decode(States.Base64Encode($.s))', { s: 'héllo 🚀' })).toBe('héllo 🚀');
  });
});
