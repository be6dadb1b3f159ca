/** The interpreter's only source of randomness, injected so that runs are reproducible. */
export interface Entropy {
  /** A number in [0, 1). */
  random(): number;
  /** A version-4 UUID string. */
  uuid(): string;
}

/** A deterministic Entropy from a 32-bit seed (mulberry32), for tests and replays. */
export function seededEntropy(seed: number): Entropy {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (n: number): string => Math.floor(random() * 16 ** n).toString(16).padStart(n, '0');
  const uuid = (): string => {
    const variant = (8 + Math.floor(random() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
  return { random, uuid };
}
