import { Module } from '@nestjs/common';
import { BullBoardService } from './bull-board.service';

/** Bull Board at /queues over the coordinator queue and every task queue (needs REDIS_URL). */
@Module({ providers: [BullBoardService] })
export class BullBoardModule {}
