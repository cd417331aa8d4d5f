import { DATABASE_CLIENT, type DatabaseClient } from '../../src/database/database.types.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /health answers 200 while the process runs', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok' });
  });

  it('GET /health/ready checks the database (and Redis when configured)', async () => {
    const res = await t.http().get('/health/ready').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
    if (t.env.REDIS_URL) expect(res.body.details.redis).toEqual(expect.objectContaining({ status: 'up' }));
  });

  it('needs no token, ignores a junk one, and is not rate limited', async () => {
    await t.http().get('/health/ready').set('Authorization', 'Bearer undefined').expect(200);
  });
});

describe('health when the database is gone', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close().catch(() => undefined);
  });

  it('answers 503 in the error shape on /health/ready, and 200 on /health', async () => {
    await t.app.get<DatabaseClient>(DATABASE_CLIENT).close();
    const ready = await t.http().get('/health/ready').expect(503);
    expect(ready.body).toEqual({ message: 'Not ready: database unavailable', statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
    await t.http().get('/health').expect(200);
  });
});

describe('health with Redis configured', () => {
  it('answers 503 on /health/ready when Redis does not answer', async () => {
    // Nothing listens on port 1: the client fails fast and keeps retrying in the background.
    const t = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const ready = await t.http().get('/health/ready').expect(503);
      expect(ready.body).toEqual({ message: 'Not ready: redis unavailable', statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
      await t.http().get('/health').expect(200);
    } finally {
      await t.close();
    }
  });

  const redisUrl = process.env.REDIS_URL;
  (redisUrl ? it : it.skip)('reports Redis up when it answers (REDIS_URL set)', async () => {
    const t = await createTestApp({ REDIS_URL: redisUrl as string });
    try {
      const ready = await t.http().get('/health/ready').expect(200);
      expect(ready.body.details).toEqual({ database: expect.objectContaining({ status: 'up' }), redis: expect.objectContaining({ status: 'up' }) });
    } finally {
      await t.close();
    }
  });
});
