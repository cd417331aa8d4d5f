// The statements of the benchmarked endpoints, written out as the service's Drizzle code renders
// them (the harness compares them with the built repositories' output and warns on any change).

const PUBLIC = `"id", "email", "username", "first_name", "last_name", "age", "phone_number", "avatar_url", "description", "roles", "is_email_verified", "is_active", "blocked_at", "locked_until", "failed_sign_ins", "profile", "preferences", "last_activity", "last_login_at", "created_at", "updated_at"`;
const PUBLIC_QUALIFIED = PUBLIC.split(', ').map((c) => `"users".${c}`).join(', ');
const WITH_PASSWORD = PUBLIC.replace(`"roles", `, `"roles", "password_hash", `);
const SESSION_VIEW = `"id", "user_id", "ip", "user_agent", "created_at", "last_used_at", "expires_at", "revoked_at", "revoked_reason"`;
export const SEARCH_DOCUMENT = `(first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(phone_number, '') || ' ' || coalesce(username, ''))`;

export const SQL = {
  sessionHolder: `select ${PUBLIC_QUALIFIED}, ("sessions"."id" is not null and "sessions"."revoked_at" is null and "sessions"."expires_at" > now()) from "users" left join "sessions" on ("sessions"."id" = $1 and "sessions"."user_id" = "users"."id") where "users"."id" = $2`,
  findById: `select ${PUBLIC} from "users" where "users"."id" = $1`,
  findByIdForUpdate: `select ${PUBLIC} from "users" where "users"."id" = $1 for update`,
  findByEmailWithPassword: `select ${WITH_PASSWORD} from "users" where lower("users"."email") = lower($1)`,
  updateProfile: `update "users" set "first_name" = $1, "description" = $2, "updated_at" = now() where "users"."id" = $3 returning ${PUBLIC}`,
  recordSuccessfulSignIn: `update "users" set "locked_until" = $1, "failed_sign_ins" = $2, "last_activity" = now(), "last_login_at" = now() where "users"."id" = $3`,
  stats: `select count(*)::int, count(*) filter (where "is_active" and "blocked_at" is null)::int, count(*) filter (where "is_email_verified")::int, array[count(*) filter (where $1 = any("users"."roles"))::int, count(*) filter (where $2 = any("users"."roles"))::int, count(*) filter (where $3 = any("users"."roles"))::int, count(*) filter (where $4 = any("users"."roles"))::int, count(*) filter (where $5 = any("users"."roles"))::int] from "users"`,
  createSession: `insert into "sessions" ("id", "user_id", "token_hash", "generation", "ip", "user_agent", "created_at", "last_used_at", "expires_at", "revoked_at", "revoked_reason") values (default, $1, $2, default, $3, $4, default, default, now() + make_interval(secs => $5), default, default) returning ${SESSION_VIEW}`,
  rotateSession: `update "sessions" set "token_hash" = $1, "generation" = "sessions"."generation" + 1, "last_used_at" = now() where ("sessions"."id" = $2 and "sessions"."token_hash" = $3 and "sessions"."revoked_at" is null and "sessions"."expires_at" > now()) returning ${SESSION_VIEW}`,
  addActivity: `insert into "activity_log" ("id", "user_id", "actor_id", "type", "description", "metadata", "ip", "user_agent", "created_at") values (default, $1, $2, $3, $4, $5, $6, $7, default)`,
};

const SORT_COLUMNS = {
  createdAt: 'created_at', updatedAt: 'updated_at', email: 'email', firstName: 'first_name', lastName: 'last_name',
  lastActivity: 'last_activity', lastLoginAt: 'last_login_at', age: 'age', username: 'username', id: 'id',
};

/** Up to this many matches by the planner's estimate, the service counts them (UserRepository). */
export const EXACT_COUNT_LIMIT = 1000;

/**
 * `GET /users` as the repository builds it: the page (one row more than asked, to know whether
 * another follows) and the planner's estimate of the matches, sent in parallel; then the count
 * with the same WHERE when the estimate is at most EXACT_COUNT_LIMIT. Handles the filters the
 * benchmark uses (search, roles, isActive).
 */
export function listStatements({ search, roles, isActive, sortBy = 'createdAt', sortOrder = 'desc', page = 1, limit = 10 }) {
  const conditions = [];
  const params = [];
  const param = (value) => `$${params.push(value)}`;
  if (search) conditions.push(`${SEARCH_DOCUMENT} ilike ${param(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  if (roles?.length) conditions.push(`"users"."roles" && ${param(roles)}`);
  if (isActive !== undefined) conditions.push(`"users"."is_active" = ${param(isActive)}`);
  const where = conditions.length === 0 ? '' : ` where ${conditions.length === 1 ? conditions[0] : `(${conditions.join(' and ')})`}`;
  const filterParams = [...params];
  const direction = sortOrder === 'asc' ? 'asc' : 'desc';
  let list = `select ${PUBLIC} from "users"${where} order by "users"."${SORT_COLUMNS[sortBy] ?? 'created_at'}" ${direction}, "users"."id" ${direction} limit ${param(limit + 1)}`;
  const offset = (page - 1) * limit;
  if (offset > 0) list += ` offset ${param(offset)}`;
  return {
    list: { text: list, params },
    estimate: { text: `explain (format json) select 1 from "users"${where}`, params: filterParams },
    count: { text: `select count(*) from "users"${where}`, params: filterParams },
  };
}
