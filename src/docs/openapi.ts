import { type INestApplication, Logger } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import metadata from '../metadata.js';
import { METRICS_SCHEME } from '../metrics/metrics.openapi.js';
import { BEARER_SCHEME } from './api-docs.decorators.js';
import { ApiErrorDto } from './dto/api-error.dto.js';
import { serveSwaggerUi } from './swagger-ui.js';

export const DOCS_PATH = '/docs';
export const DOCS_JSON_PATH = '/docs-json';

const DESCRIPTION = `User management for web and mobile products: sign-up with email verification, sign-in with
access and refresh tokens, profiles, and administration of the user base by role
(viewer, user, moderator, admin, super_admin).

Send \`Authorization: Bearer <accessToken>\` (from \`POST /auth/signin\`) on protected routes.
Every error answers \`{message, statusCode, code?, errors?}\`.`;

/**
 * The OpenAPI 3 document of the whole application. Schemas of DTOs come from the swagger CLI
 * plugin's generated `src/metadata.ts` (`npm run openapi` refreshes it), loaded the same way
 * under Jest (SWC) and under `nest build`, so both produce the same document.
 */
export async function createOpenApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  try {
    await SwaggerModule.loadPluginMetadata(metadata);
  } catch (error) {
    // A DTO renamed or removed since the last `npm run openapi`: document what can be, do not fail.
    new Logger('OpenAPI').warn(`src/metadata.ts is stale (run \`npm run openapi\`): ${(error as Error).message}`);
  }
  const config = new DocumentBuilder()
    .setTitle('Users API')
    .setDescription(DESCRIPTION)
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /auth/signin' }, BEARER_SCHEME)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, when set' }, METRICS_SCHEME)
    .addTag('auth', 'Sign-up, verification, sign-in, tokens, password reset')
    .addTag('account', 'The caller’s own profile, password, avatar and sessions')
    .addTag('users', 'Searching and managing users (moderators and admins), statistics, activity')
    .addTag('admins', 'Super-admin management of admin accounts')
    .addTag('verification requests', 'Pending verification and password-reset codes (admins)')
    .addTag('operations', 'Health and metrics')
    .addGlobalResponse({ status: 'default', description: 'Any error, in the common error shape', type: ApiErrorDto })
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ApiErrorDto],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** `/docs` (Swagger UI) and `/docs-json`, unless turned off (off by default in production). */
export async function setupOpenApi(app: INestApplication, config: AppConfig): Promise<void> {
  if (!config.openApiEnabled) return;
  const document = await createOpenApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { ui: false, raw: ['json'], jsonDocumentUrl: DOCS_JSON_PATH });
  serveSwaggerUi(app.getHttpAdapter().getInstance() as FastifyInstance, DOCS_PATH, DOCS_JSON_PATH);
}
