import type { Json } from '../json';

/**
 * True when the JSON text of `value` would be longer than `limit` bytes. Walks the value and
 * stops as soon as the limit is passed, so small payloads cost little and large ones are never
 * serialised. String lengths count UTF-16 units plus quotes: close enough for a 256 KiB guard.
 */
export function exceedsPayloadLimit(value: Json | undefined, limit: number): boolean {
  return measure(value, limit) > limit;
}

function measure(value: Json | undefined, budget: number): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
    case 'boolean':
      return 8;
  }
  let size = 2;
  if (Array.isArray(value)) {
    for (const item of value) {
      size += measure(item, budget - size) + 1;
      if (size > budget) return size;
    }
    return size;
  }
  for (const key of Object.keys(value)) {
    size += key.length + 4 + measure(value[key], budget - size);
    if (size > budget) return size;
  }
  return size;
}
