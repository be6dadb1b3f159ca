import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MAX_NAME_LENGTH } from '../../aws-api/aws-limits';
import { MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH } from '../../operations/tag.operations';

export class TagBody {
  @ApiProperty({ maxLength: MAX_TAG_KEY_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TAG_KEY_LENGTH)
  key!: string;

  @ApiProperty({ maxLength: MAX_TAG_VALUE_LENGTH })
  @IsString()
  @MaxLength(MAX_TAG_VALUE_LENGTH)
  value!: string;
}

export class CreateActivityBody {
  @ApiProperty({ maxLength: MAX_NAME_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_NAME_LENGTH)
  name!: string;

  @ApiPropertyOptional({ type: [TagBody], description: 'Ignored when the activity exists, as on AWS' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TagBody)
  tags?: TagBody[];
}

/** `?workerName=` of GetActivityTask. */
export class ActivityTaskQuery {
  @ApiPropertyOptional({ maxLength: MAX_NAME_LENGTH, description: 'Recorded in the ActivityStarted event' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_NAME_LENGTH)
  workerName?: string;
}
