import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/load-config.js';
import { DOCS_JSON_PATH } from './openapi.js';
import { formatOpenApi } from './openapi-json.js';

/**
 * `npm run openapi` (after regenerating src/metadata.ts and building): boots the built app on a
 * throw-away embedded database and writes its `/docs-json` to `openapi.json` at the project root.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'users-api-openapi-'));
  const app = await createApp(
    loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn', PGLITE_DIR: dataDir, OPENAPI_ENABLED: 'true' }),
  );
  try {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: DOCS_JSON_PATH });
    if (response.statusCode !== 200) throw new Error(`${DOCS_JSON_PATH} answered ${response.statusCode}`);
    const target = join(process.cwd(), 'openapi.json');
    writeFileSync(target, formatOpenApi(response.json()));
    process.stdout.write(`wrote ${target}\n`);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
