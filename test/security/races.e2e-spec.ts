import { signIn, signedInUser } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Races not covered elsewhere. The others live next to their feature: same-email sign-ups and
 * parallel use of one code (test/auth/codes), parallel refreshes (test/auth/tokens), the last two
 * super admins demoting each other (test/users/manage-users). CI runs them all on PGlite and PostgreSQL.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a password change racing a refresh', () => {
  it.each([1, 2, 3, 4, 5])('round %i: the other session never survives the change, whichever wins', async () => {
    const me = await signedInUser(t);
    const other = await signIn(t, me.email, me.password);
    const newPassword = `a brand new passphrase ${Math.random()}`;

    const [change, ...refreshes] = await Promise.all([
      t.http().put('/users/me/password').set('Authorization', me.auth).send({ currentPassword: me.password, newPassword }),
      ...Array.from({ length: 3 }, () => t.http().post('/auth/refresh-token').send({ refreshToken: other.refreshToken })),
    ]);

    expect(change.status).toBe(200);
    for (const refresh of refreshes) expect([200, 401]).toContain(refresh.status);
    // Whatever the refresh got before the change landed is dead after it.
    const issued = refreshes.filter((r) => r.status === 200).map((r) => r.body as { accessToken: string; refreshToken: string });
    for (const pair of [other, ...issued]) {
      await t.http().get('/users/me').set('Authorization', `Bearer ${pair.accessToken}`).expect(401);
      await t.http().post('/auth/refresh-token').send({ refreshToken: pair.refreshToken }).expect(401);
    }
    // The session that changed the password goes on.
    await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
    await t.http().post('/auth/refresh-token').send({ refreshToken: me.refreshToken }).expect(200);
  });
});
