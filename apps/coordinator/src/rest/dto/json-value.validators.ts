import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/** The member is a string or a JSON object (a definition may be sent either way). */
export function IsStringOrObject(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isStringOrObject',
      validator: {
        validate: (value) => typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value)),
        defaultMessage: buildMessage((each) => `${each}$property must be a string or a JSON object`, options),
      },
    },
    options,
  );
}

/** The member is present, whatever JSON it holds (`null` included). */
export function IsPresent(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPresent',
      validator: {
        validate: (value) => value !== undefined,
        defaultMessage: buildMessage((each) => `${each}$property must be given (any JSON value)`, options),
      },
    },
    options,
  );
}
