import type { JsonObject } from '../json';
import { checkTransitions } from './transitions.pass';
import { validationContext } from './validation-context';

const run = (root: JsonObject) => checkTransitions(validationContext(root, 'STANDARD')).map((d) => [d.code, d.message, d.location]);
const PASS = { Type: 'Pass', End: true };

describe('checkTransitions', () => {
  it('accepts a graph where every state is reachable', () => {
    const states = {
      T: { Type: 'Task', Resource: 'r', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }], Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsNull: true, Next: 'S' }], Default: 'T' },
      S: { Type: 'Succeed' },
      F: { Type: 'Fail' },
    };
    expect(run({ StartAt: 'T', States: states })).toEqual([]);
  });

  it('reports a missing target and the states left unreachable, as AWS does', () => {
    expect(run({ StartAt: 'pass1', States: { pass1: { Type: 'Pass', Next: 'pass3' }, pass2: PASS } })).toEqual([
      ['MISSING_TRANSITION_TARGET', "Missing 'Next' target: pass3", '/States/pass1/Next'],
      ['MISSING_TRANSITION_TARGET', 'State "pass2" is not reachable.', '/States/pass2'],
    ]);
  });

  it("words every missing target as a 'Next' target, at its own location", () => {
    const states = {
      C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'G1' }], Default: 'G2' },
      T: { Type: 'Task', Resource: 'r', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'G3' }], End: true },
    };
    expect(run({ StartAt: 'Nope', States: states }).slice(0, 4)).toEqual([
      ['MISSING_TRANSITION_TARGET', "Missing 'Next' target: Nope", '/StartAt'],
      ['MISSING_TRANSITION_TARGET', "Missing 'Next' target: G1", '/States/C/Choices[0]/Next'],
      ['MISSING_TRANSITION_TARGET', "Missing 'Next' target: G2", '/States/C/Default'],
      ['MISSING_TRANSITION_TARGET', "Missing 'Next' target: G3", '/States/T/Catch[0]/Next'],
    ]);
  });

  it('reports a machine without terminal state, without location, and then skips reachability', () => {
    const loop = { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' }, Unused: { Type: 'Pass', Next: 'A' } };
    expect(run({ StartAt: 'A', States: loop })).toEqual([['MISSING_END_STATE', 'Workflow has no terminal state', undefined]]);
    expect(run({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' }, C: PASS } })).toEqual([
      ['MISSING_TRANSITION_TARGET', 'State "C" is not reachable.', '/States/C'],
    ]);
  });

  it('checks nested scopes on their own, without requiring a terminal state there', () => {
    const processor = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' }, Ghost: PASS } };
    expect(run({ StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: processor, End: true } } })).toEqual([
      ['MISSING_TRANSITION_TARGET', 'State "Ghost" is not reachable.', '/States/M/ItemProcessor/States/Ghost'],
    ]);
  });
});
