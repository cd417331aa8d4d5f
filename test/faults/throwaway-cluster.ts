import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { freePort } from './service-process.js';

const VERSION = '15';

/**
 * A PostgreSQL 15 cluster of this test's own (pg_createcluster), so that restarting it under load
 * disturbs nobody else's databases. Trust authentication; it listens on localhost only (the default).
 */
export interface ThrowawayCluster {
  url(database: string): string;
  restart(): void;
  stop(): void;
  start(): void;
  drop(): void;
  query(database: string, sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
}

const ctl = (name: string, action: string) =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', VERSION, name, action], { stdio: 'pipe' });

export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const name = `faults_${process.pid}`;
  const port = await freePort();
  execFileSync(
    'pg_createcluster',
    [VERSION, name, '-p', String(port), '--start', '--', '--auth-host=trust', '--auth-local=trust'],
    { stdio: 'pipe' },
  );
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const query = async (database: string, sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as Array<Record<string, unknown>>;
    } finally {
      await client.end();
    }
  };
  return {
    url,
    restart: () => ctl(name, 'restart'),
    stop: () => ctl(name, 'stop'),
    start: () => ctl(name, 'start'),
    drop: () => execFileSync('pg_dropcluster', ['--stop', VERSION, name], { stdio: 'pipe' }),
    query,
  };
}
