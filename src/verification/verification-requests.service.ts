import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { TransactionHost } from '../database/transaction-host.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { assertMayManage } from '../users/user-access.policy.js';
import type { UserRecord } from '../users/user.record.js';
import { UserRepository } from '../users/user.repository.js';
import type { VerificationBatchResultDto, VerificationRequestResponseDto } from './dto/verification-request-response.dto.js';
import type { NewRequestCodeDto } from './dto/verification-requests.dto.js';
import { CODE_TTL_SECONDS, OneTimeCodesService } from './one-time-codes.service.js';
import { VerificationRequestRepository } from './verification-request.repository.js';
import {
  REQUEST_TYPES,
  REQUEST_TYPE_CODES,
  type RequestTypeCode,
  type VerificationRequestCriteria,
  type VerificationRequestRow,
} from './verification-request.types.js';

/** Declared once, as the documented DTOs. */
export type VerificationRequestResponse = VerificationRequestResponseDto;

export const VerificationMessages = {
  usersNotFound: 'One or more users not found.',
  codesSent: 'Successfully sent verification codes.',
  requestsCreated: 'Successfully created new verification requests.',
} as const;

const usersNotFound = () => new DomainError('USER_NOT_FOUND', VerificationMessages.usersNotFound);

function toResponse(row: VerificationRequestRow): VerificationRequestResponse {
  const code = REQUEST_TYPE_CODES.find((c) => REQUEST_TYPES[c].purpose === row.purpose) as RequestTypeCode;
  return {
    id: row.id,
    userId: row.userId,
    requestTypeCode: code,
    requestTypeName: REQUEST_TYPES[code].name,
    createdOn: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    attempts: row.attempts,
    username: row.username,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    isActive: row.isActive,
  };
}

/** Seed 003's administration of verification requests; codes are hashed, so they are mailed, never shown. */
@Injectable()
export class VerificationRequestsService {
  constructor(
    private readonly requests: VerificationRequestRepository,
    private readonly users: UserRepository,
    private readonly codes: OneTimeCodesService,
    private readonly mail: MailService,
    private readonly tx: TransactionHost,
  ) {}

  async list(criteria: VerificationRequestCriteria): Promise<{ data: VerificationRequestResponse[]; total: number; offset: number }> {
    const { rows, total } = await this.requests.list(criteria);
    return { data: rows.map(toResponse), total, offset: (criteria.page - 1) * criteria.perPage };
  }

  /** A fresh email-verification code to each listed user whose email is unverified; all or nothing. */
  async resendEmail(actor: Actor, emails: string[]): Promise<VerificationBatchResultDto> {
    const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
    await this.tx.run(async () => {
      const found = await this.users.findByEmails(wanted);
      if (found.length !== wanted.length) throw usersNotFound();
      for (const user of found) assertMayManage(actor, user);
      for (const user of found.filter((u) => !u.isEmailVerified)) await this.issue(user, 'REGR');
    });
    return { code: 200, message: VerificationMessages.codesSent };
  }

  /** A new code of the given type for each listed user (replacing the one they had); all or nothing. */
  async newRequestCode(actor: Actor, dto: NewRequestCodeDto): Promise<VerificationBatchResultDto> {
    await this.tx.run(async () => {
      const byId = new Map<string, UserRecord>();
      for (const id of new Set(dto.userReqList.map((request) => request.userId.toLowerCase()))) {
        const user = await this.users.findById(id);
        if (!user) throw usersNotFound();
        assertMayManage(actor, user);
        byId.set(id, user);
      }
      for (const [index, request] of dto.userReqList.entries()) {
        const user = byId.get(request.userId.toLowerCase()) as UserRecord;
        if (request.request_type_code === 'REGR' && user.isEmailVerified) {
          throw Errors.badRequest(`userReqList.${index}.request_type_code`, `User ${user.id} has already verified their email`);
        }
      }
      for (const request of dto.userReqList) await this.issue(byId.get(request.userId.toLowerCase()) as UserRecord, request.request_type_code);
    });
    return { code: 200, message: VerificationMessages.requestsCreated };
  }

  private async issue(user: UserRecord, type: RequestTypeCode): Promise<void> {
    const code = await this.codes.issue(user.id, REQUEST_TYPES[type].purpose);
    const mail = type === 'REGR' ? MailTemplates.emailVerification : MailTemplates.passwordReset;
    await this.mail.send(mail(user.email, code, CODE_TTL_SECONDS));
  }
}
