import type { Json, JsonObject } from '../json';

/** Sets a key on a plain object, keeping a "__proto__" key a key instead of the prototype. */
export function setJsonProperty(object: JsonObject, key: string, value: Json): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[key] = value;
  }
}
