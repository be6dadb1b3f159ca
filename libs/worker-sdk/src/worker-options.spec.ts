import { compileWorkerOptions, DEFAULT_CONCURRENCY, DEFAULT_MAX_RESULT_BYTES } from './worker-options';

const connection = { url: 'redis://127.0.0.1:1' };
const handler = () => null;

describe(compileWorkerOptions.name, () => {
  it('applies the named defaults', () => {
    expect(compileWorkerOptions({ connection, handlers: { a: handler } })).toMatchObject({
      concurrency: DEFAULT_CONCURRENCY,
      maxResultBytes: DEFAULT_MAX_RESULT_BYTES,
      handleSignals: false,
    });
  });

  it.each([
    [{ handlers: {} }, '`handlers` must name at least one task handler'],
    [{ handlers: { a: 'nope' } }, "handler 'a' is not a function"],
    [{ handlers: { 'a:b': handler, a_b: handler } }, "handlers 'a:b' and 'a_b' would share the queue stepwise-task-a_b"],
    [{ handlers: { a: handler }, concurrency: 0 }, '`concurrency` must be a positive integer, got 0'],
    [{ handlers: { a: handler }, lockDurationMs: 1.5 }, '`lockDurationMs` must be a positive integer, got 1.5'],
  ])('rejects unusable options: %j', (options, message) => {
    expect(() => compileWorkerOptions({ connection, ...options } as never)).toThrow(message);
  });
});
