import { isJsonObject, type Json } from '../json';

/** `java.util.HashMap` defaults: 16 buckets, resize past 75% load, resize instead of treeifying below 64. */
const DEFAULT_CAPACITY = 16;
const LOAD_FACTOR = 0.75;
const TREEIFY_BUCKET_SIZE = 9;
const MIN_TREEIFY_CAPACITY = 64;

/**
 * The distinct values in the order `new HashSet<>(list)` iterates them on AWS: by hash bucket,
 * then by first appearance. AWS's States.ArrayUnique returns this order, for example
 * `[false, true]` for `[true, false, true]`. Bins that Java would turn into trees (9+ colliding
 * values in a table of 64+ buckets) keep insertion order here.
 */
export function distinctInJavaHashSetOrder(values: readonly Json[]): Json[] {
  const distinct: { value: Json; hash: number }[] = [];
  for (const value of values) {
    if (!distinct.some((seen) => javaEquals(seen.value, value))) distinct.push({ value, hash: spread(javaHashCode(value)) });
  }
  const capacity = finalCapacity(
    distinct.map((entry) => entry.hash),
    tableSizeFor(Math.max(Math.floor(values.length / LOAD_FACTOR) + 1, DEFAULT_CAPACITY)),
  );
  const buckets: Json[][] = Array.from({ length: capacity }, () => []);
  for (const entry of distinct) buckets[entry.hash & (capacity - 1)].push(entry.value);
  return buckets.flat();
}

/** Replays the inserts to find the table size HashMap ends with; resizes keep each bucket's order. */
function finalCapacity(hashes: readonly number[], initial: number): number {
  let capacity = initial;
  let counts = new Map<number, number>();
  const add = (hash: number): number => {
    const bucket = hash & (capacity - 1);
    const size = (counts.get(bucket) ?? 0) + 1;
    counts.set(bucket, size);
    return size;
  };
  const grow = (inserted: number): void => {
    capacity *= 2;
    counts = new Map();
    hashes.slice(0, inserted).forEach(add);
  };
  hashes.forEach((hash, index) => {
    if (add(hash) >= TREEIFY_BUCKET_SIZE && capacity < MIN_TREEIFY_CAPACITY) grow(index + 1);
    if (index + 1 > capacity * LOAD_FACTOR) grow(index + 1);
  });
  return capacity;
}

function tableSizeFor(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

/** HashMap's `hash()`: folds the high bits into the low ones. */
function spread(hash: number): number {
  return hash ^ (hash >>> 16);
}

/** `hashCode()` of the Java object AWS holds for the value (Integer, Long, Double, String, List, Map). */
export function javaHashCode(value: Json): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1231 : 1237;
  if (typeof value === 'string') return stringHashCode(value);
  if (typeof value === 'number') return numberHashCode(value);
  if (Array.isArray(value)) return value.reduce<number>((hash, item) => (Math.imul(31, hash) + javaHashCode(item)) | 0, 1);
  return Object.keys(value).reduce((hash, key) => (hash + (stringHashCode(key) ^ javaHashCode(value[key]))) | 0, 0);
}

function stringHashCode(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return hash;
}

function numberHashCode(value: number): number {
  if (Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31) return value | 0;
  const bits = Number.isSafeInteger(value) ? BigInt.asUintN(64, BigInt(value)) : doubleBits(value);
  return Number(BigInt.asIntN(32, bits ^ (bits >> 32n)));
}

function doubleBits(value: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getBigUint64(0);
}

/** Java `equals` between the values as JSON: object key order does not matter. */
function javaEquals(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => javaEquals(item, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && javaEquals(a[key], b[key]));
  }
  return false;
}
