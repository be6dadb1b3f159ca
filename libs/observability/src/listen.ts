import { Logger, type INestApplication } from '@nestjs/common';
import { listenAddress, type Settings } from '@lib/config';

/** Listens on PORT at the interface listenAddress() picks, and says where and why (loudly when exposed). */
export async function listenOnPort(app: INestApplication, settings: Settings, role: string): Promise<void> {
  const logger = new Logger(role);
  const address = listenAddress(settings);
  if (address.warning !== undefined) logger.warn(address.warning);
  await app.listen(settings.port, address.host);
  logger.log(`listening on port ${settings.port} of ${address.host} (pid ${process.pid}): ${address.reason}`);
}
