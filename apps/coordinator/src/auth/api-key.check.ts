import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a presented API key is one of the configured ones. Keys are compared as SHA-256
 * digests with timingSafeEqual, so neither a key's content nor its length leaks through timing.
 */
export class ApiKeyCheck {
  private readonly digests: readonly Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = keys.map(digest);
  }

  /** False when no keys are configured: the doors it guards are open. */
  get required(): boolean {
    return this.digests.length > 0;
  }

  accepts(presented: string | undefined): boolean {
    if (presented === undefined || presented === '') return false;
    const candidate = digest(presented);
    // Every key is compared, so the time taken does not say which one matched.
    return this.digests.reduce((found, key) => timingSafeEqual(key, candidate) || found, false);
  }
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}
