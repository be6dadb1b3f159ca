import type { SeededRandom } from './seeded-random';

/**
 * Invalid (or dubious) Amazon States Language definitions: a small valid definition with one
 * random mutation — unknown states and types, bad paths, bad JSONata, cycles, wrong types,
 * deep nesting — returned as the definition text.
 */
type Definition = Record<string, unknown> & { States: Record<string, Record<string, unknown>> };

const BAD_PATHS = ['$$$', '$.[', '$..', 'no-dollar', '$.a[?(@.b', '$[*', '$.a)', '', '$.\u0000', '$..*..*..*', '$[-1:]', '$.a.b.c.d.e.f'];
const BAD_JSONATA = ['{% %}', '{% $sum( %}', '{% $$.a[ %}', '{% function() %}', '{% ) %}', '{% $states.input. %}', '{% 1 + %}', '{%', '%}', '{% $eval("1") %}'];
const STATE_TYPES = ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map', 'Bogus', '', 'pass'];

function base(): Definition {
  return {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'C' }], Default: 'C' },
      C: { Type: 'Wait', Seconds: 0, Next: 'D' },
      D: { Type: 'Succeed' },
    },
  };
}

const MUTATIONS: ReadonlyArray<(d: Definition, r: SeededRandom) => unknown> = [
  (d) => ({ ...d, StartAt: 'Nowhere' }),
  (d) => ({ ...d, States: { ...d.States, A: { Type: 'Pass', Next: 'Missing' } } }),
  (d, r) => ({ ...d, States: { ...d.States, A: { Type: r.pick(STATE_TYPES), End: true } } }),
  (d) => ({ ...d, States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } } }),
  (d) => ({ ...d, States: {} }),
  (d) => ({ StartAt: d.StartAt }),
  (d, r) => ({ ...d, States: { ...d.States, A: { Type: 'Pass', InputPath: r.pick(BAD_PATHS), ResultPath: r.pick(BAD_PATHS), Next: 'B' } } }),
  (d, r) => ({ ...d, QueryLanguage: 'JSONata', States: { A: { Type: 'Pass', Output: r.pick(BAD_JSONATA), End: true } } }),
  (d, r) => ({ ...d, States: { ...d.States, A: { Type: 'Pass', Parameters: { 'x.$': r.pick(BAD_PATHS) }, Next: 'B' } } }),
  (d, r) => ({ ...d, States: { ...d.States, C: { Type: 'Wait', Seconds: r.pick([-1, 'x', 1e300, null, 1.5]), Next: 'D' } } }),
  (d, r) => ({ ...d, States: { ...d.States, B: { Type: 'Choice', Choices: r.pick([[], null, [{}], [{ Variable: '$.n', Next: 'D' }], 'x']) } } }),
  (d, r) => ({ ...d, States: { A: { Type: 'Task', Resource: r.pick(['', 'not-an-arn', 42, 'arn:aws:states:::bogus']), End: true } } }),
  (d) => ({ ...d, States: { A: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'A' } } }], End: true } } }),
  (d) => ({ ...d, States: { A: { Type: 'Map', ItemProcessor: { StartAt: 'X', States: {} }, End: true } } }),
  (d, r) => ({ ...d, States: { ...d.States, A: { Type: 'Pass', Next: 'B', Retry: r.pick([[{}], 'x', [{ ErrorEquals: [] }]]), Catch: r.pick([[{ ErrorEquals: ['States.ALL'] }], 7]) } } }),
  (d, r) => ({ ...d, TimeoutSeconds: r.pick([-5, 'x', 1e20, true]), Version: r.pick([1, '2.0', null]) }),
  (d, r) => ({ ...d, StartAt: r.pick([1, null, [], {}, true]) }),
  (d, r) => ({ ...d, States: r.pick([[], 'x', 1, null]) }),
  (d, r) => ({ ...d, States: { ...d.States, [r.string(r.int(81, 200), 'ab')]: { Type: 'Succeed' } } }),
  (d) => ({ ...d, States: { ...d.States, A: { Type: 'Pass', End: true, Next: 'B' } } }),
  (d) => ({ ...d, States: { ...d.States, D: { Type: 'Fail', Error: '{% $$ %}', Cause: { nested: true } } } }),
  (d, r) => ({ ...d, States: { A: { Type: 'Pass', Result: nested(r.int(500, 5000)), End: true } } }),
  (d) => ({ ...d, unknownField: true, States: { ...d.States, A: { Type: 'Pass', Next: 'B', Bogus: 1 } } }),
  (d, r) => ({ ...d, States: { A: { Type: 'Choice', Choices: [{ Variable: r.pick(BAD_PATHS), StringMatches: '*', Next: 'A' }], Default: 'A' } } }),
  (d, r) => ({ ...d, QueryLanguage: r.pick(['JSONata', 'JSONPath', 'Lua', 5]), States: { A: { Type: 'Pass', Assign: { x: r.pick(BAD_JSONATA) }, End: true } } }),
];

/** A placeholder that mutatedDefinition() replaces with JSON text nested `depth` levels (too deep to build as a value here). */
function nested(depth: number): string {
  return `@@nested:${depth}@@`;
}

function nestedText(depth: number): string {
  return '[{"a":'.repeat(depth) + '1' + '}]'.repeat(depth);
}

/** A mutated definition's text; sometimes further damaged as text (truncated, not JSON, not an object). */
export function mutatedDefinition(r: SeededRandom): string {
  const text = JSON.stringify(r.pick(MUTATIONS)(base(), r)).replace(/"@@nested:(\d+)@@"/, (_, depth: string) => nestedText(Number(depth)));
  const textual = r.int(0, 9);
  if (textual === 0) return text.slice(0, r.int(0, text.length - 1));
  if (textual === 1) return r.pick(['[]', 'null', '1', '"x"', 'true', '{}', ' ', 'NaN', '{"StartAt":']);
  return text;
}
