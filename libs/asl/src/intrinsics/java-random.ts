const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

/**
 * `java.util.Random`: the 48-bit linear congruential generator AWS's Java runtime seeds for
 * `States.MathRandom(start, end, seed)`. Same seed, same sequence; AWS returns -5 for
 * `States.MathRandom(-5, 5, 42)`, which is `-5 + new Random(42).nextInt(10)`.
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

  private next(bits: number): number {
    this.state = (this.state * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, this.state >> BigInt(48 - bits)));
  }
}
