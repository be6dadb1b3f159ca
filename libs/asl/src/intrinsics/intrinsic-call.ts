import type { Json } from '../json';
import type { EvalScope } from '../runtime/eval-scope';
import type { IntrinsicName, IntrinsicNode } from './intrinsic-ast';

/** One call of an intrinsic function, with its arguments already evaluated. */
export interface IntrinsicCall {
  readonly name: IntrinsicName;
  /** The argument values, in order. */
  readonly args: readonly Json[];
  /** The argument nodes as written: States.Format reads a literal template's escapes from them. */
  readonly nodes: readonly IntrinsicNode[];
  readonly scope: EvalScope;
  /** Fails with AWS's cause detail `Invalid arguments in <name>`, plus `: <reason>` when given. */
  invalidArguments(reason?: string): never;
  /** Fails with a cause detail in AWS's own words, such as `Invalid template in States.Format: ...`. */
  fail(detail: string): never;
}

/** An intrinsic function: returns its value or fails through the call. It never mutates its arguments. */
export type IntrinsicFunction = (call: IntrinsicCall) => Json;
