import { Controller, Get, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { Registry } from 'prom-client';

/** `/metrics` in Prometheus's text format. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: Registry) {}

  @Get()
  async scrape(@Res() response: ServerResponse): Promise<void> {
    const body = await this.registry.metrics();
    response.writeHead(200, { 'Content-Type': this.registry.contentType, 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  }
}
