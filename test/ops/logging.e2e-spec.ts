import { Logger } from '@nestjs/common';
import { MailDispatcher } from '../../src/mail/mail-dispatcher.js';
import { http, loggedApp, type LoggedApp, signUpBody } from './logged-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('logs and request ids', () => {
  let t: LoggedApp;
  beforeAll(async () => {
    t = await loggedApp();
  });
  afterAll(() => t.close());

  it('echoes a sane X-Request-Id and logs one JSON line for the request with it', async () => {
    const res = await http(t).get('/health').set('X-Request-Id', 'trace-abc.123:7').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-abc.123:7');
    const lines = t.lines.filter((line) => line.requestId === 'trace-abc.123:7');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, req: { method: 'GET', url: '/health' }, res: { statusCode: 200 } });
    expect(typeof lines[0].responseTime).toBe('number');
  });

  it('generates a UUID when the header is absent or not sane', async () => {
    const none = await http(t).get('/health').expect(200);
    expect(none.headers['x-request-id']).toMatch(UUID);
    const junk = await http(t).get('/health').set('X-Request-Id', 'has spaces and "quotes"').expect(200);
    expect(junk.headers['x-request-id']).toMatch(UUID);
    const long = await http(t).get('/health').set('X-Request-Id', 'x'.repeat(200)).expect(200);
    expect(long.headers['x-request-id']).toMatch(UUID);
    expect(t.raw()).not.toContain('has spaces');
  });

  it('answers errors with the id too, and logs them at warn', async () => {
    const res = await http(t).get('/users/me').set('X-Request-Id', 'err-1').expect(401);
    expect(res.headers['x-request-id']).toBe('err-1');
    expect(t.lines.find((line) => line.requestId === 'err-1')).toMatchObject({ level: 40, res: { statusCode: 401 } });
  });

  it('never writes credentials, passwords, tokens or codes', async () => {
    await http(t)
      .get('/auth/check')
      .set('Authorization', 'Bearer secret-access-token-xyz')
      .set('Cookie', 'session=secret-cookie-xyz')
      .set('x-refresh-token', 'secret-refresh-xyz')
      .expect(200);
    await http(t).post('/auth/signin').send({ email: 'nobody@example.com', password: 'secret-password-xyz' }).expect(401);
    new Logger('Test').log({
      msg: 'a careless line',
      password: 'secret-1-xyz',
      body: { newPassword: 'secret-2-xyz', otp: '123456', code: '654321', refreshToken: 'secret-3-xyz' },
      headers: { authorization: 'Bearer secret-4-xyz' },
      nested: { deeper: { accessToken: 'secret-5-xyz' } },
    });
    const raw = t.raw();
    expect(raw).toContain('a careless line');
    expect(raw).not.toMatch(/secret-[\w-]*xyz/);
    expect(raw).not.toContain('123456');
    expect(raw).not.toContain('654321');
    expect(raw).toContain('[Redacted]');
  });

  it('keeps the code readable in the log mail transport line outside production', async () => {
    const email = `log-reader-${Date.now()}@example.com`;
    await http(t).post('/auth/signup').send(signUpBody(email)).expect(200);
    await t.app.get(MailDispatcher).flush();
    const mail = t.lines.find((line) => line.msg === 'mail' && line.mail?.to === email);
    expect(mail?.mail.text).toMatch(/\b\d{6}\b/);
    expect(t.raw()).not.toContain('a very secret passphrase 42');
  });
});
