import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { exitOnSignals, logUnhandledRejections } from './lifecycle/graceful-shutdown.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  logUnhandledRejections();
  const app = await createApp(config);
  exitOnSignals(app);
  await app.listen(config.http.port, config.http.host);
  new Logger('Bootstrap').log(`Users API listening on http://${config.http.host}:${config.http.port}`);
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : (error as Error)?.stack ?? String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
