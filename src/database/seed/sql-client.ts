/**
 * What the seed functions need of a database connection: `query(text, params)` answering `{rows}`.
 * A `pg.Client`, a `pg.PoolClient` and a PGlite instance all fit as they are.
 */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

interface PoolLike {
  connect(): Promise<SqlClient & { release(): void }>;
  totalCount: number;
}

const isPool = (client: unknown): client is PoolLike =>
  typeof (client as PoolLike).connect === 'function' && typeof (client as PoolLike).totalCount === 'number';

/**
 * Runs `work` on one connection of a Drizzle database (its `$client`): a pool lends one connection
 * for the duration (transactions need a single one); PGlite is a single connection already.
 */
export async function withSqlClient<T>(db: object, work: (client: SqlClient) => Promise<T>): Promise<T> {
  const client = (db as { $client?: unknown }).$client;
  if (!client) throw new Error('withSqlClient needs a Drizzle database (node-postgres or PGlite)');
  if (!isPool(client)) return work(client as SqlClient);
  const connection = await client.connect();
  try {
    return await work(connection);
  } finally {
    connection.release();
  }
}
