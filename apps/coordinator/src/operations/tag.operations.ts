import { MAX_TAGS_PER_RESOURCE, TooManyTagsError, type Engine, type Tag } from '@lib/engine';
import { awsError } from '../aws-api/aws-api.error';
import { checkTaggableArn } from '../aws-api/aws-identifiers';

// What the tagging actions do, whichever door was asked: they apply to state machines and activities.

/** Tag keys and values: Unicode letters, digits, white space and `_ . : / = + - @` (AWS's rule). */
export const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Longest tag key, in characters. */
export const MAX_TAG_KEY_LENGTH = 128;

/** Longest tag value, in characters. */
export const MAX_TAG_VALUE_LENGTH = 256;

/** The resource an ARN names, which must exist: ResourceNotFound otherwise. */
async function checkTaggable(engine: Engine, arn: string): Promise<void> {
  const kind = checkTaggableArn(arn);
  const exists = kind === 'activity' ? await engine.activities.exists(arn) : (await engine.stateMachines.get(arn)) !== undefined;
  if (!exists) throw awsError.resourceNotFound(arn);
}

/** Refuses, before a resource is created with them, more tags than a resource may have. */
export function checkTagCount(arn: string, tags: readonly Tag[]): void {
  if (new Set(tags.map((t) => t.key)).size > MAX_TAGS_PER_RESOURCE) throw new TooManyTagsError(arn, MAX_TAGS_PER_RESOURCE);
}

export async function tagResource(engine: Engine, arn: string, tags: readonly Tag[]): Promise<void> {
  await checkTaggable(engine, arn);
  await engine.tags.tag(arn, tags);
}

export async function untagResource(engine: Engine, arn: string, keys: readonly string[]): Promise<void> {
  await checkTaggable(engine, arn);
  await engine.tags.untag(arn, keys);
}

export async function listTags(engine: Engine, arn: string): Promise<Tag[]> {
  await checkTaggable(engine, arn);
  return engine.tags.list(arn);
}
