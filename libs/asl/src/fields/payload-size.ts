import type { Json } from '../json';

/**
 * True when the JSON text of `value` would be longer than `limit` bytes. Walks the value and
 * stops as soon as the limit is passed, so small payloads cost little and large ones are never
 * serialised. Strings count their UTF-8 bytes, as AWS does (escapes are not counted).
 */
export function exceedsPayloadLimit(value: Json | undefined, limit: number): boolean {
  return measure(value ?? null, limit) > limit;
}

function measure(value: Json, budget: number): number {
  switch (typeof value) {
    case 'string':
      return utf8Length(value) + 2;
    case 'number':
      return String(value).length;
    case 'boolean':
      return value ? 4 : 5;
  }
  if (value === null) return 4;
  let size = 1;
  if (Array.isArray(value)) {
    for (const item of value) {
      size += measure(item, budget - size) + 1;
      if (size > budget) return size;
    }
    return value.length === 0 ? 2 : size;
  }
  let empty = true;
  for (const key in value) {
    empty = false;
    size += utf8Length(key) + 4 + measure(value[key], budget - size);
    if (size > budget) return size;
  }
  return empty ? 2 : size;
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
