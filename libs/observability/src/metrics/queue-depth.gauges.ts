import { Gauge, type Registry } from 'prom-client';
import { QUEUE_DEPTH_STATES, type QueueProbeRepository } from '../queue-probe.repository';

/**
 * `stepwise_queue_jobs{queue,state}`, `stepwise_task_outcomes{state}` and `stepwise_redis_up`,
 * read from Redis on each scrape. A scrape during an outage reports Redis down and no depths
 * rather than failing.
 */
export function registerQueueDepthGauges(registry: Registry, probe: QueueProbeRepository): void {
  new Gauge({
    name: 'stepwise_redis_up',
    help: 'Whether Redis answered PING at this scrape (1) or not (0)',
    registers: [registry],
    async collect() {
      this.set(await probe.ping().then(() => 1, () => 0));
    },
  });
  new Gauge({
    name: 'stepwise_queue_jobs',
    help: 'Jobs in each Stepwise queue (coordinator queue, one queue per task handler) by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      try {
        for (const queue of await probe.queueNames()) {
          const depth = await probe.depth(queue);
          for (const state of QUEUE_DEPTH_STATES) this.set({ queue, state }, depth[state]);
        }
      } catch {
        this.reset(); // stepwise_redis_up says why
      }
    },
  });
  new Gauge({
    name: 'stepwise_task_outcomes',
    help: 'Task outcomes reported by workers and not yet applied by a coordinator: waiting to be read, or active (read, being applied)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const backlog = await probe.outcomeBacklog();
        this.set({ state: 'waiting' }, backlog.waiting);
        this.set({ state: 'active' }, backlog.active);
      } catch {
        this.reset(); // stepwise_redis_up says why
      }
    },
  });
}
