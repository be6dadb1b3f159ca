import { javaNumberToString, javaToString } from './java-text';

describe('javaToString', () => {
  it.each`
    value                                    | text
    ${'text'}                                | ${'text'}
    ${null}                                  | ${'null'}
    ${true}                                  | ${'true'}
    ${[]}                                    | ${'[]'}
    ${{}}                                    | ${'{}'}
    ${{ a: [1, 'b', null], c: { d: false } }} | ${'{a=[1, b, null], c={d=false}}'}
  `('renders $value as $text', ({ value, text }) => {
    expect(javaToString(value)).toBe(text);
  });
});

describe('javaNumberToString', () => {
  // Expected values printed by Java's Integer/Long/Double.toString.
  it.each`
    value                  | text
    ${0}                   | ${'0'}
    ${-7}                  | ${'-7'}
    ${1e18}                | ${'1000000000000000000'}
    ${1e21}                | ${'1.0E21'}
    ${1.1}                 | ${'1.1'}
    ${0.001}               | ${'0.001'}
    ${0.0001}              | ${'1.0E-4'}
    ${12345678.5}          | ${'1.23456785E7'}
    ${-2.5e-7}             | ${'-2.5E-7'}
  `('prints $value as $text', ({ value, text }) => {
    expect(javaNumberToString(value)).toBe(text);
  });
});
