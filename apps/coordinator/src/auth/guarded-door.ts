import { BULL_BOARD_PATH } from '../bull-board/bull-board.service';
import { REST_PREFIX } from '../rest/rest-controller.decorator';

/**
 * Which credentials an HTTP request needs, by where it goes: `api-key-page` is a page a browser
 * opens directly (Bull Board), asked for the key with a login box.
 */
export type GuardedDoor = 'aws-signature' | 'api-key' | 'api-key-page' | 'open';

/** REST: what STEPWISE_API_KEYS guards for programs. */
export const API_KEY_PATHS: readonly string[] = [`/${REST_PREFIX}`];

/** Bull Board's pages and their data, guarded by STEPWISE_API_KEYS for browsers. */
export const API_KEY_PAGE_PATHS: readonly string[] = [BULL_BOARD_PATH];

/**
 * `/health`, `/metrics` and `/docs` stay open: probes and scrapers run inside the deployment. The
 * console's files under `/ui` hold no data: the console asks for the key and sends it with each
 * of its REST calls.
 */
export function guardedDoor(method: string | undefined, url: string | undefined): GuardedDoor {
  const path = (url ?? '/').split('?', 1)[0];
  if (method === 'POST' && path === '/') return 'aws-signature';
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  if (API_KEY_PATHS.some(under)) return 'api-key';
  return API_KEY_PAGE_PATHS.some(under) ? 'api-key-page' : 'open';
}
