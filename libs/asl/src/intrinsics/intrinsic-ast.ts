import type { JsonPrimitive } from '../json';

/** The 18 intrinsic functions of the Amazon States Language, by their ASL names. */
export const IntrinsicName = {
  Array: 'States.Array',
  ArrayContains: 'States.ArrayContains',
  ArrayGetItem: 'States.ArrayGetItem',
  ArrayLength: 'States.ArrayLength',
  ArrayPartition: 'States.ArrayPartition',
  ArrayRange: 'States.ArrayRange',
  ArrayUnique: 'States.ArrayUnique',
  Base64Decode: 'States.Base64Decode',
  Base64Encode: 'States.Base64Encode',
  Format: 'States.Format',
  Hash: 'States.Hash',
  JsonMerge: 'States.JsonMerge',
  JsonToString: 'States.JsonToString',
  MathAdd: 'States.MathAdd',
  MathRandom: 'States.MathRandom',
  StringSplit: 'States.StringSplit',
  StringToJson: 'States.StringToJson',
  UUID: 'States.UUID',
} as const;
export type IntrinsicName = (typeof IntrinsicName)[keyof typeof IntrinsicName];

const NAMES = new Set<string>(Object.values(IntrinsicName));

export function isIntrinsicName(name: string): name is IntrinsicName {
  return NAMES.has(name);
}

/** A call such as `States.Format('{}', $.a)`. */
export interface IntrinsicCallNode {
  readonly kind: 'call';
  readonly name: IntrinsicName;
  readonly args: readonly IntrinsicNode[];
}

/**
 * A single-quoted string literal. `value` has the escapes resolved; `raw` is the text between
 * the quotes, which States.Format needs to tell an escaped `\{` from a placeholder brace.
 */
export interface IntrinsicStringNode {
  readonly kind: 'string';
  readonly value: string;
  readonly raw: string;
}

/** A number, `true`, `false` or `null` literal. */
export interface IntrinsicLiteralNode {
  readonly kind: 'literal';
  readonly value: Exclude<JsonPrimitive, string>;
}

/** A `$...`, `$$...` or `$variable...` path, evaluated with queryPath. */
export interface IntrinsicPathNode {
  readonly kind: 'path';
  readonly path: string;
}

export type IntrinsicNode = IntrinsicCallNode | IntrinsicStringNode | IntrinsicLiteralNode | IntrinsicPathNode;
