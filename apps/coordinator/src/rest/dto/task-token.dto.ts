import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Json } from '@lib/asl';
import { MAX_TASK_TOKEN_LENGTH } from '../../aws-api/aws-limits';
import { FailureBody } from './failure.dto';
import { IsPresent } from './json-value.validators';

export class TaskHeartbeatBody {
  @ApiProperty({ maxLength: MAX_TASK_TOKEN_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TASK_TOKEN_LENGTH)
  taskToken!: string;
}

export class TaskSuccessBody extends TaskHeartbeatBody {
  @ApiProperty({ description: "The task's result: any JSON" })
  @IsPresent()
  output!: Json;
}

export class TaskFailureBody extends IntersectionType(TaskHeartbeatBody, FailureBody) {}
