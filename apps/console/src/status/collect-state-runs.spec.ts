import { seededEntropy, startExecution, toAwsHistoryEvent, type Json, type StateMachineDefinition, type TaskHandler } from '@lib/asl';
import { ORDER_WORKFLOW } from '../../../../test/ui/fixtures/order-workflow';
import type { AslStateMachine } from '../graph/asl-definition';
import { definitionGraph } from '../graph/definition-graph';
import { collectStateRuns } from './collect-state-runs';
import type { HistoryEvent } from './history-event';
import { mapIterations } from './map-iterations';
import { nodeViews } from './node-views';

const ORDER = { express: true, order: 'A-1', items: [1, 2, 3] };
const orderWorkflow = ORDER_WORKFLOW as AslStateMachine;
const order = ORDER_WORKFLOW as StateMachineDefinition;

/** A real history from the interpreter, in the API's wire shape (payloads as JSON text, ISO dates). */
async function historyOf(definition: StateMachineDefinition, input: Json, approve: 'approve' | 'stop'): Promise<HistoryEvent[]> {
  const handlers: Record<string, TaskHandler> = {
    handOff: (_input, ctx) => {
      setTimeout(() => (approve === 'approve' ? execution.sendTaskSuccess(ctx.taskToken!, { approved: true }) : execution.stop('Stopped', 'by hand')));
      return null;
    },
    work: (value) => value,
    double: (value) => (value as number) * 2,
    boom: () => Promise.reject({ error: 'Boom', cause: 'the card was declined' }),
    flaky: (value, ctx) => (ctx.attempt === 1 ? Promise.reject({ error: 'Transient', cause: 'try again' }) : value),
  };
  const execution = startExecution({ definition, input, handlers, entropy: seededEntropy(7) });
  const { history } = await execution.result;
  return history.map((event) => wire(toAwsHistoryEvent(event)));
}

function wire(event: Record<string, unknown>): HistoryEvent {
  const text = JSON.stringify(event, (key, value) => (key === 'input' || key === 'output' ? JSON.stringify(value) : value));
  const shaped = JSON.parse(text) as HistoryEvent;
  return { ...shaped, timestamp: new Date(event.timestamp as number).toISOString() };
}

const upTo = (events: HistoryEvent[], type: string, name?: string) =>
  events.slice(0, events.findIndex((event) => event.type === type && (name === undefined || JSON.stringify(event).includes(`"name":"${name}"`))) + 1);

describe(collectStateRuns.name, () => {
  const graph = definitionGraph(orderWorkflow);
  const statuses = (events: HistoryEvent[]) => Object.fromEntries([...nodeViews(collectStateRuns(graph, events).runs)].map(([id, view]) => [id, view.status]));

  it('shows a state waiting for its callback as running, and states not reached as absent', async () => {
    const history = await historyOf(order, ORDER, 'approve');
    expect(statuses(upTo(history, 'TaskScheduled'))).toEqual({ 'Check%20order': 'succeeded', Approve: 'running' });
  });

  it('follows a whole execution: branches, every Map iteration, a caught failure', async () => {
    const history = await historyOf(order, ORDER, 'approve');
    const { runs, ended } = collectStateRuns(graph, history);
    expect(ended?.status).toBe('SUCCEEDED');
    expect(statuses(history)).toEqual({
      'Check%20order': 'succeeded',
      Approve: 'succeeded',
      Prepare: 'succeeded',
      'Prepare[0]/Reserve%20stock': 'succeeded',
      'Prepare[1]/Notify': 'succeeded',
      'Price%20items': 'succeeded',
      'Price%20items[items]/Double': 'succeeded',
      Charge: 'caught',
      'Charge%20later': 'succeeded',
      Done: 'succeeded',
    });
    const charge = runs.find((run) => run.name === 'Charge')!;
    expect(charge).toMatchObject({ attempts: 1, error: 'Boom', cause: 'the card was declined' });
    expect(charge.exitedAt).toBeGreaterThanOrEqual(charge.enteredAt);
    expect(runs.find((run) => run.name === 'Approve')?.output).toMatchObject({ approval: { approved: true } });
  });

  it('counts Map progress and opens one iteration', async () => {
    const history = await historyOf(order, ORDER, 'approve');
    const { runs } = collectStateRuns(graph, history);
    expect(nodeViews(runs).get('Price%20items')?.map).toEqual({ total: 3, started: 3, succeeded: 3, failed: 0, aborted: 0 });
    const second = nodeViews(runs, new Map([['Price%20items', 1]])).get('Price%20items[items]/Double');
    expect(second?.runs.map((run) => [run.iteration, run.input, run.output])).toEqual([[1, 2, 4]]);
    expect(nodeViews(runs).get('Price%20items[items]/Double')?.runs).toHaveLength(3);
  });

  it('marks the state a stopped execution was in as aborted', async () => {
    const history = await historyOf(order, ORDER, 'stop');
    expect(collectStateRuns(graph, history).ended?.status).toBe('ABORTED');
    expect(statuses(history).Approve).toBe('aborted');
  });

  it('marks a Fail state and a failed Task without Catch as failed', async () => {
    expect(statuses(await historyOf(order, { ...ORDER, express: false }, 'approve')).Reject).toBe('failed');
    const uncaught = { StartAt: 'Pay', States: { Pay: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:boom', End: true } } } as StateMachineDefinition;
    const history = await historyOf(uncaught, {}, 'approve');
    expect(nodeViews(collectStateRuns(definitionGraph(uncaught), history).runs).get('Pay')?.status).toBe('failed');
  });

  it('shows a failed attempt that will be retried as retrying, then counts the attempts', async () => {
    const retried = { StartAt: 'Try', States: { Try: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:flaky', Retry: [{ ErrorEquals: ['States.ALL'] }], End: true } } } as StateMachineDefinition;
    const retriedGraph = definitionGraph(retried);
    const history = await historyOf(retried, {}, 'approve');
    expect(nodeViews(collectStateRuns(retriedGraph, upTo(history, 'LambdaFunctionFailed')).runs).get('Try')?.status).toBe('retrying');
    const { runs } = collectStateRuns(retriedGraph, history);
    expect(runs[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
  });
});

describe(mapIterations.name, () => {
  it('lists the started iterations of a Map run with the status of their latest state', async () => {
    const graph = definitionGraph(orderWorkflow);
    const { runs } = collectStateRuns(graph, await historyOf(order, ORDER, 'approve'));
    const map = runs.find((run) => run.name === 'Price items')!;
    expect(mapIterations(map, runs)).toEqual([0, 1, 2].map((index) => ({ index, status: 'succeeded' })));
  });
});
