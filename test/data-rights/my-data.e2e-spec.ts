import { eq } from 'drizzle-orm';
import { activityLog, avatars, oneTimeCodes, sessions, users } from '../../src/database/schema/index.js';
import { makeImage } from '../account/images.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signIn, signedInSuperAdmin, signedInUser, unique, type TestUser } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';
import { expectMatchesSchema } from '../support/openapi-contract.js';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, ['admin']);
});
afterAll(() => t.close());

const rowsOf = async (userId: string) => ({
  users: (await t.db.select({ id: users.id }).from(users).where(eq(users.id, userId))).length,
  sessions: (await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId))).length,
  activity: (await t.db.select({ id: activityLog.id }).from(activityLog).where(eq(activityLog.userId, userId))).length,
  avatars: (await t.db.select({ id: avatars.userId }).from(avatars).where(eq(avatars.userId, userId))).length,
  codes: (await t.db.select({ id: oneTimeCodes.id }).from(oneTimeCodes).where(eq(oneTimeCodes.userId, userId))).length,
});

describe('GET /users/me/export', () => {
  it('hands over everything held about the caller as a JSON attachment, without hashes or codes', async () => {
    const me = await signedInUser(t, ['user']);
    await t.http().put('/users/me').set('Authorization', me.auth).send({ profile: { bio: 'Hello' }, preferences: { theme: 'dark' } }).expect(200);
    await t.http().post('/users/me/avatar').set('Authorization', me.auth)
      .attach('avatar', await makeImage('png'), { filename: 'a.png', contentType: 'image/png' }).expect(200);
    const other = await signIn(t, me.email, me.password);
    await t.http().post('/auth/logout').set('Authorization', `Bearer ${other.accessToken}`).expect(200);
    await t.http().post('/auth/request-password-reset').send({ email: me.email }).expect(200);
    const code = await t.lastCode(me.email, 'Your password reset code');

    const res = await t.http().get('/users/me/export').set('Authorization', me.auth).expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="my-data.json"');
    const data = res.body;
    expect(data.user).toMatchObject({ id: me.user.id, email: me.email, profile: { bio: 'Hello' }, preferences: { theme: 'dark' } });
    expect(data.user.permissions).toContain('account:delete');
    expect(data.sessions).toHaveLength(2);
    expect(data.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(data.sessions.find((s: { revokedAt: string | null }) => s.revokedAt)).toMatchObject({ revokedReason: 'logout' });
    expect(data.activity.map((a: { type: string }) => a.type)).toEqual(expect.arrayContaining(['login', 'logout', 'profile_updated', 'avatar_updated']));
    // Supertest serves each request on a fresh port, so compare paths.
    expect(new URL(data.avatar.url).pathname).toBe(new URL(data.user.avatarUrl).pathname);
    expect(data.avatar).toMatchObject({ contentType: 'image/webp', thumbnails: { small: expect.stringMatching(/-small\.webp$/), medium: expect.stringMatching(/-medium\.webp$/) } });
    await t.http().get(new URL(data.avatar.thumbnails.small).pathname).expect(200);
    expect(data.pendingCodes).toEqual([expect.objectContaining({ purpose: 'password_reset', attempts: 0 })]);
    expect(data.invitations).toEqual({ received: [], sent: [] });
    expectNoSecrets(data);
    expect(res.text).not.toContain(code);
    expectMatchesSchema('get', '/users/me/export', 200, data);
  });

  it('includes the invitations received and sent', async () => {
    const email = `exported${unique()}@example.com`;
    const invited = await t.http().post('/users/invite').set('Authorization', admin.auth).send({ email, firstName: 'In', lastName: 'Vited' }).expect(201);
    const token = /invitation token is ([A-Za-z0-9_-]{43})/.exec(await t.lastMail(email))?.[1] as string;
    await t.http().post('/auth/accept-invitation').send({ token, password: 'an invited passphrase' }).expect(200);
    const invitee = await signIn(t, email, 'an invited passphrase');

    const mine = await t.http().get('/users/me/export').set('Authorization', `Bearer ${invitee.accessToken}`).expect(200);
    expect(mine.body.invitations.received).toEqual([expect.objectContaining({ id: invited.body.id, status: 'accepted' })]);
    const theirs = await t.http().get('/users/me/export').set('Authorization', admin.auth).expect(200);
    expectMatchesSchema('get', '/users/me/export', 200, theirs.body);
    expect(theirs.body.invitations.sent.map((i: { id: string }) => i.id)).toContain(invited.body.id);
    expectNoSecrets(theirs.body);
    expect(theirs.text).not.toContain(token);
  });

  it('is open to every role, refused without a token', async () => {
    const viewer = await signedInUser(t, ['viewer']);
    await t.http().get('/users/me/export').set('Authorization', viewer.auth).expect(200);
    await t.http().get('/users/me/export').expect(401);
  });
});

describe('DELETE /users/me', () => {
  it('refuses a wrong or missing password and keeps everything', async () => {
    const me = await signedInUser(t, ['viewer']);
    const wrong = await t.http().delete('/users/me').set('Authorization', me.auth).send({ password: 'not my password' }).expect(400);
    expect(wrong.body).toEqual({ message: 'Password is incorrect', statusCode: 400, code: 'INVALID_PASSWORD' });
    expectMatchesSchema('delete', '/users/me', 400, wrong.body);
    const missing = await t.http().delete('/users/me').set('Authorization', me.auth).send({}).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
    expect((await rowsOf(me.user.id)).users).toBe(1);
  });

  it('deletes the account with its sessions, avatar, codes and activity; every token stops at once', async () => {
    const me = await signedInUser(t, ['user']);
    const second = await signIn(t, me.email, me.password);
    await t.http().post('/users/me/avatar').set('Authorization', me.auth)
      .attach('avatar', await makeImage('png'), { filename: 'a.png', contentType: 'image/png' }).expect(200);
    await t.http().post('/auth/request-password-reset').send({ email: me.email }).expect(200);
    expect(await rowsOf(me.user.id)).toMatchObject({ users: 1, sessions: 2, avatars: 1, codes: 1 });

    const res = await t.http().delete('/users/me').set('Authorization', me.auth).send({ password: me.password }).expect(200);
    expect(res.body).toEqual({ message: 'Account deleted successfully' });
    expectMatchesSchema('delete', '/users/me', 200, res.body);

    expect(await rowsOf(me.user.id)).toEqual({ users: 0, sessions: 0, activity: 0, avatars: 0, codes: 0 });
    await t.http().get('/users/me').set('Authorization', me.auth).expect(401);
    await t.http().get('/users/me').set('Authorization', `Bearer ${second.accessToken}`).expect(401);
    await t.http().post('/auth/refresh-token').send({ refreshToken: me.refreshToken }).expect(401);
    await t.http().post('/auth/signin').send({ email: me.email, password: me.password }).expect(401);
    await t.http().get(`/users/${me.user.id}`).set('Authorization', admin.auth).expect(404);
    expect(await t.lastMail(me.email, 'Your account was deleted')).toContain('deleted');
  });

  it('keeps invitations an admin sent when the admin deletes themself', async () => {
    const inviter = await signedInUser(t, ['admin']);
    const sent = await t.http().post('/users/invite').set('Authorization', inviter.auth)
      .send({ email: `orphan${unique()}@example.com`, firstName: 'Or', lastName: 'Phan' }).expect(201);
    await t.http().delete('/users/me').set('Authorization', inviter.auth).send({ password: inviter.password }).expect(200);
    const list = await t.http().get(`/users/invitations?email=${encodeURIComponent(sent.body.email)}`).set('Authorization', admin.auth).expect(200);
    expect(list.body.invitations).toEqual([expect.objectContaining({ id: sent.body.id, invitedBy: null, status: 'pending' })]);
  });

  it('refuses to delete the last active super admin (409), allows it while another remains', async () => {
    const root = await signedInSuperAdmin(t);
    const other = await signedInUser(t, ['super_admin']);
    await t.http().delete('/users/me').set('Authorization', other.auth).send({ password: other.password }).expect(200);
    const res = await t.http().delete('/users/me').set('Authorization', root.auth).send({ password: root.password }).expect(409);
    expect(res.body.code).toBe('LAST_SUPER_ADMIN');
    await t.http().get('/users/me').set('Authorization', root.auth).expect(200);
  });
});
