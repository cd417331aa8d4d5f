import type { ErrorCode } from './error-codes.js';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * An error the service means to tell the client about. It carries a code; the global exception
 * filter alone decides the HTTP status from it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The errors several modules raise, with the messages seed 000 documents. */
export const Errors = {
  userNotFound: () => new DomainError('USER_NOT_FOUND', 'User not found'),
  adminNotFound: () => new DomainError('ADMIN_NOT_FOUND', 'Admin not found'),
  emailInUse: () => new DomainError('EMAIL_ALREADY_EXISTS', 'Email already in use'),
  phoneNumberInUse: () => new DomainError('PHONE_NUMBER_ALREADY_EXISTS', 'Phone number already in use'),
  usernameInUse: () => new DomainError('USERNAME_ALREADY_EXISTS', 'Username already in use'),
  forbidden: (message = 'Insufficient permissions') => new DomainError('INSUFFICIENT_PERMISSIONS', message),
  authenticationRequired: () => new DomainError('AUTHENTICATION_REQUIRED', 'Authentication required'),
  invalidToken: (message = 'Invalid or expired token') => new DomainError('INVALID_TOKEN', message),
  validation: (errors: FieldError[]) =>
    new DomainError('VALIDATION_ERROR', errors.map((e) => e.message).join('; ') || 'Validation failed', errors),
  badRequest: (field: string, message: string) => Errors.validation([{ field, message }]),
  preconditionFailed: () =>
    new DomainError('PRECONDITION_FAILED', 'The user changed since it was read (If-Match does not match); read it again and retry'),
  lastSuperAdmin: () =>
    new DomainError('LAST_SUPER_ADMIN', 'The last active super admin cannot be removed, blocked or deactivated'),
};
