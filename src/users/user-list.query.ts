import { Errors } from '../common/errors/domain-error.js';
import { ROLES, isRole, type Role } from '../common/policy/roles.js';
import { USER_SORT_FIELDS, type UserListCriteria, type UserSortField } from './user-list.criteria.js';
import type { UserStatus } from './user.record.js';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 1_000_000;
const MAX_TERM_LENGTH = 100;
const STATUSES: readonly UserStatus[] = ['pending', 'active', 'inactive', 'blocked', 'locked'];

type RawQuery = Record<string, string | string[] | undefined>;

/** Every spelling each seed uses for a parameter, mapped to ours. */
const ALIASES: Record<string, string> = {
  q: 'search',
  role: 'roles',
  'roles[]': 'roles',
  'role[]': 'roles',
  active: 'isActive',
  emailVerified: 'isEmailVerified',
  perPage: 'limit',
  per_page: 'limit',
  sort: 'sortBy',
  order: 'sortOrder',
};

const TEXT_FILTERS = ['search', 'firstName', 'lastName', 'email', 'phoneNumber', 'username'] as const;
const KNOWN = new Set<string>([
  ...TEXT_FILTERS,
  'roles',
  'isEmailVerified',
  'isActive',
  'status',
  'createdFrom',
  'createdTo',
  'page',
  'limit',
  'sortBy',
  'sortOrder',
  'filter',
  'fields',
]);

/** Seed 001 sorts by `created_at`; accept snake_case for every field. */
const SORT_SPELLINGS = new Map<string, UserSortField>(
  USER_SORT_FIELDS.flatMap((field) => [
    [field.toLowerCase(), field],
    [field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), field],
  ]),
);

const invalid = (parameter: string, message: string) => Errors.badRequest(parameter, `${parameter}: ${message}`);

function single(parameter: string, value: string | string[]): string {
  if (Array.isArray(value)) throw invalid(parameter, 'must be given once');
  return value;
}

function parseBoolean(parameter: string, value: unknown): boolean {
  if (value === true || value === 'true' || value === '1') return true;
  if (value === false || value === 'false' || value === '0') return false;
  throw invalid(parameter, 'must be "true" or "false"');
}

function parseInteger(parameter: string, value: unknown, min: number, max: number): number {
  const text = String(value);
  const number = Number(text);
  if (!/^-?\d+$/.test(text) || number < min || number > max) {
    throw invalid(parameter, `must be an integer from ${min} to ${max}`);
  }
  return number;
}

function parseRoles(parameter: string, value: unknown): Role[] {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).map((r) => r.trim());
  const roles = parts.filter(Boolean);
  const unknown = roles.find((role) => !isRole(role));
  if (unknown !== undefined) throw invalid(parameter, `unknown role "${unknown}"; roles are ${ROLES.join(', ')}`);
  return [...new Set(roles)] as Role[];
}

function parseDate(parameter: string, value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw invalid(parameter, 'must be an ISO 8601 date such as 2024-01-31');
  return date;
}

function parseText(parameter: string, value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') throw invalid(parameter, 'must be text');
  const text = String(value).trim();
  if (text.length > MAX_TERM_LENGTH) throw invalid(parameter, `must be at most ${MAX_TERM_LENGTH} characters`);
  return text || undefined;
}

function parseJson(parameter: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw invalid(parameter, 'must be valid JSON');
  }
}

/** Seed 003's `sort=["field","ASC"]`, or a plain field name. */
function parseSort(value: string): { sortBy: UserSortField; sortOrder?: 'asc' | 'desc' } {
  if (value.startsWith('[')) {
    const parsed = parseJson('sort', value);
    if (!Array.isArray(parsed) || parsed.length < 1 || parsed.length > 2 || parsed.some((p) => typeof p !== 'string')) {
      throw invalid('sort', 'must be ["field","ASC"] or ["field","DESC"]');
    }
    return { sortBy: parseSortField('sort', parsed[0]), sortOrder: parsed[1] ? parseOrder('sort', parsed[1]) : undefined };
  }
  return { sortBy: parseSortField('sortBy', value) };
}

function parseSortField(parameter: string, value: string): UserSortField {
  const field = SORT_SPELLINGS.get(value.trim().toLowerCase()) ?? SORT_SPELLINGS.get(value.trim());
  if (!field) throw invalid(parameter, `cannot sort by "${value}"; use one of ${USER_SORT_FIELDS.join(', ')}`);
  return field;
}

function parseOrder(parameter: string, value: string): 'asc' | 'desc' {
  const order = value.trim().toLowerCase();
  if (order !== 'asc' && order !== 'desc') throw invalid(parameter, 'must be asc or desc');
  return order;
}

/** Seed 003's `filter={"q":"john","isActive":true}`: its keys are the same parameters. */
function parseFilter(value: string): RawQuery {
  const parsed = parseJson('filter', value);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalid('filter', 'must be a JSON object such as {"q":"john","isActive":true}');
  }
  const entries = Object.entries(parsed as Record<string, unknown>).map(([key, item]) => {
    const name = ALIASES[key] ?? key;
    if (!KNOWN.has(name) || ['filter', 'page', 'limit', 'sortBy', 'sortOrder', 'fields'].includes(name)) {
      throw invalid('filter', `unknown field "${key}"`);
    }
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) throw invalid('filter', `"${key}" must be a value`);
    return [name, Array.isArray(item) ? item.map(String) : String(item)] as const;
  });
  return Object.fromEntries(entries);
}

/**
 * Reads a user listing request in any seed's style (section 5 of the contract) into one criteria
 * object; every bad value is a 400 that names the parameter.
 */
export function parseUserListQuery(raw: RawQuery): UserListCriteria {
  const query: RawQuery = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const name = ALIASES[key] ?? key;
    if (!KNOWN.has(name)) throw invalid(key, `unknown query parameter; use ${[...KNOWN].join(', ')}`);
    const previous = query[name];
    query[name] = previous === undefined ? value : [previous, value].flat();
  }
  const fromFilter = query.filter !== undefined ? parseFilter(single('filter', query.filter)) : {};
  const merged: RawQuery = { ...query, ...fromFilter };

  const criteria: UserListCriteria = {
    page: merged.page !== undefined ? parseInteger('page', single('page', merged.page), 1, MAX_PAGE) : 1,
    limit: merged.limit !== undefined ? parseInteger('limit', single('limit', merged.limit), 1, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
    sortBy: 'createdAt',
    sortOrder: 'desc',
  };
  for (const field of TEXT_FILTERS) {
    if (merged[field] !== undefined) criteria[field] = parseText(field, single(field, merged[field]));
  }
  if (merged.roles !== undefined) criteria.roles = parseRoles('roles', merged.roles);
  if (merged.isActive !== undefined) criteria.isActive = parseBoolean('isActive', single('isActive', merged.isActive));
  if (merged.isEmailVerified !== undefined) {
    criteria.isEmailVerified = parseBoolean('isEmailVerified', single('isEmailVerified', merged.isEmailVerified));
  }
  if (merged.status !== undefined) {
    const status = single('status', merged.status).trim().toLowerCase() as UserStatus;
    if (!STATUSES.includes(status)) throw invalid('status', `must be one of ${STATUSES.join(', ')}`);
    criteria.status = status;
  }
  if (merged.createdFrom !== undefined) criteria.createdFrom = parseDate('createdFrom', single('createdFrom', merged.createdFrom));
  if (merged.createdTo !== undefined) criteria.createdTo = parseDate('createdTo', single('createdTo', merged.createdTo));
  if (merged.sortBy !== undefined) {
    const sort = parseSort(single('sortBy', merged.sortBy));
    criteria.sortBy = sort.sortBy;
    if (sort.sortOrder) criteria.sortOrder = sort.sortOrder;
  }
  if (merged.sortOrder !== undefined) criteria.sortOrder = parseOrder('sortOrder', single('sortOrder', merged.sortOrder));
  return criteria;
}
