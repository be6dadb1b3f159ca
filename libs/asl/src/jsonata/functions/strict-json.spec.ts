import { parseStrictJson } from './strict-json';

describe('parseStrictJson', () => {
  it.each`
    text                                  | value
    ${'{"a":"}","b":{"a":1}}'}            | ${{ a: '}', b: { a: 1 } }}
    ${'{"a\\"b":1,"a\\\\b":2}'}           | ${{ 'a"b': 1, 'a\\b': 2 }}
    ${'[{"a":1},{"a":2}]'}                | ${[{ a: 1 }, { a: 2 }]}
    ${'{"a":[1,{"b":2}],"b":3}'}          | ${{ a: [1, { b: 2 }], b: 3 }}
  `('accepts $text', ({ text, value }) => {
    expect(parseStrictJson(text)).toEqual({ value });
  });

  it.each(['{"a":1,"a":2}', '{"x":{"a":1,"a":2}}', '{"a":[1],"b":2,"a":3}', '{"\\u0061":1,"a":2}', '[1] [2]', '', '1e999'])(
    'refuses %p',
    (text) => {
      expect(parseStrictJson(text)).toBeUndefined();
    },
  );
});
