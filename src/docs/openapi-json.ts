/** Recursively sorts object keys, so that two documents compare (and diff) independently of key order. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The checked-in form of the document: sorted keys, two-space indentation, final newline. */
export const formatOpenApi = (document: unknown) => `${JSON.stringify(sortKeys(document), null, 2)}\n`;
