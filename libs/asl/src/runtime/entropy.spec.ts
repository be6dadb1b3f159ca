import { seededEntropy } from './entropy';

describe('seededEntropy', () => {
  it('repeats the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const e = seededEntropy(seed);
      return [e.random(), e.random(), e.uuid()];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws numbers in [0, 1) spread over the range', () => {
    const e = seededEntropy(1);
    const draws = Array.from({ length: 10_000 }, () => e.random());
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('makes version-4 UUIDs, all different', () => {
    const e = seededEntropy(1);
    const uuids = Array.from({ length: 1000 }, () => e.uuid());
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(uuids).size).toBe(uuids.length);
  });
});
