import { UserRepository } from '../../src/users/user.repository.js';
import { PasswordHasher } from '../../src/auth/passwords/password-hasher.js';
import type { Role } from '../../src/common/policy/roles.js';
import type { UserRecord } from '../../src/users/user.record.js';
import { SUPER_ADMIN, type TestApp } from './test-app.js';

export const DEFAULT_PASSWORD = 'a perfectly fine passphrase';

let sequence = 0;
/** A unique suffix for emails, phone numbers and usernames within a test run. */
export const unique = () => `${process.pid}${++sequence}`;

export interface TestUser {
  user: UserRecord;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** `Authorization` header value. */
  auth: string;
}

/** Inserts a verified, active user directly (no mail round trip), with the given roles and fields. */
export async function createUser(
  t: TestApp,
  fields: Partial<Omit<UserRecord, 'id'>> & { password?: string } = {},
): Promise<{ user: UserRecord; password: string }> {
  const { password = DEFAULT_PASSWORD, ...rest } = fields;
  const n = unique();
  const user = await t.app.get(UserRepository).create({
    email: `user${n}@example.com`,
    firstName: 'Test',
    lastName: `User${n}`,
    phoneNumber: `+1${String(n).padStart(10, '0').slice(-10)}`,
    age: 30,
    roles: ['user'],
    isEmailVerified: true,
    isActive: true,
    passwordHash: await t.app.get(PasswordHasher).hash(password),
    ...rest,
  });
  return { user, password };
}

export async function signIn(t: TestApp, email: string, password: string) {
  const res = await t.http().post('/auth/signin').send({ email, password });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { accessToken: string; refreshToken: string; user: { id: string } };
}

/** A signed-in user holding `roles` (default: one `user`). */
export async function signedInUser(t: TestApp, roles: Role[] = ['user'], fields: Partial<Omit<UserRecord, 'id'>> = {}): Promise<TestUser> {
  const { user, password } = await createUser(t, { roles, ...fields });
  const tokens = await signIn(t, user.email, password);
  return { user, email: user.email, password, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, auth: `Bearer ${tokens.accessToken}` };
}

/** The super admin created at start-up from SUPER_ADMIN_EMAIL, signed in. */
export async function signedInSuperAdmin(t: TestApp): Promise<TestUser> {
  const tokens = await signIn(t, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const user = (await t.app.get(UserRepository).findByEmail(SUPER_ADMIN.email)) as UserRecord;
  return { user, email: SUPER_ADMIN.email, password: SUPER_ADMIN.password, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, auth: `Bearer ${tokens.accessToken}` };
}
