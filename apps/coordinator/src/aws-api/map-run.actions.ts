import { Inject, Injectable } from '@nestjs/common';
import type { Engine } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { describeMapRun, pageOfMapRuns, updateMapRun } from '../operations/map-run.operations';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { ARN_RULE } from './aws-identifiers';
import { MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH } from './aws-limits';
import type { AwsRequest } from './aws-request';
import { describeMapRunShape, mapRunListItemShape } from './map-run.shape';
import { pageSize } from './page-token';

/** Longest Map Run ARN (AWS's `LongArn` shape). */
const LONG_ARN_RULE = { max: 2000, min: 1 } as const;

/** Largest Integer and Long member values AWS's shapes allow. */
const MAX_INTEGER = 2 ** 31 - 1;
const MAX_LONG = Number.MAX_SAFE_INTEGER;

/** ListMapRuns, DescribeMapRun, UpdateMapRun: the Map Runs of distributed Maps. */
@Injectable()
export class MapRunActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    ListMapRuns: (r) => this.list(r),
    DescribeMapRun: (r) => this.describe(r),
    UpdateMapRun: (r) => this.update(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  private async list(r: AwsRequest) {
    const executionArn = r.requiredString('executionArn', ARN_RULE);
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    r.validate();
    const page = await pageOfMapRuns(requireEngine(this.engine), executionArn, { size, token });
    return { ...page, mapRuns: page.mapRuns.map(mapRunListItemShape) };
  }

  private async describe(r: AwsRequest) {
    const mapRunArn = r.requiredString('mapRunArn', LONG_ARN_RULE);
    r.validate();
    return describeMapRunShape(await describeMapRun(requireEngine(this.engine), mapRunArn));
  }

  private async update(r: AwsRequest) {
    const mapRunArn = r.requiredString('mapRunArn', LONG_ARN_RULE);
    const maxConcurrency = r.integer('maxConcurrency', { min: 0, max: MAX_INTEGER });
    const toleratedFailureCount = r.integer('toleratedFailureCount', { min: 0, max: MAX_LONG });
    const toleratedFailurePercentage = r.number('toleratedFailurePercentage', { min: 0, max: 100 });
    r.validate();
    await updateMapRun(requireEngine(this.engine), mapRunArn, { maxConcurrency, toleratedFailureCount, toleratedFailurePercentage });
    return {};
  }
}
