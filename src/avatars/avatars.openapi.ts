import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { ApiErrors, ApiMessage, ApiRoleRestricted, ApiUserIdParam } from '../docs/api-docs.decorators.js';
import { AVATAR_FIELD, AVATAR_MAX_BYTES } from './avatar-limits.js';
import { AvatarResponseDto } from './dto/avatar-response.dto.js';

/** The OpenAPI description of each avatar handler, one decorator per handler. */
const MAX_MB = AVATAR_MAX_BYTES / (1024 * 1024);

export const ApiUploadAvatar = () =>
  applyDecorators(
    ApiTags('account'),
    ApiOperation({ summary: `Upload one’s avatar (user and above): JPEG, PNG or WebP, checked by content, at most ${MAX_MB} MB` }),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [AVATAR_FIELD],
        properties: { [AVATAR_FIELD]: { type: 'string', format: 'binary', description: 'The image file' } },
      },
    }),
    ApiOkResponse({ type: AvatarResponseDto }),
    ApiRoleRestricted(
      Errors.badRequest(AVATAR_FIELD, `${AVATAR_FIELD} file is required`),
      new DomainError('PAYLOAD_TOO_LARGE', `Avatar must be at most ${MAX_MB} MB`),
      new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Avatar must be a JPEG, PNG or WebP image'),
    ),
  );

export const ApiRemoveAvatar = () =>
  applyDecorators(ApiTags('account'), ApiRoleRestricted(), ApiMessage('Remove one’s avatar', 'Avatar removed successfully'));

export const ApiAvatarFile = () =>
  applyDecorators(
    ApiTags('account'),
    ApiOperation({ summary: 'A stored avatar image (public; the URLs come from the upload answer and `avatarUrl`)' }),
    ApiUserIdParam('userId', 'Id of the avatar’s owner'),
    ApiParam({ name: 'file', type: String, example: '3f9a1c2b4d5e6f70-small.webp', description: '`<version>.webp`, `<version>-medium.webp` or `<version>-small.webp`' }),
    ApiResponse({
      status: 200,
      description: 'The image; immutable, with an `ETag`',
      content: { 'image/webp': { schema: { type: 'string', format: 'binary' } } },
    }),
    ApiResponse({ status: 304, description: 'Not modified (`If-None-Match` matched the `ETag`)' }),
    ApiErrors(new DomainError('NOT_FOUND', 'Avatar not found')),
  );
