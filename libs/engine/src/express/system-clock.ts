import type { Clock } from '@lib/asl';

/** The machine's clock, for executions that run in real time (Express). */
export const systemClock: Clock = {
  now: () => Date.now(),
  waitUntil: (epochMs) => new Promise((resolve) => setTimeout(resolve, Math.max(0, epochMs - Date.now()))),
};
