import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MAX_ALIAS_DESCRIPTION_LENGTH, MAX_ARN_LENGTH, MAX_NAME_LENGTH, MAX_REVISION_ID_LENGTH, MAX_ROUTES, MAX_VERSION_DESCRIPTION_LENGTH } from '../../aws-api/aws-limits';
import { ALIAS_NAME_PATTERN } from '../../operations/state-machine-alias.operations';

export class PublishVersionBody {
  @ApiPropertyOptional({ maxLength: MAX_VERSION_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_VERSION_DESCRIPTION_LENGTH)
  description?: string;

  @ApiPropertyOptional({ description: 'Publish only if this is the current revision ("INITIAL" for a state machine never updated)' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REVISION_ID_LENGTH)
  revisionId?: string;
}

export class RouteBody {
  @ApiProperty({ description: 'A version ARN of the state machine' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_ARN_LENGTH)
  stateMachineVersionArn!: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  weight!: number;
}

export class UpdateAliasBody {
  @ApiPropertyOptional({ maxLength: MAX_ALIAS_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ALIAS_DESCRIPTION_LENGTH)
  description?: string;

  @ApiPropertyOptional({ type: [RouteBody], description: 'One or two versions, weights adding up to 100' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ROUTES)
  @ValidateNested({ each: true })
  @Type(() => RouteBody)
  routingConfiguration?: RouteBody[];
}

export class CreateAliasBody extends UpdateAliasBody {
  @ApiProperty({ maxLength: MAX_NAME_LENGTH, pattern: ALIAS_NAME_PATTERN.source })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_NAME_LENGTH)
  @Matches(ALIAS_NAME_PATTERN)
  name!: string;

  @ApiProperty({ type: [RouteBody], description: 'One or two versions, weights adding up to 100' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ROUTES)
  @ValidateNested({ each: true })
  @Type(() => RouteBody)
  declare routingConfiguration: RouteBody[];
}
