import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.StringSplit', () => {
  // Splits on each delimiter character and drops empty pieces, as AWS does (recordings).
  it.each`
    text                                   | delimiters   | result
    ${' '}                                 | ${','}       | ${[' ']}
    ${' , '}                               | ${','}       | ${[' ', ' ']}
    ${', , ,'}                             | ${','}       | ${[' ', ' ']}
    ${',,,,'}                              | ${','}       | ${[]}
    ${'1,2,3,4,5'}                         | ${','}       | ${['1', '2', '3', '4', '5']}
    ${'This.is+a,test=string'}             | ${'.+,='}    | ${['This', 'is', 'a', 'test', 'string']}
    ${'split on T and \nnew line'}         | ${'T\n'}     | ${['split on ', ' and ', 'new line']}
    ${'1a2b3ab4'}                          | ${'ab'}      | ${['1', '2', '3', '4']}
    ${'a,,b'}                              | ${','}       | ${['a', 'b']}
    ${',a,b,'}                             | ${','}       | ${['a', 'b']}
    ${''}                                  | ${','}       | ${[]}
    ${'abc'}                               | ${''}        | ${['abc']}
    ${'a|b.c'}                             | ${'|.'}      | ${['a', 'b', 'c']}
    ${'x🚀y'}                              | ${'🚀'}      | ${['x', 'y']}
  `('splits $text on $delimiters', ({ text, delimiters, result }) => {
    expect(run('States.StringSplit($.text, $.delimiters)', { text, delimiters })).toEqual(result);
  });

  it('splits the context input that AWS recorded', () => {
    const text = "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
    expect(run("States.StringSplit($.text, ',')", { text })).toEqual([
      'Value1', 'Value2', 'Value3\nValue4', 'Value5', 'Value6\n', '\ntrue', '1', "'HelloWorld'\nNull", 'None', '\n   \n',
    ]);
  });

  it('splits a literal holding a raw newline', () => {
    expect(run("States.StringSplit('Hello\nWorld', '\n')")).toEqual(['Hello', 'World']);
  });

  it.each`
    expression                                   | input
    ${"States.StringSplit($.val, ',')"}          | ${{ val: 123 }}
    ${"States.StringSplit($.val, ',')"}          | ${{ val: false }}
    ${"States.StringSplit($.val, ',')"}          | ${{ val: null }}
    ${'States.StringSplit($.str, $.d)'}          | ${{ str: 'a,b', d: 1 }}
    ${'States.StringSplit($.str, $.d)'}          | ${{ str: 'a,b', d: [','] }}
    ${'States.StringSplit()'}                    | ${{}}
    ${"States.StringSplit('a,b')"}               | ${{}}
    ${"States.StringSplit('a,b', ',', 'x')"}     | ${{}}
  `('rejects $expression with $input', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
