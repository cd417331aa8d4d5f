import type { RequestTypeCode } from '../verification-request.types.js';

/** One pending code (seed 003's verification request); the code itself is stored hashed and never shown. */
export class VerificationRequestResponseDto {
  /** @example "5e0c8a2f-7b4d-4f19-9a63-2d8e1c4b7f05" */
  id: string;
  /** @example "7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d" */
  userId: string;
  /**
   * REGR: email verification; RPWR: password reset.
   * @example "RPWR"
   */
  requestTypeCode: RequestTypeCode;
  /** @example "Reset Password" */
  requestTypeName: string;
  /** @example "2023-06-15T14:30:00.000Z" */
  createdOn: string;
  /** @example "2023-06-15T14:40:00.000Z" */
  expiresAt: string;
  /** @example 0 */
  attempts: number;
  /** @example "johndoe" */
  username: string | null;
  /** @example "john@example.com" */
  email: string;
  /** @example "John" */
  firstName: string;
  /** @example "Doe" */
  lastName: string;
  /** @example true */
  isActive: boolean;
}

/** `GET /users/verification-requests`: one page and the total (seed 003). */
export class VerificationRequestPageDto {
  data: VerificationRequestResponseDto[];
  /** @example 42 */
  total: number;
}

/** Seed 003's answer to its batch actions. */
export class VerificationBatchResultDto {
  /** @example 200 */
  code: 200;
  /** @example "Successfully sent verification codes." */
  message: string;
}
