import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import type { Json } from '@lib/asl';
import type { ExecutionStatusValue } from '@lib/engine';
import { MAX_ARN_LENGTH, MAX_NAME_LENGTH } from '../../aws-api/aws-limits';
import { FailureBody } from './failure.dto';
import { PageQuery } from './page.query';
import { EXECUTION_STATUS_FILTERS } from '../../operations/execution.operations';


/** `true` and `false` in a query string as booleans; anything else is left for the validator to refuse. */
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class StartExecutionBody {
  @ApiPropertyOptional({ maxLength: MAX_NAME_LENGTH, description: 'A new UUID when not given' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_NAME_LENGTH)
  name?: string;

  @ApiPropertyOptional({ description: 'The execution input: any JSON (default {})' })
  @Allow()
  input?: Json;
}

export class ListExecutionsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only the executions of this state machine' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ARN_LENGTH)
  stateMachineArn?: string;

  @ApiPropertyOptional({ enum: EXECUTION_STATUS_FILTERS })
  @IsOptional()
  @IsIn(EXECUTION_STATUS_FILTERS)
  statusFilter?: ExecutionStatusValue | 'PENDING_REDRIVE';
}

export class StopExecutionBody extends FailureBody {}

export class HistoryQuery extends PageQuery {
  @ApiPropertyOptional({ default: false, description: 'Newest first' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  reverseOrder?: boolean;
}

export class EventsQuery {
  @ApiPropertyOptional({ description: 'Send only the events after this event id (as the Last-Event-ID header does)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;
}
