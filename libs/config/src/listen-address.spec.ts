import { loadSettings } from './load-settings';
import { ALL_INTERFACES_BIND_HOST, listenAddress, LOOPBACK_BIND_HOST } from './listen-address';

const ACCESS_KEYS = { STEPWISE_ACCESS_KEYS: 'AKID:secret' };
const API_KEYS = { STEPWISE_API_KEYS: 'key' };

describe(listenAddress.name, () => {
  it('binds loopback only when no credentials are configured, and says why', () => {
    const address = listenAddress(loadSettings({}));
    expect(address.host).toBe(LOOPBACK_BIND_HOST);
    expect(address.reason).toContain('STEPWISE_ACCESS_KEYS is not set');
    expect(address.reason).toContain('STEPWISE_API_KEYS is not set');
    expect(address.warning).toBeUndefined();
  });

  it.each([[ACCESS_KEYS, 'STEPWISE_API_KEYS'], [API_KEYS, 'STEPWISE_ACCESS_KEYS']])('binds loopback while one door is still open (%p)', (env, missing) => {
    const address = listenAddress(loadSettings(env));
    expect(address.host).toBe(LOOPBACK_BIND_HOST);
    expect(address.reason).toContain(`${missing} is not set`);
  });

  it('binds every interface once every door requires credentials', () => {
    expect(listenAddress(loadSettings({ ...ACCESS_KEYS, ...API_KEYS }))).toEqual({ host: ALL_INTERFACES_BIND_HOST, reason: 'every door requires credentials' });
  });

  it('binds HOST when set, warning when it exposes an open door', () => {
    const exposed = listenAddress(loadSettings({ HOST: '0.0.0.0', ...API_KEYS }));
    expect(exposed.host).toBe('0.0.0.0');
    expect(exposed.warning).toMatch(/^HOST=0.0.0.0 exposes the AWS API \(STEPWISE_ACCESS_KEYS is not set\) to the network/);
    expect(listenAddress(loadSettings({ HOST: '127.0.0.1' })).warning).toBeUndefined();
    expect(listenAddress(loadSettings({ HOST: '0.0.0.0', ...ACCESS_KEYS, ...API_KEYS })).warning).toBeUndefined();
  });
});
