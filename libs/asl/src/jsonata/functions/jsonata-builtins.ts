import jsonata from 'jsonata';

/** A function object as jsonata defines its built-ins. */
export interface BuiltinFunction {
  readonly implementation: (this: jsonata.Focus, ...args: unknown[]) => unknown;
}

interface DateTimeBuiltins {
  readonly fromMillis: BuiltinFunction;
  readonly toMillis: BuiltinFunction;
}

let dateTimeBuiltins: Promise<DateTimeBuiltins> | undefined;

/** jsonata's own date/time functions, which the clock functions wrap with the injected time. */
export function jsonataDateTimeBuiltins(): Promise<DateTimeBuiltins> {
  dateTimeBuiltins ??= jsonata('[$fromMillis, $toMillis]')
    .evaluate(undefined)
    .then(([fromMillis, toMillis]: BuiltinFunction[]) => ({ fromMillis, toMillis }));
  return dateTimeBuiltins;
}
