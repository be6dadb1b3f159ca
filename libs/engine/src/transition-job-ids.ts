/** A run of an execution. */
interface RunAt {
  readonly executionId: string;
  readonly runId: string;
}

/** One wait of a run: a task attempt, a timer, a fan-out. */
interface WaitAt extends RunAt {
  readonly awaitId: number;
}

const run = (r: RunAt) => `${r.executionId}.${r.runId}`;
const wait = (w: WaitAt) => `${run(w)}.${w.awaitId}`;

/**
 * The ids of the transition jobs the engine sends, in one place. Each names what it applies, so
 * that a job sent twice (a replay after a crash, a repeated API call) exists once and two
 * different transitions never share one. Ids never contain `:` (BullMQ's separator). Task jobs
 * and worker outcomes are named in `@lib/contracts` (`jobIds`), which workers share.
 */
export const transitionJobIds = {
  start: (r: RunAt) => `${run(r)}.start`,
  /** Stops are counted by the execution's redrives: a redriven execution can be stopped again. */
  stop: (r: RunAt, redriveCount = 0) => `${run(r)}.stop.${redriveCount}`,
  redrive: (r: RunAt, redriveCount: number) => `${run(r)}.redrive.${redriveCount}`,
  executionTimeout: (r: RunAt) => `${run(r)}.timeout`,
  historyLimit: (r: RunAt) => `${run(r)}.history-limit`,
  /** The drain a run sends when completions arrived while it drained (unique per run version). */
  drainAfter: (r: RunAt, version: number) => `${run(r)}.drain.after.${version}`,
  taskTimeout: (w: WaitAt) => `${wait(w)}.timeout`,
  /** A heartbeat check, named after the heartbeat it follows (the first after the task's start: 1). */
  heartbeatCheck: (w: WaitAt, lastHeartbeat: number) => `${wait(w)}.heartbeat.${lastHeartbeat}`,
  timer: (w: WaitAt) => `${wait(w)}.timer`,
  callback: (w: WaitAt) => `${wait(w)}.callback`,
  activityStarted: (w: WaitAt) => `${wait(w)}.started`,
  /** The drain the child `index` of a fan-out sends when it finds its parent's inbox empty. */
  childDrain: (parent: WaitAt, index: number) => `${wait(parent)}.drain.${index}`,
  mapRunUpdate: (w: WaitAt, nonce: string) => `${wait(w)}.map-run-update.${nonce}`,
};
