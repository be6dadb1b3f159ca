import { createServer } from 'node:net';

/** The loopback address every process of a local stack listens on and connects to. */
export const LOOPBACK_HOST = '127.0.0.1';

/**
 * A TCP port on the loopback interface that was free a moment ago. Another process may take it
 * before the caller binds it, so callers retry on "address in use".
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, LOOPBACK_HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('no port was assigned')) : resolve(port)));
    });
  });
}
