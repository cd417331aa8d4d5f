import { eq } from 'drizzle-orm';
import { Logger } from '@nestjs/common';
import { mailOutbox, users } from '../../src/database/schema/index.js';
import { LogMailTransport } from '../../src/mail/transports/log-mail.transport.js';
import { createTestApp, SUPER_ADMIN, type TestApp } from '../support/test-app.js';
import { signedInUser, unique } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('start-up', () => {
  it('creates the first super admin from SUPER_ADMIN_EMAIL, verified and active', async () => {
    const rows = await t.db.select().from(users).where(eq(users.email, SUPER_ADMIN.email));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ roles: ['super_admin'], isEmailVerified: true, isActive: true });
    const res = await t.http().post('/auth/signin').send({ email: SUPER_ADMIN.email, password: SUPER_ADMIN.password }).expect(200);
    expect(res.body.user.permissions).toContain('admins:manage');
  });
});

describe('mail outbox', () => {
  it('is written in the same transaction as the change: a failed sign-up leaves no mail', async () => {
    const taken = await signedInUser(t);
    const email = `nomail${unique()}@example.com`;
    await t.http().post('/auth/signup')
      .send({ firstName: 'A', lastName: 'B', email, phoneNumber: taken.user.phoneNumber, password: 'a fine passphrase', age: 30 })
      .expect(409);
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email))).toHaveLength(0);
    expect(await t.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });

  it('is delivered and marked sent', async () => {
    const email = `mail${unique()}@example.com`;
    await t.http().post('/auth/signup')
      .send({ firstName: 'A', lastName: 'B', email, phoneNumber: `+1666${unique().padStart(7, '0').slice(-7)}`, password: 'a fine passphrase', age: 30 })
      .expect(200);
    expect(await t.lastMail(email)).toMatch(/verification code is \d{6}/);
    const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(mail.sentAt).toBeInstanceOf(Date);
  });

  it('the log transport writes one structured line with recipient, subject and text', async () => {
    const lines: unknown[] = [];
    const spy = jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => void lines.push(message));
    await new LogMailTransport().deliver({ to: 'a@example.com', subject: 'Hello', text: 'Your code is 123456' });
    spy.mockRestore();
    expect(lines).toEqual([{ msg: 'mail', mail: { to: 'a@example.com', subject: 'Hello', text: 'Your code is 123456' } }]);
  });
});

describe('lastActivity', () => {
  it('is stamped on authenticated requests at most once a minute', async () => {
    const me = await signedInUser(t);
    const stamp = async () => (await t.db.select().from(users).where(eq(users.id, me.user.id)))[0].lastActivity?.getTime();
    const atSignIn = await stamp();
    expect(atSignIn).toBeDefined();
    await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
    expect(await stamp()).toBe(atSignIn);

    const old = new Date(Date.now() - 5 * 60_000);
    await t.db.update(users).set({ lastActivity: old }).where(eq(users.id, me.user.id));
    await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stamp()).toBeGreaterThan(old.getTime());
  });

  it('lastLoginAt is set on sign-in', async () => {
    const me = await signedInUser(t);
    const res = await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
    expect(res.body.lastLoginAt).not.toBeNull();
  });
});
