import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_CAUSE_LENGTH, MAX_ERROR_LENGTH } from '../../aws-api/aws-limits';

/** An error name and cause, as StopExecution and SendTaskFailure take them. */
export class FailureBody {
  @ApiPropertyOptional({ maxLength: MAX_ERROR_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ERROR_LENGTH)
  error?: string;

  @ApiPropertyOptional({ maxLength: MAX_CAUSE_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CAUSE_LENGTH)
  cause?: string;
}
