import { Get, Headers, Inject, Param, Query, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { watchHistory, type Engine } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { describeExecution } from '../operations/execution.operations';
import { historyEventShape } from '../aws-api/history-event.shape';
import { ENGINE } from '../runtime/engine.token';
import { EventsQuery } from './dto/execution.dto';
import { RestController } from './rest-controller.decorator';
import { internalFailure, toRestError } from './rest-error';
import { withIsoDates } from './rest-values';
import { callerGone } from '../operations/caller-gone';
import { drained } from '../operations/drained';
import { openEventStream, resumeAfter, serverSentEvent } from './server-sent-events';

/**
 * An execution's history as Server-Sent Events: every event in order as it is recorded, then
 * `end` with the execution's status once it has ended, and the stream closes. So a caller
 * (an EventSource in the console, or any microservice) waits for an execution without polling.
 */
@RestController('executions', 'executions')
export class ExecutionEventsController implements BeforeApplicationShutdown {
  /** Aborted on shutdown: every open stream ends, so the HTTP server can close. */
  private readonly closing = new AbortController();

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Get(':arn/events')
  @ApiOperation({ summary: 'Server-Sent Events: `history` events (id = event id, data = AWS HistoryEvent), then `end` ({ status })' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this event id' })
  @ApiOkResponse({ content: { 'text/event-stream': {} } })
  async events(
    @Param('arn') arn: string,
    @Query() query: EventsQuery,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() response: ServerResponse,
  ): Promise<void> {
    const engine = requireEngine(this.engine);
    // Before the stream opens, so an unknown execution is a 404, not an empty stream.
    await describeExecution(engine, arn);
    const signal = AbortSignal.any([callerGone(response), this.closing.signal]);
    const stopKeepAlive = openEventStream(response);
    try {
      const watch = watchHistory(engine.repository, arn, signal, resumeAfter(query.after, lastEventId));
      for (let next = await watch.next(); !signal.aborted; next = await watch.next()) {
        if (next.done) {
          if (next.value) response.write(serverSentEvent('end', { status: next.value.status }));
          break;
        }
        const event = next.value;
        if (!response.write(serverSentEvent('history', withIsoDates(historyEventShape(event, true)), event.id))) await drained(response, signal);
      }
    } catch (error) {
      // The answer has begun: the failure can only be told as an event.
      response.write(serverSentEvent('error', (toRestError(error) ?? internalFailure()).body));
    } finally {
      stopKeepAlive();
      response.end();
    }
  }

  beforeApplicationShutdown(): void {
    this.closing.abort();
  }
}
