import { Module } from '@nestjs/common';
import { ConsoleService } from './console.service';

/** The web console (apps/console, built to dist/console) at /ui. */
@Module({ providers: [ConsoleService] })
export class ConsoleModule {}
