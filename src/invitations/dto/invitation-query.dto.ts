import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ToInt } from '../../common/validation/query-transforms.js';
import { INVITATION_STATUSES, type InvitationStatus } from '../invitation-status.js';

export const INVITATION_PAGE_MAX = 100;
const LIMIT_MESSAGE = `limit must be an integer between 1 and ${INVITATION_PAGE_MAX}`;

export class InvitationQueryDto {
  @IsOptional() @IsIn(INVITATION_STATUSES, { message: `status must be one of: ${INVITATION_STATUSES.join(', ')}` })
  status?: InvitationStatus;

  /** Part of the invitee's email, case-insensitive. */
  @IsOptional() @IsString() @MaxLength(100)
  email?: string;

  @IsOptional() @ToInt() @IsInt({ message: 'page must be a positive integer' }) @Min(1, { message: 'page must be a positive integer' })
  page?: number;

  @IsOptional() @ToInt() @IsInt({ message: LIMIT_MESSAGE }) @Min(1, { message: LIMIT_MESSAGE }) @Max(INVITATION_PAGE_MAX, { message: LIMIT_MESSAGE })
  limit?: number;
}
