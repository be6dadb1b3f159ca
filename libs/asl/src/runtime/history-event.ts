/**
 * An execution history event as the interpreter records it: one fixed shape, with AWS's
 * `<type>EventDetails` object under `details`. `toAwsHistoryEvent` gives AWS's wire shape.
 * Payloads inside details stay values; the API serialises them.
 */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  readonly type: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

const keys = new Map<string, string>();

/** The key AWS puts an event type's details under, e.g. `TaskStateEntered` → `stateEnteredEventDetails`. */
export function awsDetailsKey(type: string): string {
  let key = keys.get(type);
  if (key === undefined) {
    const state = /State(Entered|Exited)$/.exec(type);
    key = state ? `state${state[1]}EventDetails` : `${type[0].toLowerCase()}${type.slice(1)}EventDetails`;
    keys.set(type, key);
  }
  return key;
}

/** The event as AWS's GetExecutionHistory returns it (timestamps stay epoch milliseconds). */
export function toAwsHistoryEvent(event: HistoryEvent): Record<string, unknown> {
  const { details, ...rest } = event;
  return details === undefined ? rest : { ...rest, [awsDetailsKey(event.type)]: details };
}
