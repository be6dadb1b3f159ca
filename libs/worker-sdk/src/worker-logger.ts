/** Where a worker reports its lifecycle and problems; `console` and Nest's `Logger` both fit. */
export interface WorkerLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The logger when none is given: console lines tagged with the SDK's name. */
export const consoleWorkerLogger: WorkerLogger = {
  log: (message) => console.log(`[stepwise-worker] ${message}`),
  warn: (message) => console.warn(`[stepwise-worker] ${message}`),
  error: (message) => console.error(`[stepwise-worker] ${message}`),
};
