import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { AVATAR_FIELD, AVATAR_MAX_BYTES, AVATAR_UPLOAD_ROUTE } from './avatar-limits.js';

/** Routes that accept multipart bodies; every other route refuses them with 415. */
const MULTIPART_ROUTES = new Set([AVATAR_UPLOAD_ROUTE]);
/** Far beyond any acceptable upload: refused from the Content-Length alone, before reading. */
const HOPELESS_CONTENT_LENGTH = 4 * AVATAR_MAX_BYTES;

const tooLarge = () => new DomainError('PAYLOAD_TOO_LARGE', `Avatar must be at most ${AVATAR_MAX_BYTES / (1024 * 1024)} MB`);

/** Registers @fastify/multipart with tight limits (one file of 5 MB, a few small fields). */
export async function registerMultipart(app: NestFastifyApplication): Promise<void> {
  await app.register(multipart as never, {
    limits: { fileSize: AVATAR_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024, fieldNameSize: 100, parts: 10, headerPairs: 200 },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preHandler', async (request) => {
    if (!request.isMultipart()) return;
    if (!MULTIPART_ROUTES.has(request.routeOptions.url ?? '')) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'This route does not accept multipart bodies');
    }
    if (Number(request.headers['content-length'] ?? 0) > HOPELESS_CONTENT_LENGTH) throw tooLarge();
  });
}

/** Reads the single `avatar` file of a multipart request into memory (at most 5 MB). */
export async function readAvatarUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', `Send the image as multipart/form-data in the field "${AVATAR_FIELD}"`);
  }
  try {
    const file = await request.file();
    if (!file) throw Errors.badRequest(AVATAR_FIELD, `${AVATAR_FIELD} file is required`);
    if (file.fieldname !== AVATAR_FIELD) {
      file.file.resume();
      throw Errors.badRequest(AVATAR_FIELD, `The image must be sent in the field "${AVATAR_FIELD}"`);
    }
    const bytes = await file.toBuffer();
    if (bytes.length === 0) throw Errors.badRequest(AVATAR_FIELD, `${AVATAR_FIELD} file is empty`);
    return bytes;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if ((error as { statusCode?: unknown }).statusCode === 413) throw tooLarge();
    throw Errors.badRequest(AVATAR_FIELD, 'Malformed multipart body');
  }
}
