import { toTaskResult } from './task-result';

const LIMIT = 1024;

describe(toTaskResult.name, () => {
  it('reads a value as JSON.stringify would', () => {
    const value = { at: new Date(0), skipped: undefined, list: [undefined, NaN, Infinity, -0, 'x'], boxed: Object(3), nested: { ok: true } };
    expect(toTaskResult(value, LIMIT)).toEqual({ ok: true, json: JSON.parse(JSON.stringify(value)) });
  });

  it('turns a top-level undefined into null', () => {
    expect(toTaskResult(undefined, LIMIT)).toEqual({ ok: true, json: null });
  });

  it('keeps the same object met twice outside a cycle', () => {
    const shared = { id: 1 };
    expect(toTaskResult({ a: shared, b: [shared] }, LIMIT)).toEqual({ ok: true, json: { a: { id: 1 }, b: [{ id: 1 }] } });
  });

  it.each([
    ['a function', { nested: { fn: () => 1 } }, '$.nested.fn'],
    ['a symbol', [1, Symbol('s')], '$[1]'],
    ['a BigInt', { 'odd key': 10n }, '$["odd key"]'],
    ['a BigInt', Object(10n), '$'],
  ])('rejects %s, naming where it is', (what, value, path) => {
    expect(toTaskResult(value, LIMIT)).toEqual({
      ok: false,
      reason: 'not-json',
      problem: `The task result is not valid JSON: ${what} at ${path}`,
    });
  });

  it('rejects a circular reference', () => {
    const node: { next?: unknown } = {};
    node.next = { back: node };
    expect(toTaskResult(node, LIMIT)).toMatchObject({ reason: 'not-json', problem: expect.stringContaining('a circular reference at $.next.back') });
  });

  it('measures the JSON text in UTF-8 bytes and rejects one byte over the limit', () => {
    const value = { text: 'é'.repeat(10), list: [1, 2, null], flag: false };
    const bytes = Buffer.byteLength(JSON.stringify(value));
    expect(toTaskResult(value, bytes)).toMatchObject({ ok: true });
    expect(toTaskResult(value, bytes - 1)).toEqual({
      ok: false,
      reason: 'too-large',
      problem: `The task result is larger than the worker's limit of ${bytes - 1} bytes.`,
    });
  });

  it('stops at the limit without reading the rest of a huge result', () => {
    let highestRead = 0;
    const huge = new Proxy(Array.from({ length: 100_000 }, () => 'ten chars!'), {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) highestRead = Math.max(highestRead, Number(key));
        return Reflect.get(target, key);
      },
    });
    expect(toTaskResult(huge, LIMIT)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(highestRead).toBeLessThan(100);
  });
});
