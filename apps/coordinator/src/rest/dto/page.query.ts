import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH } from '../../aws-api/aws-limits';

/** `?maxResults=&nextToken=` of every listing. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  maxResults?: number;

  @ApiPropertyOptional({ description: 'The nextToken of the previous page' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PAGE_TOKEN_LENGTH)
  nextToken?: string;
}
