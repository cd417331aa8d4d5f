import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isCommonPassword } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 8;
/** Generous for passphrases; the bound only keeps a request from hashing megabytes. */
export const PASSWORD_MAX_LENGTH = 1024;

/** At least 8 characters, at most 1024, and not one of the most common passwords. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          [...value].length >= PASSWORD_MIN_LENGTH &&
          value.length <= PASSWORD_MAX_LENGTH &&
          !isCommonPassword(value),
        defaultMessage: ({ property, value }: ValidationArguments) => {
          if (typeof value !== 'string') return `${property} must be a string`;
          if ([...value].length < PASSWORD_MIN_LENGTH) return `${property} must be at least ${PASSWORD_MIN_LENGTH} characters`;
          if (value.length > PASSWORD_MAX_LENGTH) return `${property} must be at most ${PASSWORD_MAX_LENGTH} characters`;
          return `${property} is too common, choose another one`;
        },
      },
    });
}
