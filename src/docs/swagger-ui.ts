import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const page = (base: string) => `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <title>Users API</title>
    <link rel="stylesheet" href="${base}/swagger-ui.css">
    <link rel="icon" type="image/png" href="${base}/favicon-32x32.png">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${base}/swagger-ui-bundle.js"></script>
    <script src="${base}/swagger-ui-standalone-preset.js"></script>
    <script src="${base}/swagger-initializer.js"></script>
  </body>
</html>
`;

// No inline script, so a strict Content-Security-Policy (script-src 'self') does not break the page.
const initializer = (jsonUrl: string) => `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(jsonUrl)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
});
`;

/**
 * Swagger UI from the `swagger-ui-dist` files @nestjs/swagger already depends on, served by a few
 * Fastify routes (which spares the @fastify/static dependency Nest's own UI setup needs). Each
 * file is read once, on first request.
 */
export function serveSwaggerUi(fastify: FastifyInstance, base: string, jsonUrl: string): void {
  const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const cache = new Map<string, Buffer>();
  const html = page(base);
  fastify.get(base, (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  fastify.get(`${base}/swagger-initializer.js`, (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').send(initializer(jsonUrl)),
  );
  for (const [file, type] of Object.entries(ASSETS)) {
    fastify.get(`${base}/${file}`, (_request, reply) => {
      let body = cache.get(file);
      if (!body) cache.set(file, (body = readFileSync(join(folder, file))));
      return reply.type(type).header('cache-control', 'public, max-age=3600').send(body);
    });
  }
}
