/**
 * Parses JSON the way AWS's `$parse` accepts it: one document, no repeated object key, no number
 * too large for a double. Returns undefined for text AWS refuses.
 */
export function parseStrictJson(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!allNumbersFinite(value)) return undefined;
  if (text.includes('{') && hasRepeatedKey(text)) return undefined;
  return { value };
}

function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(allNumbersFinite);
  return true;
}

/** Scans text JSON.parse already accepted for an object that names a key twice. */
function hasRepeatedKey(text: string): boolean {
  const open: (Set<string> | undefined)[] = []; // one entry per open container; undefined for arrays
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open[open.length - 1];
      if (keys !== undefined && keyNext) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return true;
        keys.add(key);
        keyNext = false;
      }
      i = end;
    } else if (c === '{') {
      open.push(new Set());
      keyNext = true;
    } else if (c === '[') {
      open.push(undefined);
    } else if (c === '}' || c === ']') {
      open.pop();
      keyNext = false;
    } else if (c === ',') {
      keyNext = open[open.length - 1] !== undefined;
    }
  }
  return false;
}
