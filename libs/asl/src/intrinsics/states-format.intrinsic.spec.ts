import { causeFor, failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.Format', () => {
  // Values render as AWS's Java runtime prints them (recorded: objects as {Arg1=1, Arg2=[]}, null as null).
  it.each`
    value                                          | rendered
    ${''}                                          | ${''}
    ${' '}                                         | ${' '}
    ${'HelloWorld'}                                | ${'HelloWorld'}
    ${null}                                        | ${'null'}
    ${1}                                           | ${'1'}
    ${1.1}                                         | ${'1.1'}
    ${-1}                                          | ${'-1'}
    ${9007199254740991}                            | ${'9007199254740991'}
    ${0.0001}                                      | ${'1.0E-4'}
    ${false}                                       | ${'false'}
    ${'{"Arg1": 1, "Arg2": []}'}                   | ${'{"Arg1": 1, "Arg2": []}'}
    ${{ Arg1: 1, Arg2: [] }}                       | ${'{Arg1=1, Arg2=[]}'}
    ${{ Id: 'arn:x', Name: 'n' }}                  | ${'{Id=arn:x, Name=n}'}
    ${['a', 1, null, [true], { k: 'v' }]}          | ${'[a, 1, null, [true], {k=v}]'}
  `('renders $value as $rendered', ({ value, rendered }) => {
    expect(run("States.Format('Formatting argument {}.', $.value)", { value })).toBe(`Formatting argument ${rendered}.`);
  });

  it.each`
    expression                                                                        | input                                   | result
    ${"States.Format('no placeholders')"}                                             | ${{}}                                   | ${'no placeholders'}
    ${"States.Format('{} {} {}', $.a, $.b, $.c)"}                                     | ${{ a: 'x', b: 2, c: true }}            | ${'x 2 true'}
    ${"States.Format('  {}  ', $.a)"}                                                 | ${{ a: 'x' }}                           | ${'  x  '}
    ${"States.Format('Name: \\'{}\\', Surname: \"{}\"', $.name, $.surname)"}          | ${{ name: 'Gabriel', surname: 'Moreira' }} | ${'Name: \'Gabriel\', Surname: "Moreira"'}
    ${"States.Format('\\{\\} is literal, {} is not', $.a)"}                           | ${{ a: 'x' }}                           | ${'{} is literal, x is not'}
    ${"States.Format('back\\\\slash {}', $.a)"}                                       | ${{ a: 'x' }}                           | ${'back\\slash x'}
    ${'States.Format($.template, $.name)'}                                            | ${{ template: 'Hello {}', name: 'Ada' }} | ${'Hello Ada'}
    ${'States.Format($.template, $.name)'}                                            | ${{ template: 'a \\{ {}', name: 'Ada' }} | ${'a { Ada'}
    ${'States.Format($.template, $.name)'}                                            | ${{ template: 'C:\\path\\\\{}', name: 'x' }} | ${'C:\\path\\x'}
    ${'States.Format($.template, $.name)'}                                            | ${{ template: 'C:\\dir {}', name: 'x' }} | ${'C:\\dir x'}
    ${"States.Format('arn:{}:{}', $.svc, States.JsonToString($.obj))"}                | ${{ svc: 'lambda', obj: { k: 1 } }}     | ${'arn:lambda:{"k":1}'}
    ${"States.Format('{}', States.Format('{}-{}', 1, 'x'))"}                          | ${{}}                                   | ${'1-x'}
  `('$expression gives $result', ({ expression, input, result }) => {
    expect(run(expression, input)).toBe(result);
  });

  it.each`
    expression                              | detail
    ${"States.Format('Hello {', $.a)"}      | ${"Invalid template in States.Format: matching '}' not found for '{'."}
    ${"States.Format('Hello {{}}', $.a)"}   | ${"Invalid template in States.Format: matching '}' not found for '{'."}
    ${"States.Format('{x}', $.a)"}          | ${"Invalid template in States.Format: matching '}' not found for '{'."}
    ${"States.Format('}')"}                 | ${"Invalid template in States.Format: matching '{' not found for '}'."}
  `('rejects the template of $expression', ({ expression, detail }) => {
    expect(failureOf(expression, { a: 'x' })).toEqual({ error: 'States.Runtime', cause: causeFor(expression, detail) });
  });

  it.each`
    expression                                   | input
    ${"States.Format('{} {}', $.a)"}             | ${{ a: 'x' }}
    ${"States.Format('{}', $.a, $.b)"}           | ${{ a: 'x', b: 'y' }}
    ${'States.Format($.template, $.name)'}       | ${{ template: 123, name: 'Ada' }}
    ${'States.Format()'}                         | ${{}}
  `('rejects $expression', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
