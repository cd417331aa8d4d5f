import { Transform } from 'class-transformer';

/** A query string integer: "10" becomes 10; anything else is left for the validators to refuse. */
export const ToInt = () =>
  Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,9}$/.test(value.trim()) ? Number(value) : value));

/** "true"/"false" (any case) become booleans; anything else is left for the validators to refuse. */
export const ToBoolean = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const lowered = value.trim().toLowerCase();
    return lowered === 'true' ? true : lowered === 'false' ? false : value;
  });
