import { ConsoleLogger, type LoggerService } from '@nestjs/common';
import { enabledLogLevels, type Settings } from '@lib/config';

/** The logger of a Stepwise process: LOG_LEVEL and above, as JSON lines or text (LOG_FORMAT). */
export function createAppLogger(settings: Pick<Settings, 'logLevel' | 'logFormat'>): LoggerService {
  return new ConsoleLogger({ logLevels: enabledLogLevels(settings.logLevel), json: settings.logFormat === 'json' });
}
