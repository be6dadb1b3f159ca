import { parseJson } from '../json-text';

/**
 * The parts of an Amazon States Language definition the console draws. The console reads
 * definitions as JSON from the API, so every field is optional and checked where it is used.
 */
export interface AslCatcher {
  readonly ErrorEquals?: readonly string[];
  readonly Next?: string;
}

export interface AslStateMachine {
  readonly StartAt?: string;
  readonly States?: Readonly<Record<string, AslState>>;
  readonly QueryLanguage?: string;
}

export interface AslState {
  readonly Type?: string;
  readonly Next?: string;
  readonly End?: boolean;
  readonly Default?: string;
  readonly Choices?: readonly Readonly<Record<string, unknown>>[];
  readonly Catch?: readonly AslCatcher[];
  readonly Retry?: readonly unknown[];
  readonly Branches?: readonly AslStateMachine[];
  readonly ItemProcessor?: AslStateMachine;
  /** The older name of ItemProcessor. */
  readonly Iterator?: AslStateMachine;
  readonly Resource?: string;
}

/** The definition as an object, or undefined when `text` is not a JSON object. */
export function parseDefinition(text: string): AslStateMachine | undefined {
  const { value } = parseJson(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as AslStateMachine) : undefined;
}

/** The item processor of a Map state, under either of its names. */
export function itemProcessorOf(state: AslState): AslStateMachine | undefined {
  return state.ItemProcessor ?? state.Iterator;
}
