import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'users-api-config-'));

describe('configuration', () => {
  it('has working defaults: port 3000, 15-minute access and 7-day refresh tokens, bcrypt cost 12', () => {
    const config = loadConfig({ PGLITE_DIR: dataDir() });
    expect(config.http.port).toBe(3000);
    expect(config.auth.accessTokenTtlSeconds).toBe(900);
    expect(config.auth.refreshTokenTtlSeconds).toBe(604_800);
    expect(config.auth.bcryptCost).toBe(12);
    expect(config.mail.transport).toBe('log');
    expect(config.database.url).toBeUndefined();
  });

  it('generates secrets once outside production and keeps them in the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ PGLITE_DIR: dir });
    const second = loadConfig({ PGLITE_DIR: dir });
    expect(first.auth.accessTokenKey.export().equals(second.auth.accessTokenKey.export())).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, '.secrets.json'), 'utf8'))).toHaveProperty('accessTokenSecret');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ BCRYPT_COST: '3' }, 'BCRYPT_COST'],
    [{ MAIL_TRANSPORT: 'pigeon' }, 'MAIL_TRANSPORT'],
    [{ MAIL_TRANSPORT: 'smtp' }, 'SMTP_URL'],
    [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL'],
    [{ SUPER_ADMIN_EMAIL: 'root@example.com' }, 'SUPER_ADMIN_PASSWORD'],
    [{ JWT_ACCESS_SECRET: 'short' }, 'JWT_ACCESS_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_ACCESS_SECRET is required in production'],
    [{ NODE_ENV: 'production', JWT_ACCESS_SECRET: 'x'.repeat(40), CODE_SECRET: 'y'.repeat(40), BCRYPT_COST: '8' }, 'BCRYPT_COST'],
  ])('stops on %j, naming %s', (env, name) => {
    expect(() => loadConfig({ PGLITE_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ PGLITE_DIR: dataDir(), ...env })).toThrow(name);
  });
});
