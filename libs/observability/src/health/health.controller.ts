import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { QueueProbeRepository } from '../queue-probe.repository';
import { healthReport } from './health-report';

/** Readiness probe for orchestrators (docker compose, Kubernetes) and for `npm start`: 200 or 503. */
@Controller('health')
export class HealthController {
  constructor(@Optional() @Inject(QueueProbeRepository) private readonly probe?: QueueProbeRepository) {}

  @Get()
  async check(@Res() response: ServerResponse): Promise<void> {
    const report = await healthReport(this.probe);
    const body = JSON.stringify(report);
    response.writeHead(report.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  }
}
