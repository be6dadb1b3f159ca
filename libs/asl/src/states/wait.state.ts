import type { Json } from '../json';
import type { WaitDefinition } from '../definition/state-machine.definition';
import { fault, statesError } from '../errors/states-error';
import { applyInputPath } from '../fields/input-path';
import { parseTimestamp, timestampEpochMs } from '../time/rfc3339-timestamp';
import { queryPath } from '../path/query-path';
import { evaluateTemplate } from '../jsonata';
import type { Transition } from '../runtime/transition';
import type { StateHandler } from './state-handler';
import { exitWith, passThroughOutcome } from './state-io';

/** Wait: sleeps for Seconds or until Timestamp (or their Path forms), then passes its input on. */
export const waitState: StateHandler<WaitDefinition> = {
  async run(t, def) {
    const dueAt = t.queryLanguage(def) === 'JSONata' ? await jsonataDueAt(t, def) : jsonPathDueAt(t, def);
    const awaitId = t.await('wait');
    t.command({ kind: 'StartTimer', awaitId, dueAt });
  },
  onEvent(t, def, event) {
    if (event.type === 'TimerFired') return exitWith(t, passThroughOutcome(t, def));
  },
};

function jsonPathDueAt(t: Transition, def: WaitDefinition): number {
  const now = t.ctx.now;
  if (def.Seconds !== undefined) return now + Number(def.Seconds) * 1000;
  if (def.Timestamp !== undefined) return epochMsOf(def.Timestamp) ?? now;
  const input = applyInputPath(def.InputPath, t.scope(t.state.input));
  if (def.SecondsPath !== undefined) {
    const seconds = read(t, input, 'SecondsPath', def.SecondsPath);
    if (typeof seconds !== 'number' || !Number.isInteger(seconds)) {
      fault(statesError.runtime(`The SecondsPath parameter cannot be parsed as a long value: ${def.SecondsPath} == ${show(seconds)}`));
    }
    if (seconds < 0) {
      fault(statesError.runtime(`The SecondsPath parameter references a negative value: ${def.SecondsPath} == ${seconds}`));
    }
    return now + seconds * 1000;
  }
  const path = def.TimestampPath as string;
  const timestamp = read(t, input, 'TimestampPath', path);
  const at = typeof timestamp === 'string' ? epochMsOf(timestamp) : undefined;
  if (at === undefined) {
    fault(
      statesError.runtime(
        `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${show(timestamp)}`,
      ),
    );
  }
  return at;
}

function read(t: Transition, input: Json, field: string, path: string): Json {
  const selected = queryPath(path, t.scope(input));
  if (!selected.found) fault(statesError.runtime(`The ${field} parameter does not reference an input value: ${path}`));
  return selected.value;
}

function show(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function jsonataDueAt(t: Transition, def: WaitDefinition): Promise<number> {
  const bindings = t.bindings();
  const options = t.jsonataOptions();
  if (def.Seconds !== undefined) {
    const seconds = await evaluateTemplate(def.Seconds, bindings, options, 'Seconds');
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
      fault(statesError.queryEvaluationError(`The Seconds field must be a non-negative integer: ${show(seconds)}`));
    }
    return t.ctx.now + seconds * 1000;
  }
  const timestamp = await evaluateTemplate(def.Timestamp ?? null, bindings, options, 'Timestamp');
  const at = typeof timestamp === 'string' ? epochMsOf(timestamp) : undefined;
  if (at === undefined) {
    fault(
      statesError.queryEvaluationError(
        `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${show(timestamp)}`,
      ),
    );
  }
  return at;
}

function epochMsOf(text: string): number | undefined {
  const instant = parseTimestamp(text);
  return instant ? timestampEpochMs(instant) : undefined;
}
