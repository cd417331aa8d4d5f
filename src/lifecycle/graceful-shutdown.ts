import { type INestApplication, Logger } from '@nestjs/common';

export const DRAIN_TIMEOUT_MS = 25_000;

/**
 * SIGTERM / SIGINT: drain, then exit 0. `app.close()` first puts the Fastify adapter in closing
 * mode (requests that arrive now answer 503 with `Connection: close`), then closes the server,
 * which waits for the requests in flight and stops accepting connections, and only then runs the
 * shutdown hooks that close the database pool (or PGlite), Redis and the mail dispatcher.
 * A drain that outlasts `drainTimeoutMs` exits 1 rather than hang the deployment.
 */
export function exitOnSignals(app: INestApplication, drainTimeoutMs = DRAIN_TIMEOUT_MS): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, draining in-flight requests`);
    setTimeout(() => {
      logger.error(`Drain took longer than ${drainTimeoutMs} ms, exiting`);
      process.exit(1);
    }, drainTimeoutMs).unref();
    // server.close() reaps only the keep-alive connections idle at that moment; one busy with a
    // request in flight would stay open after its answer until the keep-alive timeout (72 s), past
    // the drain timeout. So reap again as each one goes idle.
    const server = app.getHttpServer() as { closeIdleConnections?: () => void };
    setInterval(() => server.closeIdleConnections?.(), 100).unref();
    app.close().then(
      () => {
        logger.log('Drained and closed, bye');
        process.exitCode = 0;
        process.stdout.write('', () => process.exit(0));
      },
      (error: unknown) => {
        logger.error(`Shutdown failed: ${(error as Error)?.stack ?? String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/**
 * A promise nobody awaited must not kill a server holding other requests: log it and go on.
 * (Errors inside requests never get here; the exception filter answers them.)
 */
export function logUnhandledRejections(): void {
  const logger = new Logger('Process');
  process.on('unhandledRejection', (reason) => {
    logger.error(`Unhandled promise rejection: ${(reason as Error)?.stack ?? String(reason)}`);
  });
}
