/*
 * `java.util.Random`'s first `nextDouble()` for a seed. AWS's seeded `$random(seed)` draws from
 * java.util.Random: `$random(42)` is 0.7275636800328681 there.
 */
const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

export function javaRandomNextDouble(seed: bigint): number {
  let state = (seed ^ MULTIPLIER) & MASK;
  const next = (bits: number): number => {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return Number(state >> BigInt(48 - bits));
  };
  const high = next(26);
  const low = next(27);
  return (high * 2 ** 27 + low) / 2 ** 53;
}
