import { TaskFailure } from './task-failure';
import { failedOutcome, succeededOutcome } from './task-outcome';

describe(failedOutcome.name, () => {
  it('reports a TaskFailure with its error and cause', () => {
    expect(failedOutcome(TaskFailure.create({ error: 'Order.Missing', cause: 'no order 7' }))).toEqual({ error: 'Order.Missing', cause: 'no order 7' });
  });

  it('reports a TaskFailure without a cause without one', () => {
    expect(failedOutcome(TaskFailure.create({ error: 'Order.Missing' }))).toEqual({ error: 'Order.Missing' });
  });

  it('recognises a TaskFailure by name, as one from another copy of the SDK', () => {
    const foreign = Object.assign(new Error('x'), { name: 'TaskFailure', error: 'Foreign.Error', cause: 'elsewhere' });
    expect(failedOutcome(foreign)).toEqual({ error: 'Foreign.Error', cause: 'elsewhere' });
  });

  it('reports any other Error, a DOMException included, by name and message', () => {
    expect(failedOutcome(new TypeError('bad type'))).toEqual({ error: 'TypeError', cause: 'bad type' });
    expect(failedOutcome(new DOMException('stopped', 'AbortError'))).toEqual({ error: 'AbortError', cause: 'stopped' });
  });

  it.each([
    ['a string', 'boom', 'boom'],
    ['a number', 7, '7'],
    ['a plain object', { error: 'Looks.Like' }, '[object Object]'],
    ['null', null, 'null'],
    ['an object without a prototype', Object.create(null), '[object Object]'],
  ])('reports %s as Error with its string form', (_what, thrown, cause) => {
    expect(failedOutcome(thrown)).toEqual({ error: 'Error', cause });
  });
});

describe(succeededOutcome.name, () => {
  it('reports a JSON result as output', () => {
    expect(succeededOutcome({ n: 1 }, 100)).toEqual({ output: { n: 1 } });
  });

  it('fails a result that is not JSON with States.Runtime and one over the limit with States.DataLimitExceeded', () => {
    expect(succeededOutcome(1n, 100)).toEqual({ error: 'States.Runtime', cause: 'The task result is not valid JSON: a BigInt at $' });
    expect(succeededOutcome('x'.repeat(100), 100)).toMatchObject({ error: 'States.DataLimitExceeded' });
  });
});
