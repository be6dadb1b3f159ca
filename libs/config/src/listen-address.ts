import { SettingName, type Settings } from './settings';

/** Where a process listens while some door would otherwise be open to anyone who can reach it. */
export const LOOPBACK_BIND_HOST = '127.0.0.1';

/** Where a process listens once every door requires credentials. */
export const ALL_INTERFACES_BIND_HOST = '0.0.0.0';

const LOOPBACK_HOSTS = new Set([LOOPBACK_BIND_HOST, 'localhost', '::1']);

/** The interface HTTP and gRPC bind, and why, for the start-up log. */
export interface ListenAddress {
  readonly host: string;
  readonly reason: string;
  /** Set when doors that require no credentials are reachable from other machines. */
  readonly warning?: string;
}

/**
 * Loopback unless every door requires credentials (STEPWISE_ACCESS_KEYS for the AWS API,
 * STEPWISE_API_KEYS for REST, gRPC, Bull Board and the console); HOST overrides, loudly when
 * it exposes an open door.
 */
export function listenAddress(settings: Settings): ListenAddress {
  const open = openDoors(settings);
  const advice = `set ${SettingName.AccessKeys} and ${SettingName.ApiKeys}`;
  if (settings.host !== undefined) {
    const exposed = !LOOPBACK_HOSTS.has(settings.host) && open.length > 0;
    return {
      host: settings.host,
      reason: `${SettingName.Host} is set`,
      ...(exposed && { warning: `${SettingName.Host}=${settings.host} exposes ${open.join(' and ')} to the network with no credentials required: ${advice}` }),
    };
  }
  if (open.length === 0) return { host: ALL_INTERFACES_BIND_HOST, reason: 'every door requires credentials' };
  return {
    host: LOOPBACK_BIND_HOST,
    reason: `only this machine can reach it, because ${open.join(' and ')} would require no credentials (${advice}, or ${SettingName.Host} to bind another interface)`,
  };
}

function openDoors(settings: Settings): string[] {
  return [
    ...(settings.accessKeys.length === 0 ? [`the AWS API (${SettingName.AccessKeys} is not set)`] : []),
    ...(settings.apiKeys.length === 0 ? [`REST, gRPC, Bull Board and the console (${SettingName.ApiKeys} is not set)`] : []),
  ];
}
