import { jsonNestingDepth } from './json';

describe('jsonNestingDepth', () => {
  it.each`
    text                          | depth
    ${'1'}                        | ${0}
    ${'{}'}                       | ${1}
    ${'[[],[[1]]]'}               | ${3}
    ${'{"a":"[[[[{{"}'}           | ${1}
    ${'{"a":"\\\\\\"[[","b":[1]}'} | ${2}
    ${'['.repeat(5000)}           | ${5000}
  `('is $depth for $text', ({ text, depth }) => {
    expect(jsonNestingDepth(text)).toBe(depth);
  });
});
