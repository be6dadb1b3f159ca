import { Inject, Injectable } from '@nestjs/common';
import type { Engine } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { ARN_RULE } from './aws-identifiers';
import type { AwsRequest } from './aws-request';
import { historyEventShape } from './history-event.shape';
import { MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH } from './aws-limits';
import { pageSize } from './page-token';
import { pageOfHistory } from '../operations/execution.operations';

/** GetExecutionHistory. */
@Injectable()
export class HistoryActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    GetExecutionHistory: (r) => this.history(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  /** One page of events, oldest first or (reverseOrder) newest first. */
  private async history(r: AwsRequest) {
    const arn = r.requiredString('executionArn', ARN_RULE);
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const reverse = r.boolean('reverseOrder') ?? false;
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    const includeData = r.boolean('includeExecutionData') ?? true;
    r.validate();
    const page = await pageOfHistory(requireEngine(this.engine), arn, { size, reverse, token });
    return { ...page, events: page.events.map((e) => historyEventShape(e, includeData)) };
  }
}
