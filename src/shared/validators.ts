import { registerDecorator, type ValidationOptions, type ValidatorOptions } from 'class-validator';
import { isPartialDate } from './partial-date';

/** How arguments are validated, by the schema's validator and by a resolver that reads another field's arguments ahead. */
export const ARGUMENT_VALIDATION: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A full calendar date YYYY-MM-DD that exists (2011-02-29 does not). */
export function IsDay(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDay',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a calendar date YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.length === 10 && isPartialDate(value) },
    });
}
