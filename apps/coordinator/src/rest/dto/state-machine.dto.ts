import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { defaultRoleArn, type WorkflowType } from '@lib/asl';
import { ARN_ACCOUNT_ID } from '../../aws-api/aws-identifiers';
import { MAX_ARN_LENGTH, MAX_NAME_LENGTH, MAX_VERSION_DESCRIPTION_LENGTH } from '../../aws-api/aws-limits';
import { WORKFLOW_TYPES } from '../../operations/state-machine.operations';
import { IsStringOrObject } from './json-value.validators';

/** Default role of a state machine created without one: REST callers need not invent an IAM role. */
export const DEFAULT_ROLE_ARN = defaultRoleArn(ARN_ACCOUNT_ID);

const DEFINITION = { description: 'Amazon States Language, as JSON text or as a JSON object', oneOf: [{ type: 'string' }, { type: 'object' }] };

export class CreateStateMachineBody {
  @ApiProperty({ maxLength: MAX_NAME_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_NAME_LENGTH)
  name!: string;

  @ApiProperty(DEFINITION)
  @IsDefined()
  @IsStringOrObject()
  definition!: string | object;

  @ApiPropertyOptional({ enum: WORKFLOW_TYPES, default: 'STANDARD' })
  @IsOptional()
  @IsIn(WORKFLOW_TYPES)
  type?: WorkflowType;

  @ApiPropertyOptional({ default: DEFAULT_ROLE_ARN })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_ARN_LENGTH)
  roleArn?: string;
}

export class UpdateStateMachineBody {
  @ApiPropertyOptional(DEFINITION)
  @IsOptional()
  @IsStringOrObject()
  definition?: string | object;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_ARN_LENGTH)
  roleArn?: string;

  @ApiPropertyOptional({ description: 'Publish a version of the updated state machine' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;

  @ApiPropertyOptional({ maxLength: MAX_VERSION_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_VERSION_DESCRIPTION_LENGTH)
  versionDescription?: string;
}

export class ValidateDefinitionBody extends PickType(CreateStateMachineBody, ['definition', 'type'] as const) {
  @ApiPropertyOptional({ enum: ['ERROR', 'WARNING'], default: 'ERROR' })
  @IsOptional()
  @IsIn(['ERROR', 'WARNING'])
  severity?: 'ERROR' | 'WARNING';
}
