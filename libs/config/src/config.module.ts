import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from './config.service';
import type { Settings } from './settings';

/** Makes ConfigService available to every module of an app. */
@Module({})
export class ConfigModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: ConfigService, useValue: new ConfigService(settings) }],
      exports: [ConfigService],
    };
  }
}
