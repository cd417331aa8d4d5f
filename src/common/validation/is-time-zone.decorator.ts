import { registerDecorator, type ValidationOptions } from 'class-validator';

const ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);

/** An IANA time zone name such as Europe/Paris. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'preferences.timezone must be an IANA time zone such as Europe/Paris', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && ZONES.has(value) },
    });
}
