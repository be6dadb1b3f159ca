import type { Settings } from './settings';

/** Injectable holder of the process's settings; provided by ConfigModule.forRoot. */
export class ConfigService {
  constructor(readonly settings: Settings) {}
}
