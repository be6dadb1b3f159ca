import { Redis } from 'ioredis';
import { existsSync } from 'node:fs';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisServerNotFoundError, RedisServerStartError, spawnRedisServer } from '../../scripts/redis-server.process';
import { isAlive } from './is-alive';
import { startRedis, type RedisServer } from './redis-server';

describe(startRedis.name, () => {
  const servers: RedisServer[] = [];
  const clients: Redis[] = [];

  async function start(options?: Parameters<typeof startRedis>[0]): Promise<RedisServer> {
    const server = await startRedis(options);
    servers.push(server);
    return server;
  }

  function connect(server: RedisServer): Redis {
    const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    clients.push(client);
    return client;
  }

  /** Sets a key and closes the connection, so no client is left reconnecting to a stopped server. */
  async function write(server: RedisServer, key: string, value: string): Promise<void> {
    const client = new Redis(server.url);
    await client.set(key, value);
    await client.quit();
  }

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.quit()));
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  });

  it('starts a server that stores and returns values', async () => {
    const server = await start();
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    const client = connect(server);
    await client.set('greeting', 'hello');
    expect(await client.get('greeting')).toBe('hello');
  });

  it('gives each server its own port', async () => {
    const [first, second] = await Promise.all([start(), start()]);
    expect(first.port).not.toBe(second.port);
    await connect(first).set('only-here', '1');
    expect(await connect(second).get('only-here')).toBeNull();
  });

  it('stop ends the process and removes its temp dir', async () => {
    const server = await start({ appendOnly: true });
    const { pid } = server;
    const dir = await realpath(`/proc/${pid}/cwd`); // the server runs in its dir
    expect(dir.startsWith(await realpath(tmpdir()))).toBe(true);
    await server.stop();
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(dir)).toBe(false);
    await expect(server.restart()).rejects.toThrow(/restart\(\) after stop\(\)/);
  });

  it('kill ends the process at once, and restart on the same port replays the AOF', async () => {
    const server = await start({ appendOnly: true });
    const firstPid = server.pid;
    await write(server, 'survives', 'a crash');
    await server.kill();
    expect(isAlive(firstPid)).toBe(false);

    await server.restart();
    expect(server.pid).not.toBe(firstPid);
    expect(await connect(server).get('survives')).toBe('a crash');
  });

  it('loses data on restart without AOF', async () => {
    const server = await start();
    await write(server, 'gone', 'soon');
    await server.restart();
    expect(await connect(server).get('gone')).toBeNull();
  });

  it('keeps a given dir, with the AOF in it, after stop', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stepwise-redis-spec-'));
    try {
      const server = await start({ appendOnly: true, dir });
      await write(server, 'k', 'v');
      await server.stop();
      expect(existsSync(join(dir, 'appendonlydir'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe(spawnRedisServer.name, () => {
  it('says how to install redis-server when it is not on the PATH', async () => {
    const start = spawnRedisServer({ port: 1, dir: tmpdir(), appendOnly: false, program: 'redis-server-not-installed' });
    await expect(start).rejects.toThrow(RedisServerNotFoundError);
    await expect(start).rejects.toThrow('redis-server not found: apt-get install redis-server');
  });

  it('does not take a Redis that already holds the port for the one it started', async () => {
    const holder = await startRedis();
    const dir = await mkdtemp(join(tmpdir(), 'stepwise-redis-spec-'));
    try {
      const error = await spawnRedisServer({ port: holder.port, dir, appendOnly: false }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RedisServerStartError);
      expect((error as RedisServerStartError).addressInUse).toBe(true);
      expect(isAlive(holder.pid)).toBe(true);
    } finally {
      await holder.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
