import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** UpdateMapRun's limits: at least one; an absent one stays as it is. */
export class UpdateMapRunBody {
  @ApiPropertyOptional({ minimum: 0, description: 'Child runs at once at most; 0 means no limit' })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxConcurrency?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  toleratedFailureCount?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  toleratedFailurePercentage?: number;
}
