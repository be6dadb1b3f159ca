const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

/**
 * `java.util.Random`: the 48-bit linear congruential generator AWS's Java runtime seeds for
 * `States.MathRandom(start, end, seed)` and JSONata's `$random(seed)`. Same seed, same sequence:
 * AWS returns -5 for `States.MathRandom(-5, 5, 42)` (`-5 + new Random(42).nextInt(10)`) and
 * 0.7275636800328681 for `$random(42)` (`new Random(42).nextDouble()`).
 */
export class JavaRandom {
  private state: bigint;

  constructor(seed: bigint) {
    this.state = (seed ^ MULTIPLIER) & MASK;
  }

  /** `Random.nextInt(bound)` for a bound of at least 1. */
  nextInt(bound: number): number {
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }

  /** `Random.nextDouble()`. */
  nextDouble(): number {
    const high = this.next(26);
    const low = this.next(27);
    return (high * 2 ** 27 + low) / 2 ** 53;
  }

  private next(bits: number): number {
    this.state = (this.state * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, this.state >> BigInt(48 - bits)));
  }
}
