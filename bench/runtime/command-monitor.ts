import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';

/** BullMQ's Lua scripts by the SHA1 its clients call them with (EVALSHA). */
function bullmqScriptNames(): Map<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const scripts = require('bullmq/dist/cjs/scripts') as Record<string, { name: string; content: string }>;
  return new Map(Object.values(scripts).map((s) => [createHash('sha1').update(s.content).digest('hex'), s.name]));
}

/** What MONITOR saw: commands sent by clients, round trips, and commands run inside Lua scripts. */
export interface CommandCounts {
  /** Round trips by "<command or script> <key family>"; a MULTI..EXEC block counts once, as "multi <families>". */
  readonly roundTrips: Map<string, number>;
  readonly roundTripTotal: number;
  /** Commands clients sent, those inside MULTI blocks included. */
  readonly clientTotal: number;
  /** Commands Lua scripts ran. */
  readonly luaTotal: number;
  /** Bytes of the arguments clients sent (replies are not seen by MONITOR). */
  readonly bytesSent: number;
}

/**
 * Counts every command Redis executes while it runs, through MONITOR. Each client command is one
 * round trip (pipelined or not); commands run by a Lua script are counted apart. MONITOR slows
 * Redis down, so time nothing while it runs.
 */
export class CommandMonitor {
  private readonly roundTrips = new Map<string, number>();
  private roundTripTotal = 0;
  private clientTotal = 0;
  private luaTotal = 0;
  private bytesSent = 0;
  /** Per client address, the key families of the MULTI block it is sending. */
  private readonly inMulti = new Map<string, Set<string>>();
  private readonly scripts = bullmqScriptNames();

  private constructor(
    private readonly connection: Redis,
    private readonly monitor: Redis,
  ) {}

  static async start(url: string, family: (key: string) => string): Promise<CommandMonitor> {
    const connection = new Redis(url);
    const monitor = await connection.monitor();
    const counter = new CommandMonitor(connection, monitor);
    monitor.on('monitor', (_time: string, args: string[], source: string) => counter.count(args, source, family));
    return counter;
  }

  async stop(): Promise<CommandCounts> {
    this.monitor.disconnect();
    this.connection.disconnect();
    return { roundTrips: this.roundTrips, roundTripTotal: this.roundTripTotal, clientTotal: this.clientTotal, luaTotal: this.luaTotal, bytesSent: this.bytesSent };
  }

  private count(args: string[], source: string, family: (key: string) => string): void {
    if (source === 'lua') {
      this.luaTotal += 1;
      return;
    }
    this.clientTotal += 1;
    for (const arg of args) this.bytesSent += Buffer.byteLength(arg);
    const command = args[0].toLowerCase();
    const multi = this.inMulti.get(source);
    if (command === 'multi') {
      this.inMulti.set(source, new Set());
    } else if (command === 'exec' && multi) {
      this.inMulti.delete(source);
      this.add(`multi [${[...multi].sort().join(', ')}]`);
    } else {
      const script = command === 'evalsha' || command === 'eval';
      const label = script
        ? `${this.scripts.get(args[1]) ?? `script(${args[2]} keys)`} ${family(args[3] ?? '')}`
        : `${command} ${family(args[1] ?? '')}`;
      if (multi) multi.add(label);
      else this.add(label);
    }
  }

  private add(label: string): void {
    this.roundTripTotal += 1;
    this.roundTrips.set(label, (this.roundTrips.get(label) ?? 0) + 1);
  }
}
