import { Controller, Get } from '@nestjs/common';

/** The answer of a process that is up and serving. */
export interface HealthStatus {
  status: 'ok';
}

/** Liveness probe for orchestrators (docker compose, Kubernetes) and for `npm start`. */
@Controller('health')
export class HealthController {
  @Get()
  check(): HealthStatus {
    return { status: 'ok' };
  }
}
