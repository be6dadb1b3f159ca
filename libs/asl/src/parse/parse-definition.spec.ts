import { DefinitionError } from '../errors/definition-error';
import { parseDefinition } from './parse-definition';

describe('parseDefinition', () => {
  it('returns the typed definition', () => {
    const definition = parseDefinition('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}');
    expect(definition.States.A.Type).toBe('Succeed');
  });

  it("throws a DefinitionError with CreateStateMachine's message, errors joined by commas", () => {
    const definition = { StartAt: 'pass1', States: { pass1: { Type: 'Pass', Next: 'pass3' }, pass2: { Type: 'Pass', End: true } } };
    let thrown: unknown;
    try {
      parseDefinition(definition);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DefinitionError);
    expect((thrown as DefinitionError).name).toBe('DefinitionError');
    expect((thrown as DefinitionError).message).toBe(
      "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 at /States/pass1/Next, " +
        'MISSING_TRANSITION_TARGET: State "pass2" is not reachable. at /States/pass2\'',
    );
    expect((thrown as DefinitionError).diagnostics).toHaveLength(2);
  });

  it('writes null for a diagnostic without location, and leaves warnings out', () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { a: '$.x' }, Next: 'A' } } };
    expect(() => parseDefinition(definition)).toThrow("Invalid State Machine Definition: 'MISSING_END_STATE: Workflow has no terminal state at null'");
  });
});
