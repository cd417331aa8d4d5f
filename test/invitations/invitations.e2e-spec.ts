import { eq, sql } from 'drizzle-orm';
import { invitations } from '../../src/database/schema/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser, unique, type TestUser } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';
import { expectMatchesSchema } from '../support/openapi-contract.js';

const PASSWORD = 'an invited passphrase';
const INVALID = { message: 'Invalid, expired or already used invitation', statusCode: 400, code: 'INVALID_INVITATION' };

let t: TestApp;
let root: TestUser;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  root = await signedInSuperAdmin(t);
  admin = await signedInUser(t, ['admin']);
});
afterAll(() => t.close());

const inviteBody = (extra: Record<string, unknown> = {}) => ({ email: `invitee${unique()}@example.com`, firstName: 'Ada', lastName: 'Lovelace', ...extra });

async function invite(by: TestUser = admin, extra: Record<string, unknown> = {}) {
  const body = inviteBody(extra);
  const res = await t.http().post('/users/invite').set('Authorization', by.auth).send(body).expect(201);
  return { email: body.email, invitation: res.body, token: await tokenMailedTo(body.email) };
}

async function tokenMailedTo(email: string): Promise<string> {
  const token = /invitation token is ([A-Za-z0-9_-]{43})\b/.exec(await t.lastMail(email, 'You are invited'))?.[1];
  if (!token) throw new Error(`no invitation token mailed to ${email}`);
  return token;
}

const accept = (token: string, password = PASSWORD) => t.http().post('/auth/accept-invitation').send({ token, password });

describe('POST /users/invite and POST /auth/accept-invitation', () => {
  it('invites, mails a token, and the invitee accepts then signs in', async () => {
    const { email, invitation, token } = await invite(admin, { roles: ['moderator'] });
    expect(invitation).toMatchObject({ email, firstName: 'Ada', lastName: 'Lovelace', roles: ['moderator'], status: 'pending', invitedBy: admin.user.id, acceptedAt: null });
    expect(new Date(invitation.expiresAt).getTime() - new Date(invitation.createdAt).getTime()).toBeCloseTo(7 * 24 * 3600 * 1000, -4);
    expectNoSecrets(invitation);
    expect(JSON.stringify(invitation)).not.toContain(token);
    expectMatchesSchema('post', '/users/invite', 201, invitation);

    // The account exists but is not usable before acceptance.
    const before = await t.http().get(`/users/${invitation.userId}`).set('Authorization', admin.auth).expect(200);
    expect(before.body).toMatchObject({ isActive: false, isEmailVerified: false, status: 'inactive' });
    await t.http().post('/auth/signin').send({ email, password: PASSWORD }).expect(401);

    const accepted = await accept(token).expect(200);
    expect(accepted.body).toEqual({ message: 'Invitation accepted, you can now sign in' });
    expectMatchesSchema('post', '/auth/accept-invitation', 200, accepted.body);
    const signin = await t.http().post('/auth/signin').send({ email: email.toUpperCase(), password: PASSWORD }).expect(200);
    expect(signin.body.user).toMatchObject({ id: invitation.userId, roles: ['moderator'], isActive: true, isEmailVerified: true, status: 'active' });

    const activity = await t.http().get(`/users/${invitation.userId}/activity`).set('Authorization', admin.auth).expect(200);
    const types = activity.body.activities.map((a: { type: string }) => a.type);
    expect(types).toEqual(expect.arrayContaining(['invited', 'invitation_accepted', 'login']));
    const invited = activity.body.activities.find((a: { type: string }) => a.type === 'invited');
    expect(invited).toMatchObject({ actorId: admin.user.id, metadata: { invitationId: invitation.id, roles: ['moderator'] } });
  });

  it('refuses a token once used, with the one clear 400', async () => {
    const { token } = await invite();
    await accept(token).expect(200);
    expect((await accept(token, 'another fine passphrase').expect(400)).body).toEqual(INVALID);
  });

  it('refuses an expired token', async () => {
    const { invitation, token } = await invite();
    await t.db.update(invitations).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(invitations.id, invitation.id));
    expect((await accept(token).expect(400)).body).toEqual(INVALID);
  });

  it('refuses unknown and malformed tokens, and weak passwords', async () => {
    const unknown = await accept('x'.repeat(43)).expect(400);
    expect(unknown.body).toEqual(INVALID);
    expectMatchesSchema('post', '/auth/accept-invitation', 400, unknown.body);
    await t.http().post('/auth/accept-invitation').send({ password: PASSWORD }).expect(400);
    const { token } = await invite();
    const weak = await accept(token, 'password').expect(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    await accept(token, 'short').expect(400);
    await accept(token).expect(200);
  });

  it('is public: a junk Authorization header is ignored', async () => {
    const { token } = await invite();
    await accept(token).set('Authorization', 'Bearer undefined').expect(200);
  });

  it('answers 409 when the email is taken, whatever its case', async () => {
    const existing = await createUser(t);
    const res = await t.http().post('/users/invite').set('Authorization', admin.auth).send(inviteBody({ email: existing.user.email.toUpperCase() })).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'EMAIL_ALREADY_EXISTS' });
    const { email } = await invite();
    await t.http().post('/users/invite').set('Authorization', admin.auth).send(inviteBody({ email })).expect(409);
  });

  it('lets only a super admin invite into admin or super_admin', async () => {
    for (const roles of [['admin'], ['super_admin'], ['user', 'admin']]) {
      const res = await t.http().post('/users/invite').set('Authorization', admin.auth).send(inviteBody({ roles })).expect(403);
      expect(res.body.code).toBe('INSUFFICIENT_PERMISSIONS');
    }
    const { invitation, token } = await invite(root, { roles: ['admin'] });
    expect(invitation.roles).toEqual(['admin']);
    await accept(token).expect(200);
  });

  it('validates the invitation body', async () => {
    await t.http().post('/users/invite').set('Authorization', admin.auth).send({ email: 'not-an-email', firstName: 'A', lastName: 'B' }).expect(400);
    await t.http().post('/users/invite').set('Authorization', admin.auth).send(inviteBody({ roles: ['owner'] })).expect(400);
    await t.http().post('/users/invite').set('Authorization', admin.auth).send(inviteBody({ password: 'set by admin' })).expect(400);
  });
});

describe('DELETE /users/invitations/:id', () => {
  it('revokes: the token stops working, the dormant account stays, and it is recorded', async () => {
    const { invitation, token } = await invite();
    const res = await t.http().delete(`/users/invitations/${invitation.id}`).set('Authorization', admin.auth).expect(200);
    expect(res.body).toEqual({ message: 'Invitation revoked' });
    await t.http().delete(`/users/invitations/${invitation.id}`).set('Authorization', admin.auth).expect(200);
    expect((await accept(token).expect(400)).body).toEqual(INVALID);

    const account = await t.http().get(`/users/${invitation.userId}`).set('Authorization', admin.auth).expect(200);
    expect(account.body).toMatchObject({ isActive: false, status: 'inactive' });
    const activity = await t.http().get(`/users/${invitation.userId}/activity?type=invitation_revoked`).set('Authorization', admin.auth).expect(200);
    expect(activity.body.activities).toEqual([expect.objectContaining({ actorId: admin.user.id })]);
  });

  it('answers 404 for unknown ids, 409 for an accepted invitation, 403 for an admin invitation revoked by an admin', async () => {
    await t.http().delete('/users/invitations/00000000-0000-0000-0000-000000000000').set('Authorization', admin.auth).expect(404);
    const notFound = await t.http().delete('/users/invitations/not-a-uuid').set('Authorization', admin.auth).expect(404);
    expect(notFound.body.code).toBe('INVITATION_NOT_FOUND');

    const accepted = await invite();
    await accept(accepted.token).expect(200);
    const conflict = await t.http().delete(`/users/invitations/${accepted.invitation.id}`).set('Authorization', admin.auth).expect(409);
    expect(conflict.body.code).toBe('INVITATION_ALREADY_ACCEPTED');

    const privileged = await invite(root, { roles: ['admin'] });
    await t.http().delete(`/users/invitations/${privileged.invitation.id}`).set('Authorization', admin.auth).expect(403);
    await t.http().delete(`/users/invitations/${privileged.invitation.id}`).set('Authorization', root.auth).expect(200);
  });
});

describe('POST /users/invitations/:id/resend', () => {
  it('mails a fresh token; the old one stops working; a revoked invitation comes back', async () => {
    const { email, invitation, token: first } = await invite();
    await t.http().delete(`/users/invitations/${invitation.id}`).set('Authorization', admin.auth).expect(200);
    const res = await t.http().post(`/users/invitations/${invitation.id}/resend`).set('Authorization', admin.auth).expect(200);
    expect(res.body).toMatchObject({ id: invitation.id, status: 'pending', revokedAt: null });
    expectMatchesSchema('post', '/users/invitations/{id}/resend', 200, res.body);
    const second = await tokenMailedTo(email);
    expect(second).not.toBe(first);
    await accept(first).expect(400);
    await accept(second).expect(200);
    await t.http().post(`/users/invitations/${invitation.id}/resend`).set('Authorization', admin.auth).expect(409);
  });

  it('revives an expired invitation for seven more days', async () => {
    const { email, invitation } = await invite();
    await t.db.update(invitations).set({ expiresAt: sql`now() - interval '1 day'` }).where(eq(invitations.id, invitation.id));
    const res = await t.http().post(`/users/invitations/${invitation.id}/resend`).set('Authorization', admin.auth).expect(200);
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    await accept(await tokenMailedTo(email)).expect(200);
  });
});

describe('GET /users/invitations', () => {
  it('lists with status and email filters, paginated with X-Total-Count and Content-Range', async () => {
    const tag = `list${unique()}`;
    const pending = await invite(admin, { email: `${tag}-pending@example.com` });
    const accepted = await invite(admin, { email: `${tag}-accepted@example.com` });
    await accept(accepted.token).expect(200);
    const revoked = await invite(admin, { email: `${tag}-revoked@example.com` });
    await t.http().delete(`/users/invitations/${revoked.invitation.id}`).set('Authorization', admin.auth).expect(200);
    const expired = await invite(admin, { email: `${tag}-expired@example.com` });
    await t.db.update(invitations).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(invitations.id, expired.invitation.id));

    const all = await t.http().get(`/users/invitations?email=${tag}`).set('Authorization', admin.auth).expect(200);
    expect(all.body.pagination).toMatchObject({ page: 1, limit: 10, total: 4, totalPages: 1 });
    expect(all.headers['x-total-count']).toBe('4');
    expect(all.headers['content-range']).toBe('items 0-3/4');
    expectNoSecrets(all.body);
    expectMatchesSchema('get', '/users/invitations', 200, all.body);

    for (const [status, which] of [['pending', pending], ['accepted', accepted], ['revoked', revoked], ['expired', expired]] as const) {
      const res = await t.http().get(`/users/invitations?email=${tag}&status=${status}`).set('Authorization', admin.auth).expect(200);
      expect(res.body.invitations.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([[which.invitation.id, status]]);
    }

    const page2 = await t.http().get(`/users/invitations?email=${tag}&limit=3&page=2`).set('Authorization', admin.auth).expect(200);
    expect(page2.body.invitations).toHaveLength(1);
    expect(page2.headers['content-range']).toBe('items 3-3/4');
    expect(page2.body.pagination).toMatchObject({ page: 2, hasPrev: true, hasNext: false });
  });

  it('answers 400 for a bad status, limit or unknown parameter', async () => {
    for (const query of ['status=lost', 'limit=0', 'limit=1000', 'page=-1', 'sort=nope']) {
      const res = await t.http().get(`/users/invitations?${query}`).set('Authorization', admin.auth).expect(400);
      expect(res.body.statusCode).toBe(400);
    }
  });

  it('is refused to moderators and below', async () => {
    for (const role of ['viewer', 'user', 'moderator'] as const) {
      const caller = await signedInUser(t, [role]);
      await t.http().get('/users/invitations').set('Authorization', caller.auth).expect(403);
      await t.http().post('/users/invite').set('Authorization', caller.auth).send(inviteBody()).expect(403);
    }
  });
});
