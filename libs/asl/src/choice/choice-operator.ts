import type { Json } from '../json';

/**
 * One data-test operator of a JSONPath Choice rule. `compare` receives the Variable's value and the
 * operand (the literal, or what the `...Path` variant selected) and returns false, never throws,
 * when either has the wrong type: AWS treats a type mismatch as "no match".
 */
export interface ChoiceOperator {
  readonly compare: (value: Json, operand: Json) => boolean;
  /** True when AWS also accepts `<Operator>Path`, whose operand is a path to the value to compare with. */
  readonly hasPathVariant: boolean;
}

/** The data-test operators of one family, by their ASL names. */
export type ChoiceOperatorFamily = Readonly<Record<string, ChoiceOperator>>;
