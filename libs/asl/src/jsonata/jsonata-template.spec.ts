import { isJsonataTemplate, jsonataExpressionOf } from './jsonata-template';

describe('isJsonataTemplate', () => {
  it.each`
    value                        | template
    ${'{% $states.input %}'}     | ${true}
    ${'{%$states.input%}'}       | ${true}
    ${'{% %}'}                   | ${true}
    ${' {% states.input %} '}    | ${false}
    ${' {% $states.input %}'}    | ${false}
    ${'{% $states.input %} '}    | ${false}
    ${'{%}'}                     | ${false}
    ${'Hello {% $x %} welcome'}  | ${false}
    ${'$states.input'}           | ${false}
    ${'{% incomplete'}           | ${false}
    ${42}                        | ${false}
    ${null}                      | ${false}
  `('$value: $template', ({ value, template }) => {
    expect(isJsonataTemplate(value)).toBe(template);
  });
});

describe('jsonataExpressionOf', () => {
  it('strips the delimiters and trims, as AWS quotes the expression', () => {
    expect(jsonataExpressionOf('{%  $states.input.x \n%}')).toBe('$states.input.x');
    expect(jsonataExpressionOf("{%{'foo': 'bar'}%}")).toBe("{'foo': 'bar'}");
  });
});
