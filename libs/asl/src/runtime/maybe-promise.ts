/**
 * A value now, or later. JSONata evaluation is asynchronous but JSONPath is not; states return
 * promises only when they evaluate JSONata, so the common path costs no promise hops.
 */
export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return value instanceof Promise;
}

/** Applies `next` to the value, now if it is here, else when it arrives. */
export function andThen<T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return isPromise(value) ? value.then(next) : next(value);
}
