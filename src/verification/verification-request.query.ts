import { Errors } from '../common/errors/domain-error.js';
import type { CodePurpose } from '../database/schema/index.js';
import { isUuid } from '../users/user.repository.js';
import {
  REQUEST_TYPES,
  REQUEST_TYPE_CODES,
  VERIFICATION_SORT_FIELDS,
  type RequestTypeCode,
  type VerificationRequestCriteria,
  type VerificationSortField,
} from './verification-request.types.js';

export const DEFAULT_PER_PAGE = 10;
export const MAX_PER_PAGE = 100;
const MAX_TERM_LENGTH = 100;

type RawQuery = Record<string, string | string[] | undefined>;

const KNOWN_PARAMETERS = new Set(['sort', 'order', 'page', 'perPage', 'limit', 'filter']);
const TEXT_FILTERS = ['username', 'email', 'firstName', 'lastName', 'q'] as const;
const FILTER_FIELDS = ['id', 'userId', 'requestTypeCode', 'requestTypeName', 'attempts', 'isActive', ...TEXT_FILTERS];

const invalid = (parameter: string, message: string) => Errors.badRequest(parameter, `${parameter}: ${message}`);

function single(parameter: string, value: string | string[]): string {
  if (Array.isArray(value)) throw invalid(parameter, 'must be given once');
  return value;
}

function json(parameter: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(parameter, 'must be valid JSON');
  }
}

function integer(parameter: string, value: unknown, min: number, max: number): number {
  const text = String(value);
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw invalid(parameter, `must be an integer from ${min} to ${max}`);
  }
  return Number(text);
}

function sortOf(sort: string | undefined, order: string | undefined): Pick<VerificationRequestCriteria, 'sortBy' | 'sortOrder'> {
  let field: unknown = 'createdOn';
  let direction: unknown = order ?? 'DESC';
  if (sort !== undefined) {
    if (sort.trim().startsWith('[')) {
      const parsed = json('sort', sort);
      if (!Array.isArray(parsed) || parsed.length < 1 || parsed.length > 2) throw invalid('sort', 'must be ["field","ASC|DESC"]');
      [field, direction = direction] = parsed;
    } else {
      field = sort;
    }
  }
  if (typeof field !== 'string' || !(VERIFICATION_SORT_FIELDS as readonly string[]).includes(field)) {
    throw invalid('sort', `unknown field; sort by one of ${VERIFICATION_SORT_FIELDS.join(', ')}`);
  }
  const lowered = typeof direction === 'string' ? direction.toLowerCase() : '';
  if (lowered !== 'asc' && lowered !== 'desc') throw invalid('sort', 'direction must be ASC or DESC');
  return { sortBy: field as VerificationSortField, sortOrder: lowered };
}

function filterOf(text: string | undefined): Omit<VerificationRequestCriteria, 'sortBy' | 'sortOrder' | 'page' | 'perPage'> {
  if (text === undefined || text.trim() === '') return {};
  const filter = json('filter', text);
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw invalid('filter', 'must be a JSON object');
  const criteria: ReturnType<typeof filterOf> = {};
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    if (value === null || value === '') continue;
    if (key === 'verificationCode') throw invalid('filter', 'codes are stored hashed and cannot be searched');
    if (!FILTER_FIELDS.includes(key)) throw invalid('filter', `unknown field "${key}"; filter on ${FILTER_FIELDS.join(', ')}`);
    if (key === 'id' || key === 'userId') {
      if (typeof value !== 'string' || !isUuid(value)) throw invalid('filter', `${key} must be a UUID`);
      criteria[key] = value;
    } else if (key === 'requestTypeCode') {
      const codes = (Array.isArray(value) ? value : [value]) as unknown[];
      if (codes.some((code) => !REQUEST_TYPE_CODES.includes(code as RequestTypeCode))) {
        throw invalid('filter', `requestTypeCode must be ${REQUEST_TYPE_CODES.join(' or ')}`);
      }
      criteria.purposes = intersect(criteria.purposes, codes.map((code) => REQUEST_TYPES[code as RequestTypeCode].purpose));
    } else if (key === 'requestTypeName') {
      if (typeof value !== 'string') throw invalid('filter', 'requestTypeName must be a string');
      const term = value.toLowerCase();
      const matching = REQUEST_TYPE_CODES.filter((code) => REQUEST_TYPES[code].name.toLowerCase().includes(term));
      criteria.purposes = intersect(criteria.purposes, matching.map((code) => REQUEST_TYPES[code].purpose));
    } else if (key === 'attempts') {
      criteria.attempts = integer('filter', value, 0, 1000);
    } else if (key === 'isActive') {
      if (value !== true && value !== false && value !== 'true' && value !== 'false') throw invalid('filter', 'isActive must be true or false');
      criteria.isActive = value === true || value === 'true';
    } else {
      if (typeof value !== 'string' || value.length > MAX_TERM_LENGTH) {
        throw invalid('filter', `${key} must be a string of at most ${MAX_TERM_LENGTH} characters`);
      }
      criteria[key as (typeof TEXT_FILTERS)[number]] = value.trim();
    }
  }
  return criteria;
}

function intersect(current: CodePurpose[] | undefined, next: CodePurpose[]): CodePurpose[] {
  return current ? current.filter((purpose) => next.includes(purpose)) : next;
}

/** Seed 003's query: `sort=["createdOn","DESC"]`, `page`, `perPage`, `filter={"requestTypeCode":"RPWR","q":"john"}`. */
export function parseVerificationRequestQuery(query: RawQuery): VerificationRequestCriteria {
  for (const key of Object.keys(query)) {
    if (!KNOWN_PARAMETERS.has(key)) throw invalid(key, `unknown parameter; use ${[...KNOWN_PARAMETERS].join(', ')}`);
  }
  const value = (name: string) => (query[name] === undefined ? undefined : single(name, query[name] as string | string[]));
  const perPageText = value('perPage') ?? value('limit');
  return {
    ...filterOf(value('filter')),
    ...sortOf(value('sort'), value('order')),
    page: value('page') === undefined ? 1 : integer('page', value('page'), 1, 1_000_000),
    perPage: perPageText === undefined ? DEFAULT_PER_PAGE : integer('perPage', perPageText, 1, MAX_PER_PAGE),
  };
}
