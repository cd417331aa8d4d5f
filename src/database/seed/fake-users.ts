import { CITIES, DESCRIPTIONS, EMAIL_DOMAINS, FIRST_NAMES, LANGUAGES, LAST_NAMES, TIME_ZONES } from './fake-names.js';

/**
 * Fake users of realistic variety, generated column-wise so that a batch can be sent as one
 * `INSERT ... SELECT FROM unnest(...)` with one array parameter per column.
 *
 * Every fake user has a sequence number `n` that makes its email, username and phone number
 * unique: phone `+1` followed by `2000000000 + n` (so the highest phone number in that range tells
 * the next free number), email `first.last<n>@domain`, username `first_l<n>`.
 */
export const FAKE_PHONE_BASE = 2_000_000_000;
export const FAKE_PHONE_PATTERN = '^\\+12[0-9]{9}$';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const SPREAD_MS = 3 * YEAR_MS;

/** The columns of one batch, in the order of `FAKE_USER_COLUMNS`. */
export interface FakeUserBatch {
  email: string[];
  username: (string | null)[];
  firstName: string[];
  lastName: string[];
  age: (number | null)[];
  phoneNumber: string[];
  roles: string[];
  isEmailVerified: boolean[];
  isActive: boolean[];
  blockedAt: (string | null)[];
  description: (string | null)[];
  profile: string[];
  preferences: string[];
  lastActivity: (string | null)[];
  lastLoginAt: (string | null)[];
  createdAt: string[];
  updatedAt: string[];
}

/** Column name, SQL array type and the cast applied to each element. */
export const FAKE_USER_COLUMNS: ReadonlyArray<[keyof FakeUserBatch, string, string, string]> = [
  ['email', 'email', 'text[]', ''],
  ['username', 'username', 'text[]', ''],
  ['firstName', 'first_name', 'text[]', ''],
  ['lastName', 'last_name', 'text[]', ''],
  ['age', 'age', 'int[]', ''],
  ['phoneNumber', 'phone_number', 'text[]', ''],
  ['roles', 'roles', 'text[]', '::text[]'],
  ['isEmailVerified', 'is_email_verified', 'bool[]', ''],
  ['isActive', 'is_active', 'bool[]', ''],
  ['blockedAt', 'blocked_at', 'timestamptz[]', ''],
  ['description', 'description', 'text[]', ''],
  ['profile', 'profile', 'text[]', '::jsonb'],
  ['preferences', 'preferences', 'text[]', '::jsonb'],
  ['lastActivity', 'last_activity', 'timestamptz[]', ''],
  ['lastLoginAt', 'last_login_at', 'timestamptz[]', ''],
  ['createdAt', 'created_at', 'timestamptz[]', ''],
  ['updatedAt', 'updated_at', 'timestamptz[]', ''],
];

/** A small fast deterministic PRNG (mulberry32): the same seed gives the same users. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Mostly `user` (90 %); viewers 5 %, moderators 4 %, admins 1 %; now and then two roles. */
function pickRoles(r: number, extra: number): string {
  if (r < 0.05) return '{viewer}';
  if (r < 0.95) return '{user}';
  if (r < 0.99) return extra < 0.3 ? '{user,moderator}' : '{moderator}';
  return extra < 0.2 ? '{moderator,admin}' : '{admin}';
}

export function emptyBatch(): FakeUserBatch {
  return {
    email: [], username: [], firstName: [], lastName: [], age: [], phoneNumber: [], roles: [],
    isEmailVerified: [], isActive: [], blockedAt: [], description: [], profile: [], preferences: [],
    lastActivity: [], lastLoginAt: [], createdAt: [], updatedAt: [],
  };
}

/** Generates the users numbered `first` to `first + count - 1`, created over the three years before `now`. */
export function generateFakeUsers(first: number, count: number, random: () => number, now = Date.now()): FakeUserBatch {
  const batch = emptyBatch();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const between = (from: number, to: number) => from + random() * (to - from);

  for (let n = first; n < first + count; n++) {
    const firstName = pick(FIRST_NAMES);
    const lastName = pick(LAST_NAMES);
    const lowerFirst = firstName.toLowerCase();
    const lowerLast = lastName.toLowerCase();
    const roles = pickRoles(random(), random());
    // Growth: more sign-ups recently (the square root skews the draw towards now).
    const created = now - SPREAD_MS * (1 - Math.sqrt(random()));
    const verified = random() < 0.85;
    const active = random() < 0.93;
    const blocked = roles.includes('admin') && random() < 0.05;
    const signedIn = verified && random() < 0.9;
    const lastLogin = signedIn ? between(created, now) : null;
    const lastActivity = lastLogin === null ? null : between(lastLogin, Math.min(now, lastLogin + 30 * 24 * 3600 * 1000));
    const updated = random() < 0.4 ? between(created, now) : created;

    const profile: Record<string, string> = {};
    if (random() < 0.25) profile.location = pick(CITIES);
    if (random() < 0.08) profile.github = `${lowerFirst}${lowerLast}`;
    if (random() < 0.05) profile.website = `https://${lowerLast}.example`;
    const preferences: Record<string, unknown> = {};
    if (random() < 0.3) preferences.theme = random() < 0.7 ? 'dark' : 'light';
    if (random() < 0.1) {
      preferences.language = pick(LANGUAGES);
      preferences.timezone = pick(TIME_ZONES);
    }

    batch.email.push(`${lowerFirst}.${lowerLast}${n}@${pick(EMAIL_DOMAINS)}`);
    batch.username.push(random() < 0.7 ? `${lowerFirst}_${lowerLast[0]}${n}` : null);
    batch.firstName.push(firstName);
    batch.lastName.push(lastName);
    batch.age.push(random() < 0.9 ? 18 + Math.floor(random() * random() * 62) : null);
    batch.phoneNumber.push(`+1${FAKE_PHONE_BASE + n}`);
    batch.roles.push(roles);
    batch.isEmailVerified.push(verified);
    batch.isActive.push(active);
    batch.blockedAt.push(blocked ? new Date(between(created, now)).toISOString() : null);
    batch.description.push(random() < 0.3 ? pick(DESCRIPTIONS) : null);
    batch.profile.push(JSON.stringify(profile));
    batch.preferences.push(JSON.stringify(preferences));
    batch.lastActivity.push(lastActivity === null ? null : new Date(lastActivity).toISOString());
    batch.lastLoginAt.push(lastLogin === null ? null : new Date(lastLogin).toISOString());
    batch.createdAt.push(new Date(created).toISOString());
    batch.updatedAt.push(new Date(updated).toISOString());
  }
  return batch;
}
