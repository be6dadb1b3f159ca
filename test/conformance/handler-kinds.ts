import type { Entropy, Json, TaskHandler, TaskHandlerContext } from '@lib/asl';
import type { HandlerSpec } from './corpus-case';
import { pythonFormat } from './python-repr';

/** A task failure as the executor reads it: a thrown value with a string `error` and its `cause`. */
export class HandlerFailure extends Error {
  constructor(
    readonly error: string,
    override readonly cause?: string,
  ) {
    super(cause ?? error);
    this.name = new.target.name;
  }
}

/** A Lambda function ARN or the `lambda:invoke` integration: errors carry Lambda's error JSON. */
export function isLambdaResource(resource: string): boolean {
  return /^arn:[^:]+:lambda:/.test(resource) || /^arn:[^:]+:states:::lambda:invoke/.test(resource);
}

/**
 * The cause Step Functions records when a Python Lambda raises: the function's error payload as
 * compact JSON. The request id comes from the injected entropy so that runs are reproducible.
 */
export function lambdaErrorCause(error: string, message: string, requestId: string): string {
  return JSON.stringify({
    errorMessage: message,
    errorType: error,
    requestId,
    stackTrace: [`  File "/var/task/handler.py", line 2, in handler\n    raise ${error}(${JSON.stringify(message)})\n`],
  });
}

/**
 * Builds the task handlers of one execution, registered by function name. Call it once per
 * execution: `failTimes` counts calls within one execution.
 */
export function buildTaskHandlers(specs: Readonly<Record<string, HandlerSpec>>, entropy: Entropy): Record<string, TaskHandler> {
  const handlers: Record<string, TaskHandler> = {};
  for (const [name, spec] of Object.entries(specs)) handlers[name] = buildTaskHandler(spec, entropy);
  return handlers;
}

export function buildTaskHandler(spec: HandlerSpec, entropy: Entropy): TaskHandler {
  switch (spec.kind) {
    case 'echo':
      return (input) => input;
    case 'return':
      return () => spec.value;
    case 'raise':
      return (_input, ctx) => {
        const cause = isLambdaResource(ctx.resource)
          ? lambdaErrorCause(spec.error, spec.errorMessage, entropy.uuid())
          : spec.errorMessage;
        throw new HandlerFailure(spec.error, cause);
      };
    case 'fail':
      return () => {
        throw new HandlerFailure(spec.error, spec.cause);
      };
    case 'failTimes': {
      let calls = 0;
      return () => {
        calls += 1;
        if (calls <= spec.times) throw new HandlerFailure(spec.error);
        return spec.then;
      };
    }
    case 'sleep':
      return async (input: Json, ctx: TaskHandlerContext) => {
        await ctx.sleep(spec.seconds);
        return spec.then === 'echo' || !('value' in spec) ? input : (spec.value as Json);
      };
    case 'return_repeat':
      return () => spec.char.repeat(spec.count);
    case 'python_format':
      return (input) => pythonFormat(spec.template, input);
    default:
      throw new Error(`unknown handler kind ${JSON.stringify((spec as { kind: unknown }).kind)}`);
  }
}
