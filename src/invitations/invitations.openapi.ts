import { applyDecorators } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, ApiMessage, ApiSignedIn } from '../docs/api-docs.decorators.js';
import { InvitationPageResponseDto, InvitationResponseDto } from './dto/invitation-response.dto.js';
import { InvitationsMessages } from './invitations.messages.js';

/** The OpenAPI description of each invitation handler, one decorator per handler. */
export const ApiInvite = () =>
  applyDecorators(
    ApiSignedIn(),
    ApiOperation({ summary: 'Invite someone by email: creates the inactive account and mails a single-use token (7 days)' }),
    ApiCreatedResponse({ type: InvitationResponseDto }),
    ApiErrors(400, 403, 409),
  );

export const ApiListInvitations = () =>
  applyDecorators(
    ApiSignedIn(),
    ApiOperation({ summary: 'List invitations, newest first; filter by status and email (X-Total-Count, Content-Range)' }),
    ApiOkResponse({ type: InvitationPageResponseDto }),
    ApiErrors(400, 403),
  );

export const ApiRevokeInvitation = () =>
  applyDecorators(
    ApiSignedIn(),
    ApiMessage('Revoke an invitation: its token stops working; the dormant account stays until deleted', InvitationsMessages.revoked, 403, 404, 409),
  );

export const ApiResendInvitation = () =>
  applyDecorators(
    ApiSignedIn(),
    ApiOperation({ summary: 'Mail a fresh token (7 days) for a pending, expired or revoked invitation; the old token stops working' }),
    ApiOkResponse({ type: InvitationResponseDto }),
    ApiErrors(403, 404, 409),
  );

export const ApiAcceptInvitation = () =>
  ApiMessage('Accept an invitation: set the password; the email counts as verified and the account is activated', InvitationsMessages.accepted, 400, 429);
