import type { Json } from '../json';

/** How arrays are written in a URL-encoded body or query (`Transform.RequestEncodingOptions.ArrayFormat`). */
export const ArrayFormat = {
  /** `array[0]=a&array[1]=b` (AWS's default) */
  Indices: 'INDICES',
  /** `array=a&array=b` */
  Repeat: 'REPEAT',
  /** `array=a,b` */
  Commas: 'COMMAS',
  /** `array[]=a&array[]=b` */
  Brackets: 'BRACKETS',
} as const;
export type ArrayFormat = (typeof ArrayFormat)[keyof typeof ArrayFormat];

/**
 * The name-value pairs of a JSON object in `application/x-www-form-urlencoded` form: nested
 * objects as `outer[inner]`, arrays as `arrayFormat` says, null as an empty value.
 */
export function formPairs(object: { readonly [key: string]: Json }, arrayFormat: ArrayFormat): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(object)) addPairs(pairs, key, value, arrayFormat);
  return pairs;
}

/** The pairs as a URL-encoded string (`a=1&b%5B0%5D=x`). */
export function urlEncode(object: { readonly [key: string]: Json }, arrayFormat: ArrayFormat): string {
  return new URLSearchParams(formPairs(object, arrayFormat)).toString();
}

function addPairs(pairs: [string, string][], key: string, value: Json, arrayFormat: ArrayFormat): void {
  if (Array.isArray(value)) {
    if (arrayFormat === ArrayFormat.Commas) {
      pairs.push([key, value.map(scalarText).join(',')]);
      return;
    }
    value.forEach((item, index) => addPairs(pairs, arrayItemKey(key, index, arrayFormat), item, arrayFormat));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [member, item] of Object.entries(value)) addPairs(pairs, `${key}[${member}]`, item, arrayFormat);
    return;
  }
  pairs.push([key, scalarText(value)]);
}

function arrayItemKey(key: string, index: number, arrayFormat: ArrayFormat): string {
  if (arrayFormat === ArrayFormat.Indices) return `${key}[${index}]`;
  if (arrayFormat === ArrayFormat.Brackets) return `${key}[]`;
  return key;
}

function scalarText(value: Json): string {
  if (value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
