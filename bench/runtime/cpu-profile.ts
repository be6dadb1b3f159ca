import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Microseconds between samples: fine enough for sub-millisecond steps. */
const SAMPLING_INTERVAL_US = 200;

/** Who spent a sample: a lib of ours, a package, or one of V8's and Node's own entries ("(garbage collector)", "writeBuffer"). */
function owner(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'native'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  const lib = /\/(libs\/[^/]+|bench)\//.exec(url);
  if (lib) return lib[1];
  return url.startsWith('node:') ? 'node internals' : url;
}

/** A V8 CPU profile of this process over one stretch of work, written to a file and summarised. */
export class CpuProfile {
  private constructor(private readonly session: Session) {}

  static async start(): Promise<CpuProfile> {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await session.post('Profiler.start');
    return new CpuProfile(session);
  }

  /** Stops, writes `<dir>/<name>.cpuprofile` (open it in Chrome DevTools) and returns the share of samples per owner. */
  async stop(dir: string, name: string): Promise<Array<[string, number]>> {
    const { profile } = (await this.session.post('Profiler.stop')) as unknown as { profile: Profile };
    this.session.disconnect();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name.replace(/[^\w.-]+/g, '_')}.cpuprofile`), JSON.stringify(profile));
    const byNode = new Map(profile.nodes.map((n) => [n.id, owner(n.callFrame.url, n.callFrame.functionName)]));
    const shares = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      total += dt;
      const who = byNode.get(id) ?? '?';
      shares.set(who, (shares.get(who) ?? 0) + dt);
    });
    return [...shares].map(([who, t]): [string, number] => [who, t / total]).sort((a, b) => b[1] - a[1]);
  }
}
