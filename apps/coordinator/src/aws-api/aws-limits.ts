import { DEFAULT_MAX_PAYLOAD_BYTES } from '@lib/asl';

// AWS's limits on request members (the Step Functions API reference's constraints).

/** Longest state machine or execution name. */
export const MAX_NAME_LENGTH = 80;

/** Longest ARN a request may carry (the `Arn` shape). */
export const MAX_ARN_LENGTH = 256;

/** Longest definition, in characters. */
export const MAX_DEFINITION_LENGTH = 1_048_576;

/** Largest execution input or task output, in UTF-8 bytes. */
export const MAX_PAYLOAD_BYTES = DEFAULT_MAX_PAYLOAD_BYTES;

/** Longest `error` of StopExecution and SendTaskFailure. */
export const MAX_ERROR_LENGTH = 256;

/** Longest `cause` of StopExecution and SendTaskFailure. */
export const MAX_CAUSE_LENGTH = 32_768;

/** Longest task token. */
export const MAX_TASK_TOKEN_LENGTH = 2048;

/** Longest nextToken (the `PageToken` shape). */
export const MAX_PAGE_TOKEN_LENGTH = 1024;

/** Items per page when the caller asks for none or for 0. */
export const DEFAULT_PAGE_SIZE = 100;

/** Largest page a caller may ask for. */
export const MAX_PAGE_SIZE = 1000;

/** Most diagnostics ValidateStateMachineDefinition returns (its default and its limit). */
export const MAX_DIAGNOSTICS = 100;

/** Longest description of a version (PublishStateMachineVersion, `versionDescription`). */
export const MAX_VERSION_DESCRIPTION_LENGTH = 256;

/** Longest description of an alias. */
export const MAX_ALIAS_DESCRIPTION_LENGTH = 256;

/** Longest revision id a request may name. */
export const MAX_REVISION_ID_LENGTH = 256;

/** Versions an alias may route to: one or two. */
export const MAX_ROUTES = 2;
