import { hash } from 'node:crypto';

/**
 * Entity tags of JSON answers, derived from the representation itself rather than from a row
 * version, so that every change of the answer (a derived `status`, a new `permissions` list after
 * a role change, another `?fields=` selection) changes the tag without any write having to bump it.
 *
 * A tag reads `"<version>.<variant>"`:
 * - `version` hashes the full answer with its presence stamps blanked (`lastActivity`, written
 *   at most once a minute by reads themselves, without the user changing);
 * - `variant` hashes those stamps and the `?fields=` selection.
 * `If-None-Match` compares whole tags (any difference in what is sent means a new answer);
 * `If-Match` compares versions only ("has the user changed since I read it?"), so a tag read
 * through `?fields=`, or before a `lastActivity` stamp, still guards a write.
 */
const HASH_LENGTH = 22;
/** JSON escapes quotes inside strings, so this only ever matches a real `lastActivity` key. */
const PRESENCE_STAMP = /"lastActivity":(null|"[^"]*")/g;
const BLANK_STAMP = '"lastActivity":null';

/** A parsed `If-Match` or `If-None-Match` header: `*`, or the tags listed (weak ones marked). */
export type EntityTagCondition = { any: true } | { any: false; tags: Array<{ weak: boolean; opaque: string }> };

const digest = (text: string) => hash('sha256', text, 'base64url').slice(0, HASH_LENGTH);

function splitStamps(json: string): { stable: string; stamps: string[] } {
  const stamps: string[] = [];
  const stable = json.replace(PRESENCE_STAMP, (_match, value: string) => {
    stamps.push(value);
    return BLANK_STAMP;
  });
  return { stable, stamps };
}

/** The data version of an answer: what `If-Match` is checked against. */
export function versionOf(body: object): string {
  return digest(splitStamps(JSON.stringify(body)).stable);
}

/**
 * The strong `ETag` of an answer given as its JSON text (serialised once, by the caller, which
 * can then send that text as is); `selection` is the `?fields=` projection sent instead, if any.
 */
export function entityTagOfJson(json: string, selection?: readonly string[]): string {
  const { stable, stamps } = splitStamps(json);
  return `"${digest(stable)}.${digest(`${stamps.join(',')}|${selection?.join(',') ?? '*'}`)}"`;
}

const TAG = /\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/y;

/** Reads an `If-Match`/`If-None-Match` header; `undefined` when absent, no tags when malformed. */
export function parseEntityTagCondition(header: string | string[] | undefined): EntityTagCondition | undefined {
  if (header === undefined) return undefined;
  const text = Array.isArray(header) ? header.join(',') : header;
  if (text.trim() === '*') return { any: true };
  const tags: Array<{ weak: boolean; opaque: string }> = [];
  TAG.lastIndex = 0;
  while (TAG.lastIndex < text.length) {
    const match = TAG.exec(text);
    if (!match) return { any: false, tags: [] };
    tags.push({ weak: match[1] !== undefined, opaque: match[2] });
  }
  return { any: false, tags };
}

/**
 * `If-Match`, strong comparison (RFC 9110 13.1.1): weak tags never match. Compares the data
 * version only, see above. The caller has established that the resource exists.
 */
export function ifMatchAllows(condition: EntityTagCondition | undefined, current: object): boolean {
  if (!condition || condition.any) return true;
  const version = versionOf(current);
  return condition.tags.some((tag) => !tag.weak && tag.opaque.split('.')[0] === version);
}

/** `If-None-Match`, weak comparison (RFC 9110 13.1.2): true when the client's copy is current. */
export function ifNoneMatchHolds(condition: EntityTagCondition | undefined, etag: string): boolean {
  if (!condition) return false;
  if (condition.any) return true;
  const opaque = etag.slice(1, -1);
  return condition.tags.some((tag) => tag.opaque === opaque);
}
