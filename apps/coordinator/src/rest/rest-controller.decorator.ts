import { Controller, UseFilters, UsePipes, applyDecorators } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RestErrorFilter } from './rest-error.filter';
import { restValidationPipe } from './rest-validation.pipe';

/** The path prefix of every REST route. */
export const REST_PREFIX = 'v1';

/** A controller of the REST door: under `/v1`, DTOs validated, errors answered as `{ error, message }`. */
export function RestController(path: string, tag: string): ClassDecorator {
  return applyDecorators(Controller(`${REST_PREFIX}/${path}`), UseFilters(RestErrorFilter), UsePipes(restValidationPipe()), ApiTags(tag));
}
