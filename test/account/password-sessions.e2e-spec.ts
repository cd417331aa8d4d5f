import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedInSuperAdmin, signedInUser, signIn } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('PUT /users/me/password', () => {
  it('changes the password, keeps this session, signs out the others, mails and records it', async () => {
    const me = await signedInUser(t, ['viewer']);
    const other = await signIn(t, me.email, me.password);
    const res = await t.http().put('/users/me/password').set('Authorization', me.auth)
      .send({ currentPassword: me.password, newPassword: 'a brand new passphrase' }).expect(200);
    expect(res.body).toEqual({ message: 'Password updated successfully' });

    await t.http().get('/users/me/sessions').set('Authorization', me.auth).expect(200);
    await t.http().get('/users/me/sessions').set('Authorization', `Bearer ${other.accessToken}`).expect(401);
    await t.http().post('/auth/refresh-token').send({ refreshToken: other.refreshToken }).expect(401);

    await t.http().post('/auth/signin').send({ email: me.email, password: me.password }).expect(401);
    await t.http().post('/auth/signin').send({ email: me.email, password: 'a brand new passphrase' }).expect(200);
    expect(await t.lastMail(me.email, 'Your password was changed')).toContain('password');

    const activity = await t.http().get(`/users/${me.user.id}/activity?type=password_changed`).set('Authorization', me.auth).expect(200);
    expect(activity.body.activities).toHaveLength(1);
    expect(activity.body.activities[0]).toMatchObject({ type: 'password_changed', actorId: null, ip: expect.any(String) });
  });

  it('refuses a wrong current password with INVALID_PASSWORD', async () => {
    const me = await signedInUser(t);
    const res = await t.http().put('/users/me/password').set('Authorization', me.auth)
      .send({ currentPassword: 'not my password', newPassword: 'a brand new passphrase' }).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'INVALID_PASSWORD', message: 'Current password is incorrect' });
  });

  it('validates the new password and the body', async () => {
    const me = await signedInUser(t);
    const weak = await t.http().put('/users/me/password').set('Authorization', me.auth)
      .send({ currentPassword: me.password, newPassword: 'password123' }).expect(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'newPassword' })]);
    await t.http().put('/users/me/password').set('Authorization', me.auth).send({ currentPassword: me.password, newPassword: 'short' }).expect(400);
    await t.http().put('/users/me/password').set('Authorization', me.auth).send({ newPassword: 'a brand new passphrase' }).expect(400);
    await t.http().put('/users/me/password').set('Authorization', me.auth)
      .send({ currentPassword: me.password, newPassword: 'a brand new passphrase', extra: 1 }).expect(400);
    await t.http().put('/users/me/password').set('Authorization', me.auth)
      .send({ currentPassword: me.password, newPassword: me.password }).expect(400);
    await t.http().put('/users/me/password').send({ currentPassword: 'x', newPassword: 'a brand new passphrase' }).expect(401);
  });
});

describe('sessions', () => {
  it('lists my sessions with the current one marked, and revokes another', async () => {
    const me = await signedInUser(t, ['viewer']);
    const phone = await t.http().post('/auth/signin')
      .set('User-Agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1')
      .send({ email: me.email, password: me.password }).expect(200);
    const list = await t.http().get('/users/me/sessions').set('Authorization', me.auth).expect(200);
    expect(list.body).toHaveLength(2);
    for (const s of list.body) {
      expect(Object.keys(s).sort()).toEqual(['createdAt', 'current', 'device', 'expiresAt', 'id', 'ip', 'lastUsedAt', 'userAgent']);
    }
    expect(list.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const phoneSession = list.body.find((s: { current: boolean }) => !s.current);
    expect(phoneSession.device).toBe('Safari on iOS');
    expect(JSON.stringify(list.body)).not.toMatch(/token|hash/i);

    await t.http().delete(`/users/me/sessions/${phoneSession.id}`).set('Authorization', me.auth).expect(200);
    await t.http().get('/users/me/sessions').set('Authorization', `Bearer ${phone.body.accessToken}`).expect(401);
    const after = await t.http().get('/users/me/sessions').set('Authorization', me.auth).expect(200);
    expect(after.body).toHaveLength(1);
    await t.http().delete(`/users/me/sessions/${phoneSession.id}`).set('Authorization', me.auth).expect(404);
  });

  it("answers 404 for someone else's, unknown or malformed session ids", async () => {
    const me = await signedInUser(t);
    const other = await signedInUser(t);
    const theirs = await t.http().get('/users/me/sessions').set('Authorization', other.auth).expect(200);
    const res = await t.http().delete(`/users/me/sessions/${theirs.body[0].id}`).set('Authorization', me.auth).expect(404);
    expect(res.body).toMatchObject({ message: 'Session not found', statusCode: 404 });
    await t.http().delete('/users/me/sessions/00000000-0000-4000-8000-000000000000').set('Authorization', me.auth).expect(404);
    await t.http().delete('/users/me/sessions/not-a-uuid').set('Authorization', me.auth).expect(404);
    await t.http().get('/users/me/sessions').set('Authorization', other.auth).expect(200);
  });

  it('lets an admin list and revoke a user\'s sessions, but not an admin\'s', async () => {
    const admin = await signedInUser(t, ['admin']);
    const target = await signedInUser(t);
    const list = await t.http().get(`/users/${target.user.id}/sessions`).set('Authorization', admin.auth).expect(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0].current).toBe(false);
    await t.http().delete(`/users/${target.user.id}/sessions/${list.body[0].id}`).set('Authorization', admin.auth).expect(200);
    await t.http().get('/users/me/sessions').set('Authorization', target.auth).expect(401);

    const activity = await t.http().get(`/users/${target.user.id}/activity?type=session_revoked`).set('Authorization', admin.auth).expect(200);
    expect(activity.body.activities[0]).toMatchObject({ actorId: admin.user.id });

    const otherAdmin = await signedInUser(t, ['admin']);
    await t.http().get(`/users/${otherAdmin.user.id}/sessions`).set('Authorization', admin.auth).expect(403);
    const sessions = await t.http().get('/users/me/sessions').set('Authorization', otherAdmin.auth).expect(200);
    await t.http().delete(`/users/${otherAdmin.user.id}/sessions/${sessions.body[0].id}`).set('Authorization', admin.auth).expect(403);
    const root = await signedInSuperAdmin(t);
    await t.http().get(`/users/${otherAdmin.user.id}/sessions`).set('Authorization', root.auth).expect(200);
    await t.http().get('/users/00000000-0000-4000-8000-000000000000/sessions').set('Authorization', admin.auth).expect(404);
    await t.http().delete(`/users/${target.user.id}/sessions/${sessions.body[0].id}`).set('Authorization', root.auth).expect(404);
  });

  it.each([['viewer'], ['user'], ['moderator']] as const)('refuses %s on the admin session routes', async (role) => {
    const caller = await signedInUser(t, [role]);
    const target = await signedInUser(t);
    await t.http().get(`/users/${target.user.id}/sessions`).set('Authorization', caller.auth).expect(403);
    await t.http().delete(`/users/${target.user.id}/sessions/00000000-0000-4000-8000-000000000000`).set('Authorization', caller.auth).expect(403);
  });
});
