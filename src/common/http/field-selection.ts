import { Errors } from '../errors/domain-error.js';

/** Always part of a selection: without it a client could not tell the items apart. */
const ALWAYS_SELECTED = 'id';
const MAX_FIELDS_LENGTH = 1000;

/**
 * Reads `?fields=id,email` (also `fields=id&fields=email`) against the fields an answer has.
 * Returns the selection in the answer's own order, `id` included, or `undefined` for "all";
 * an unknown field is a 400 that names it.
 */
export function parseFieldSelection(raw: unknown, available: readonly string[]): string[] | undefined {
  if (raw === undefined) return undefined;
  const parts = (Array.isArray(raw) ? raw : [raw]).map(String);
  if (parts.join(',').length > MAX_FIELDS_LENGTH) {
    throw Errors.badRequest('fields', `fields: must be at most ${MAX_FIELDS_LENGTH} characters`);
  }
  const requested = new Set(parts.flatMap((part) => part.split(',')).map((field) => field.trim()).filter(Boolean));
  if (requested.size === 0) throw Errors.badRequest('fields', `fields: name at least one field; fields are ${available.join(', ')}`);
  const unknown = [...requested].filter((field) => !available.includes(field));
  if (unknown.length > 0) {
    const names = unknown.map((field) => `"${field}"`).join(', ');
    throw Errors.badRequest('fields', `fields: unknown field ${names}; fields are ${available.join(', ')}`);
  }
  requested.add(ALWAYS_SELECTED);
  return available.filter((field) => requested.has(field));
}

/** The named fields of `item`, nothing else. */
export function selectFields<T extends object>(item: T, selection: readonly string[]): Partial<T> {
  const record = item as Record<string, unknown>;
  const selected: Record<string, unknown> = {};
  for (const field of selection) if (field in record) selected[field] = record[field];
  return selected as Partial<T>;
}
