import type jsonata from 'jsonata';
import {
  approximateBytes,
  enforceEvaluationLimits,
  EVALUATION_TIMEOUT_MESSAGE,
  MAX_EVALUATION_STEPS,
  MAX_VALUE_BYTES,
  MEMORY_LIMIT_MESSAGE,
} from './evaluation-limits';
import { RUNTIME_BINDING, type JsonataRuntime } from './jsonata-runtime';
import { seededEntropy } from '../runtime/entropy';

function environmentWith(runtime?: JsonataRuntime): jsonata.Environment {
  return { lookup: (name: string | symbol) => (name === RUNTIME_BINDING ? runtime : undefined) } as jsonata.Environment;
}

describe('enforceEvaluationLimits', () => {
  it('counts steps and fails the one past the budget', () => {
    const runtime: JsonataRuntime = { entropy: seededEntropy(1), now: 0, steps: MAX_EVALUATION_STEPS - 1 };
    const environment = environmentWith(runtime);
    expect(() => enforceEvaluationLimits(undefined, undefined, environment, 1)).not.toThrow();
    expect(runtime.steps).toBe(MAX_EVALUATION_STEPS);
    expect(() => enforceEvaluationLimits(undefined, undefined, environment, 1)).toThrow(EVALUATION_TIMEOUT_MESSAGE);
  });

  it('fails a value larger than the bound', () => {
    const runtime: JsonataRuntime = { entropy: seededEntropy(1), now: 0, steps: 0 };
    const environment = environmentWith(runtime);
    expect(() => enforceEvaluationLimits(undefined, undefined, environment, 'x'.repeat(2 ** 22))).not.toThrow();
    expect(() => enforceEvaluationLimits(undefined, undefined, environment, 'x'.repeat(2 ** 23))).toThrow(MEMORY_LIMIT_MESSAGE);
  });

  it('does nothing outside an evaluation it runs', () => {
    expect(() => enforceEvaluationLimits(undefined, undefined, environmentWith(undefined), 'x'.repeat(2 ** 23))).not.toThrow();
  });
});

describe('approximateBytes', () => {
  it('counts 8 bytes per array element and 1 per character, shallowly', () => {
    expect(approximateBytes(new Array(873_782))).toBe(MAX_VALUE_BYTES);
    expect(approximateBytes('abc')).toBe(3);
    expect(approximateBytes([[1, 2, 3]])).toBe(8);
    expect(approximateBytes({ a: 'long string' })).toBe(0);
  });
});
