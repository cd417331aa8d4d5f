/** SQLSTATE codes the service reacts to. */
export const PostgresErrorCode = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  InvalidTextRepresentation: '22P02',
  SerializationFailure: '40001',
  DeadlockDetected: '40P01',
  QueryCanceled: '57014',
} as const;

const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
];

interface ErrorWithCode {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** The driver error behind Drizzle's wrapper (Drizzle puts it at `cause`). */
function driverErrors(error: unknown): ErrorWithCode[] {
  const chain: ErrorWithCode[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current as ErrorWithCode);
    current = (current as ErrorWithCode).cause;
  }
  return chain;
}

export function sqlState(error: unknown): string | undefined {
  return driverErrors(error).find((e) => typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code))?.code as
    | string
    | undefined;
}

/** The name of the unique index a 23505 error tripped, if that is what the error is. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  const found = driverErrors(error).find((e) => e.code === PostgresErrorCode.UniqueViolation);
  if (!found) return undefined;
  if (typeof found.constraint === 'string') return found.constraint;
  // PGlite does not always fill `constraint`; the message names the index.
  const match = typeof found.message === 'string' ? /"([^"]+)"/.exec(found.message) : null;
  return match?.[1] ?? '';
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return driverErrors(error).some(
    (e) =>
      (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_NODE_CODES.has(e.code))) ||
      (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => (e.message as string).includes(m))),
  );
}
