import type { ErrorBody } from '../../common/errors/error-response.js';
import type { FieldError } from '../../common/errors/domain-error.js';

export class ApiFieldErrorDto implements FieldError {
  /** @example "email" */
  field: string;
  /** @example "email must be an email address" */
  message: string;
}

/** Every error of every route: `{message, statusCode, code?, errors?}`. */
export class ApiErrorDto implements ErrorBody {
  /**
   * One readable sentence.
   * @example "Invalid credentials"
   */
  message: string;
  /** @example 401 */
  statusCode: number;
  /**
   * A stable machine-readable code (seed 001's codes: USER_NOT_FOUND, EMAIL_ALREADY_EXISTS, ...).
   * @example "INVALID_CREDENTIALS"
   */
  code?: string;
  /** Validation failures, one per field (400 only). */
  errors?: ApiFieldErrorDto[];
}
