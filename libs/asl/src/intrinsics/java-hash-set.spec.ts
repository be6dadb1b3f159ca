import { distinctInJavaHashSetOrder, javaHashCode } from './java-hash-set';

describe('distinctInJavaHashSetOrder', () => {
  // Expected orders printed by `new ArrayList<>(new HashSet<>(list))` in Java.
  it.each`
    values                                        | order
    ${[true, false, true, false]}                 | ${[false, true]}
    ${[[1, 2], [1, 2], [2, 1]]}                   | ${[[2, 1], [1, 2]]}
    ${[null, null, 1, null]}                      | ${[null, 1]}
    ${[1, '1', 1, '01']}                          | ${[1, '1', '01']}
    ${[16, 1, 0]}                                 | ${[16, 0, 1]}
    ${['b', 'a', 'ab', 'ba']}                     | ${['a', 'ab', 'b', 'ba']}
  `('orders $values as $order', ({ values, order }) => {
    expect(distinctInJavaHashSetOrder(values)).toEqual(order);
  });

  it('uses the bucket count of a table grown past 16 entries', () => {
    const values = Array.from({ length: 20 }, (_, i) => 40 - 2 * i);
    expect(distinctInJavaHashSetOrder(values)).toEqual([32, 34, 2, 36, 4, 38, 6, 40, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]);
  });
});

describe('javaHashCode', () => {
  // Expected values printed by Java's hashCode() of String, Integer, Long, Double, Boolean, List and Map.
  it.each`
    value                       | hash
    ${'hello'}                  | ${99162322}
    ${''}                       | ${0}
    ${7}                        | ${7}
    ${-7}                       | ${-7}
    ${4294967296}               | ${1}
    ${1.5}                      | ${1073217536}
    ${true}                     | ${1231}
    ${null}                     | ${0}
    ${[1, 2]}                   | ${994}
    ${{ a: 1 }}                 | ${96}
  `('hashes $value to $hash', ({ value, hash }) => {
    expect(javaHashCode(value)).toBe(hash);
  });
});
