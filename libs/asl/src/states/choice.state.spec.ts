import type { ChoiceRule, StateMachineDefinition } from '../definition/state-machine.definition';
import type { Json } from '../json';
import { Driver, eventTypes } from '../runtime/test-step-context';

/** A Choice that routes to a Pass state named after the target, which outputs its own name. */
function machine(choice: Record<string, unknown>, rest: Record<string, unknown> = {}): StateMachineDefinition {
  const target = (name: string) => ({ Type: 'Pass', Result: name, End: true });
  return {
    StartAt: 'C',
    States: { C: { Type: 'Choice', ...choice }, Yes: target('Yes'), No: target('No'), Other: target('Other') },
    ...rest,
  } as unknown as StateMachineDefinition;
}

async function route(choices: ChoiceRule[], input: Json, extra: Record<string, unknown> = {}): Promise<Json | undefined> {
  const r = await Driver.execution(machine({ Choices: choices, Default: 'No', ...extra }), input).start();
  expect(r.snapshot.status).toBe('SUCCEEDED');
  return r.snapshot.output;
}

describe('choiceState', () => {
  it('moves to the Next of the first rule that holds, writing Choice events and no commands', async () => {
    const choices = [
      { Variable: '$.n', NumericGreaterThan: 10, Next: 'Other' },
      { Variable: '$.n', NumericGreaterThan: 5, Next: 'Yes' },
      { Variable: '$.n', NumericGreaterThan: 0, Next: 'Other' },
    ];
    const r = await Driver.execution(machine({ Choices: choices, Default: 'No' }), { n: 7 }).start();
    expect(r.commands).toEqual([]);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'ChoiceStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(r.events[2].details).toMatchObject({ name: 'C', output: { n: 7 } });
    expect(r.snapshot.output).toBe('Yes');
  });

  it.each<[string, ChoiceRule, Json, Json]>([
    ['StringEquals', { Variable: '$.s', StringEquals: 'a' }, { s: 'a' }, { s: 'b' }],
    ['StringMatches', { Variable: '$.s', StringMatches: 'log-*.txt' }, { s: 'log-1.txt' }, { s: 'log-1.csv' }],
    ['NumericLessThanEquals', { Variable: '$.n', NumericLessThanEquals: 3 }, { n: 3 }, { n: 3.5 }],
    ['BooleanEquals', { Variable: '$.b', BooleanEquals: true }, { b: true }, { b: false }],
    ['TimestampLessThan', { Variable: '$.t', TimestampLessThan: '2024-01-01T00:00:00Z' }, { t: '2023-12-31T23:59:59Z' }, { t: '2024-01-01T00:00:00Z' }],
    ['NumericEqualsPath', { Variable: '$.a', NumericEqualsPath: '$.b' }, { a: 2, b: 2 }, { a: 2, b: 3 }],
    ['IsPresent', { Variable: '$.p', IsPresent: true }, { p: null }, {}],
    ['IsNull', { Variable: '$.p', IsNull: true }, { p: null }, { p: 0 }],
    ['IsNumeric', { Variable: '$.p', IsNumeric: true }, { p: 1.5 }, { p: '1.5' }],
    ['And', { And: [{ Variable: '$.a', IsPresent: true }, { Variable: '$.a', NumericGreaterThan: 1 }] }, { a: 2 }, { a: 1 }],
    ['Or', { Or: [{ Variable: '$.a', StringEquals: 'x' }, { Variable: '$.a', StringEquals: 'y' }] }, { a: 'y' }, { a: 'z' }],
    ['Not', { Not: { Variable: '$.a', StringEquals: 'x' } }, { a: 'q' }, { a: 'x' }],
  ])('routes on %s', async (_name, rule, matching, other) => {
    expect(await route([{ ...rule, Next: 'Yes' }], matching)).toBe('Yes');
    expect(await route([{ ...rule, Next: 'Yes' }], other)).toBe('No');
  });

  it('compares against workflow variables and the context object', async () => {
    const def = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { expected: 'run-1' }, Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$$.Execution.Name', StringEqualsPath: '$expected', Next: 'Yes' }], Default: 'No' },
        Yes: { Type: 'Succeed' },
        No: { Type: 'Fail' },
      },
    } as StateMachineDefinition;
    expect((await Driver.execution(def, {}).start()).snapshot.status).toBe('SUCCEEDED');
  });

  it('fails with States.NoChoiceMatched when no rule holds and there is no Default', async () => {
    const def = machine({ Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'Yes' }] });
    const r = await Driver.execution(def, { n: 2 }).start();
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.NoChoiceMatched' });
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'ExecutionFailed']);
  });

  it('fails with States.Runtime when a compared Variable is missing', async () => {
    const def = machine({ Choices: [{ Variable: '$.missing', StringEquals: 'x', Next: 'Yes' }], Default: 'No' });
    const r = await Driver.execution(def, {}).start();
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });

  it('tests rules against InputPath and passes on OutputPath of the effective input', async () => {
    const def = {
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', InputPath: '$.inner', OutputPath: '$.keep', Choices: [{ Variable: '$.flag', BooleanEquals: true, Next: 'End' }] },
        End: { Type: 'Succeed' },
      },
    } as StateMachineDefinition;
    const r = await Driver.execution(def, { inner: { flag: true, keep: 'k' } }).start();
    expect(r.snapshot.output).toBe('k');
  });

  it("applies the matched rule's Assign, and the state's Assign on Default", async () => {
    const def = {
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Variable: '$.v', NumericEquals: 42, Assign: { status: 'CORRECT' }, Next: 'F' }],
          Assign: { status: 'DEFAULT', 'guess.$': '$.v' },
          Default: 'F',
        },
        F: { Type: 'Pass', Parameters: { 'status.$': '$status' }, End: true },
      },
    } as StateMachineDefinition;
    expect((await Driver.execution(def, { v: 42 }).start()).snapshot.output).toEqual({ status: 'CORRECT' });
    const other = await Driver.execution(def, { v: '42' }).start();
    expect(other.snapshot.output).toEqual({ status: 'DEFAULT' });
    expect(other.snapshot.variables).toEqual({ status: 'DEFAULT', guess: '42' });
  });

  describe('JSONata', () => {
    const jsonata = (choice: Record<string, unknown>) => machine(choice, { QueryLanguage: 'JSONata' });

    it('routes on Condition and shapes the output with the rule Output', async () => {
      const def = jsonata({
        Choices: [
          { Condition: '{% $states.input.n > 10 %}', Next: 'Other' },
          { Condition: '{% $states.input.n > 5 %}', Next: 'Yes', Output: { doubled: '{% $states.input.n * 2 %}' }, Assign: { seen: '{% $states.input.n %}' } },
        ],
        Default: 'No',
      });
      const run = Driver.execution(def, { n: 6 });
      const r = await run.start();
      expect(run.last('PassStateEntered').details).toMatchObject({ name: 'Yes', input: { doubled: 12 } });
      expect(run.history[2].details).toMatchObject({ output: { doubled: 12 }, assignedVariables: { seen: 6 } });
      expect(r.snapshot.variables).toEqual({ seen: 6 });
    });

    it("uses the state's Output and Assign on Default", async () => {
      const def = jsonata({ Choices: [{ Condition: '{% false %}', Next: 'Yes' }], Default: 'No', Output: '{% "default" %}', Assign: { d: true } });
      const run = Driver.execution(def, {});
      await run.start();
      expect(run.history[2].details).toMatchObject({ output: 'default', assignedVariables: { d: true } });
    });

    it('fails with States.QueryEvaluationError when a Condition is not a boolean', async () => {
      const r = await Driver.execution(jsonata({ Choices: [{ Condition: '{% "yes" %}', Next: 'Yes' }], Default: 'No' }), {}).start();
      expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    });

    it('fails with States.NoChoiceMatched without Default', async () => {
      const r = await Driver.execution(jsonata({ Choices: [{ Condition: '{% false %}', Next: 'Yes' }] }), {}).start();
      expect(r.snapshot.error).toBe('States.NoChoiceMatched');
    });
  });
});
