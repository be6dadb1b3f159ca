import { Inject, Injectable } from '@nestjs/common';
import type { Engine, Tag } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH, TAG_PATTERN, listTags, tagResource, untagResource } from '../operations/tag.operations';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { ARN_RULE } from './aws-identifiers';
import type { AwsRequest } from './aws-request';

const KEY_RULE = { max: MAX_TAG_KEY_LENGTH, min: 1, pattern: TAG_PATTERN } as const;
const VALUE_RULE = { max: MAX_TAG_VALUE_LENGTH, pattern: TAG_PATTERN } as const;

/** The tag lists' own length is not bounded; the resource's limit is TooManyTags. */
const ANY_NUMBER = { min: 0, max: Number.MAX_SAFE_INTEGER } as const;

/** TagResource, UntagResource, ListTagsForResource: tags of state machines and activities. */
@Injectable()
export class TagActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    TagResource: (r) => this.tag(r),
    UntagResource: (r) => this.untag(r),
    ListTagsForResource: (r) => this.list(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  private async tag(r: AwsRequest) {
    const arn = r.requiredString('resourceArn', ARN_RULE);
    const tags = readTags(r, true);
    r.validate();
    await tagResource(requireEngine(this.engine), arn, tags);
    return {};
  }

  private async untag(r: AwsRequest) {
    const arn = r.requiredString('resourceArn', ARN_RULE);
    const keys = r.strings('tagKeys', { ...ANY_NUMBER, required: true }, KEY_RULE) ?? [];
    r.validate();
    await untagResource(requireEngine(this.engine), arn, keys);
    return {};
  }

  private async list(r: AwsRequest) {
    const arn = r.requiredString('resourceArn', ARN_RULE);
    r.validate();
    return { tags: await listTags(requireEngine(this.engine), arn) };
  }
}

/** A `tags` member (TagResource, CreateStateMachine): key and value pairs under AWS's tag rules. */
export function readTags(r: AwsRequest, required: boolean): Tag[] {
  return (r.structures('tags', { ...ANY_NUMBER, required }) ?? []).map((tag) => ({
    key: tag.requiredString('key', KEY_RULE),
    value: tag.string('value', VALUE_RULE) ?? '',
  }));
}
