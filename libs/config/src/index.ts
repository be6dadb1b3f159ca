export { ConfigModule } from './config.module';
export { ConfigService } from './config.service';
export type { AccessKey } from './credentials';
export { listenAddress } from './listen-address';
export { InvalidSettingsError } from './invalid-settings.error';
export { loadSettings, type Environment } from './load-settings';
export { LogLevel, LOG_LEVELS_BY_SEVERITY, enabledLogLevels } from './log-level';
export { childEnvironment, readProcessSettings } from './process-environment';
export {
  DEFAULT_GRPC_PORT,
  DEFAULT_LOG_LEVEL,
  DEFAULT_PORT,
  DEFAULT_STACK_WORKER_PORT,
  SettingName,
  type Settings,
} from './settings';
