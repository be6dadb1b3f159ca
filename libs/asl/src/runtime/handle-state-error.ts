import type { Catcher, Retrier } from '../definition/state-machine.definition';
import type { Json, JsonObject } from '../json';
import type { StatesError } from '../errors/states-error';
import { decideRetry } from '../fields/retry';
import { findCatcher } from '../fields/catch';
import { applyResultPath } from '../fields/result-path';
import { evaluatePayloadTemplate } from '../fields/payload-template';
import { evaluateTemplate } from '../jsonata';
import type { Transition } from './transition';

/**
 * A state failed: retry it if a Retrier allows, else move to the first matching Catcher's
 * Next with the error output, else fail the run.
 */
export async function handleStateError(t: Transition, error: StatesError): Promise<void> {
  const def = t.definition as { Retry?: Retrier[]; Catch?: Catcher[] };
  const state = t.state;
  const retry = decideRetry(def.Retry, state.retrierAttempts ?? [], error.error, t.ctx.entropy.random);
  if (retry) {
    const attempts = (state.retrierAttempts ??= []);
    attempts[retry.retrierIndex] = (attempts[retry.retrierIndex] ?? 0) + 1;
    state.retryCount += 1;
    const awaitId = t.await('retry');
    t.command({ kind: 'StartTimer', awaitId, dueAt: t.ctx.now + retry.delayMs });
    return;
  }
  const catcher = findCatcher(def.Catch, error.error);
  if (!catcher) {
    t.failRun(error);
    return;
  }
  const errorOutput: JsonObject = { Error: error.error, Cause: error.cause ?? '' };
  const { output, assigned } = await catcherOutput(t, catcher, errorOutput);
  t.exitState(output, assigned, catcher.Next);
}

async function catcherOutput(
  t: Transition,
  catcher: Catcher,
  errorOutput: JsonObject,
): Promise<{ output: Json; assigned?: JsonObject }> {
  if (t.queryLanguage() === 'JSONata') {
    const bindings = t.bindings({ errorOutput });
    const options = t.jsonataOptions();
    const assigned = catcher.Assign
      ? ((await evaluateTemplate(catcher.Assign, bindings, options, 'Assign')) as JsonObject)
      : undefined;
    const output = catcher.Output !== undefined ? await evaluateTemplate(catcher.Output, bindings, options, 'Output') : errorOutput;
    return { output, assigned };
  }
  const assigned = catcher.Assign ? (evaluatePayloadTemplate(catcher.Assign, t.scope(errorOutput)) as JsonObject) : undefined;
  return { output: applyResultPath(catcher.ResultPath, t.state.input, errorOutput), assigned };
}
