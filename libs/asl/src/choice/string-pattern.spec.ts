import { matchesStringPattern } from './string-pattern';

describe('matchesStringPattern', () => {
  it.each`
    value              | pattern            | matches
    ${'abc'}           | ${'abc'}           | ${true}
    ${'abc'}           | ${'ab'}            | ${false}
    ${''}              | ${'*'}             | ${true}
    ${'anything'}      | ${'*'}             | ${true}
    ${'log.txt'}       | ${'*.txt'}         | ${true}
    ${'log.txt.bak'}   | ${'*.txt'}         | ${false}
    ${'log-2024.txt'}  | ${'log-*'}         | ${true}
    ${'a-b-c'}         | ${'a*b*c'}         | ${true}
    ${'a-c-b'}         | ${'a*b*c'}         | ${false}
    ${'abab'}          | ${'*ab'}           | ${true}
    ${'aba'}           | ${'ab*ba'}         | ${false}
    ${'abba'}          | ${'ab*ba'}         | ${true}
    ${'xxyyzz'}        | ${'*y*y*'}         | ${true}
    ${'xyz'}           | ${'*y*y*'}         | ${false}
    ${'a*c'}           | ${'a\\*c'}         | ${true}
    ${'abc'}           | ${'a\\*c'}         | ${false}
    ${'a\\c'}          | ${'a\\\\c'}        | ${true}
    ${'a\\bc'}         | ${'a\\\\*'}        | ${true}
    ${'a\\nc'}         | ${'a\\nc'}         | ${true}
    ${'a.c'}           | ${'a?c'}           | ${false}
    ${'a[b]c'}         | ${'a[b]c'}         | ${true}
    ${'abc'}           | ${'a[b]c'}         | ${false}
  `('$value against $pattern: $matches', ({ value, pattern, matches }) => {
    expect(matchesStringPattern(value, pattern)).toBe(matches);
  });
});
