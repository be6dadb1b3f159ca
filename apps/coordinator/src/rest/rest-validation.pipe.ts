import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { awsError } from '../aws-api/aws-api.error';

/**
 * Checks bodies and query strings against their DTO classes (class-validator), turning query
 * strings into numbers and booleans; members no DTO declares are dropped. Every problem found is
 * reported at once, as AWS's ValidationException does.
 */
export function restValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    exceptionFactory: (errors) => awsError.validation(errors.flatMap(problems)),
  });
}

function problems(error: ValidationError): string[] {
  return [...Object.values(error.constraints ?? {}), ...(error.children ?? []).flatMap(problems)];
}
