import { exceedsPayloadLimit } from './payload-size';

describe('exceedsPayloadLimit', () => {
  it('compares the UTF-8 length of the JSON text with the limit', () => {
    expect(exceedsPayloadLimit('abc', 5)).toBe(false);
    expect(exceedsPayloadLimit('abcd', 5)).toBe(true);
    expect(exceedsPayloadLimit('é', 4)).toBe(false);
    expect(exceedsPayloadLimit('éé', 5)).toBe(true);
    expect(exceedsPayloadLimit('😀', 6)).toBe(false);
    expect(exceedsPayloadLimit('😀', 5)).toBe(true);
  });

  it('counts the quotes of object keys and strings', () => {
    expect(exceedsPayloadLimit({ k: 'v' }, 20)).toBe(false);
    expect(exceedsPayloadLimit({ ['k'.repeat(30)]: 'v' }, 20)).toBe(true);
  });

  it('stops early on a huge value', () => {
    const huge = Array.from({ length: 100_000 }, () => 'x'.repeat(100));
    expect(exceedsPayloadLimit(huge, 256 * 1024)).toBe(true);
  });
});
