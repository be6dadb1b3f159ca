import { loadSettings, type Environment } from './load-settings';
import type { Settings, SettingName } from './settings';

// The only module that touches process.env (enforced by lint): everything else gets Settings.

/** The settings of this process, read from its environment. */
export function readProcessSettings(): Settings {
  return loadSettings(process.env);
}

/** This process's environment with some settings replaced, for starting a child process. */
export function childEnvironment(overrides: Partial<Record<SettingName, string>>): Environment {
  return { ...process.env, ...overrides };
}
