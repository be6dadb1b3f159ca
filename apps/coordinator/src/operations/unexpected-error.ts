import type { Logger } from '@nestjs/common';

/**
 * Logs, with its stack, an error no request could cause (a bug, Redis failing); the door that
 * caught it answers InternalFailure and says nothing more to the caller.
 */
export function logUnexpectedError(logger: Logger, error: unknown): void {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
