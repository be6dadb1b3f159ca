import { fault, statesError } from '../errors/states-error';
import type { Json } from '../json';
import { queryPath } from '../path/query-path';
import type { EvalScope } from '../runtime/eval-scope';
import type { IntrinsicCallNode, IntrinsicName, IntrinsicNode } from './intrinsic-ast';
import type { IntrinsicCall } from './intrinsic-call';
import { intrinsicFunctions } from './intrinsic-functions';
import { parseIntrinsic } from './intrinsic-parser';

/**
 * Evaluates an intrinsic call expression such as `States.Format('{}', $.a)` (the value of a `.$`
 * field). Arguments are evaluated left to right, depth first. Failures throw a StatesFault with
 * `States.Runtime`, the error AWS raises, and AWS's cause text without the
 * "An error occurred while executing the state ..." prefix, which the state adds.
 */
export function evaluateIntrinsic(expression: string, scope: EvalScope): Json {
  const parsed = parseIntrinsic(expression);
  if (!parsed.ok) fault(statesError.runtime(`${evaluationFailed(expression)} Invalid intrinsic function call: ${parsed.reason}.`));
  return evaluateCall(parsed.call, expression, scope);
}

function evaluateCall(node: IntrinsicCallNode, expression: string, scope: EvalScope): Json {
  const args = node.args.map((arg) => evaluateNode(arg, expression, scope));
  return intrinsicFunctions[node.name](new Call(node.name, args, node.args, scope, expression));
}

function evaluateNode(node: IntrinsicNode, expression: string, scope: EvalScope): Json {
  switch (node.kind) {
    case 'call':
      return evaluateCall(node, expression, scope);
    case 'string':
    case 'literal':
      return node.value;
    case 'path': {
      const selected = queryPath(node.path, scope);
      if (!selected.found) {
        fault(
          statesError.runtime(
            `The function '${expression}' had the following error: The JsonPath argument for the field '${node.path}' could not be found in the input '${JSON.stringify(scope.input)}'`,
          ),
        );
      }
      return selected.value;
    }
  }
}

function evaluationFailed(expression: string): string {
  return `There was an error while evaluating the intrinsic function: ${expression}.`;
}

class Call implements IntrinsicCall {
  constructor(
    readonly name: IntrinsicName,
    readonly args: readonly Json[],
    readonly nodes: readonly IntrinsicNode[],
    readonly scope: EvalScope,
    private readonly expression: string,
  ) {}

  invalidArguments(reason?: string): never {
    return this.fail(`Invalid arguments in ${this.name}${reason === undefined ? '' : `: ${reason}`}`);
  }

  fail(detail: string): never {
    return fault(statesError.runtime(`${evaluationFailed(this.expression)} ${detail}`));
  }
}
