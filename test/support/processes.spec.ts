import { isAlive } from './is-alive';
import { startApp, type AppProcess } from './processes';

async function health(app: AppProcess): Promise<unknown> {
  const response = await fetch(`${app.url}/health`);
  return { status: response.status, body: await response.json() };
}

/** Starting an app compiles it from source first: slow on a loaded 2-core machine. */
const APP_TEST_TIMEOUT_MS = 60_000;

describe(startApp.name, () => {
  let coordinator: AppProcess | undefined;

  afterEach(async () => {
    await coordinator?.stop();
    coordinator = undefined;
  });

  it('starts the coordinator from its sources, answering /health, and stops it with SIGTERM', async () => {
    coordinator = await startApp('coordinator');
    const { pid } = coordinator;

    expect(await health(coordinator)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(coordinator.logs()).toContain(`[coordinator:${pid}]`);
    expect(coordinator.logs()).toContain(`listening on port ${coordinator.port}`);

    const status = await coordinator.stop();
    expect(status.signal).not.toBe('SIGKILL'); // it ended within the grace period, no fallback
    expect(isAlive(pid)).toBe(false);
  }, APP_TEST_TIMEOUT_MS);

  it('kills with SIGKILL, and restarts on the same port with a new pid', async () => {
    coordinator = await startApp('coordinator');
    const firstPid = coordinator.pid;

    expect(await coordinator.kill()).toEqual({ code: null, signal: 'SIGKILL' });
    expect(isAlive(firstPid)).toBe(false);

    await coordinator.restart();
    expect(coordinator.pid).not.toBe(firstPid);
    expect(await health(coordinator)).toMatchObject({ status: 200 });
  }, APP_TEST_TIMEOUT_MS);

  it('rejects with the process output when the process exits before /health answers', async () => {
    const start = startApp('coordinator', { env: { LOG_LEVEL: 'loud' } });
    await expect(start).rejects.toThrow(/exited \(code 1\) before \/health answered:\n\[coordinator:\d+\] .*LOG_LEVEL must be one of/);
  }, APP_TEST_TIMEOUT_MS);
});
