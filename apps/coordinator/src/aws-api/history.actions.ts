import { Inject, Injectable } from '@nestjs/common';
import type { Engine } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { ARN_RULE, checkExecutionArn } from './aws-identifiers';
import type { AwsRequest } from './aws-request';
import { historyEventShape } from './history-event.shape';
import { MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH } from './aws-limits';
import { decodePageToken, encodePageToken, pageSize } from './page-token';

/** GetExecutionHistory. */
@Injectable()
export class HistoryActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    GetExecutionHistory: (r) => this.history(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  /**
   * One page of events, oldest first or (reverseOrder) newest first. Event ids never change, so
   * the token holds the id the next page continues after, whatever was appended since.
   */
  private async history(r: AwsRequest) {
    const arn = r.requiredString('executionArn', ARN_RULE);
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const reverse = r.boolean('reverseOrder') ?? false;
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    const includeData = r.boolean('includeExecutionData') ?? true;
    r.validate();
    checkExecutionArn(arn);
    const after = token === undefined ? undefined : decodePageToken<{ after: number }>(token, { after: 'number' }).after;
    const events = await requireEngine(this.engine).executions.history(arn);
    const ordered = reverse ? events.reverse() : events;
    const rest = after === undefined ? ordered : ordered.filter((e) => (reverse ? e.id < after : e.id > after));
    const page = rest.slice(0, size);
    return {
      events: page.map((e) => historyEventShape(e, includeData)),
      ...(rest.length > size && { nextToken: encodePageToken({ after: page[page.length - 1].id }) }),
    };
  }
}
