import type { EntityManager } from '@mikro-orm/postgresql';

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/**
 * Runs a statement with bound parameters (`$1`, `$2`…, sent apart from its text, never formatted into it: a
 * long text or JSON value costs no escaping), on the transaction's connection inside one, else on a pooled
 * one. Named, it is a prepared statement, planned once per connection. Logged as the ORM logs its own
 * statements (trace level only), so that counts of statements see it too.
 */
export async function runBound<R>(em: EntityManager, sql: string, params: unknown[], name?: string): Promise<R[]> {
  const tx = em.getTransactionContext<{ client: KnexClient }>();
  const client = (tx ?? (em.getConnection().getKnex() as unknown as { client: KnexClient })).client;
  const started = Date.now();
  const connection = await client.acquireConnection();
  try {
    const { rows } = await connection.query(name ? { name, text: sql, values: params } : { text: sql, values: params });
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows as R[];
  } finally {
    await client.releaseConnection(connection);
  }
}

/**
 * Inserts rows in one statement, their values bound. `columns` name the table's columns in the rows'
 * order, each with the cast its value needs, if any (`payload::jsonb`).
 */
export async function insertBound(em: EntityManager, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  const [names, casts] = [columns.map((c) => c.split('::')[0]), columns.map((c) => (c.includes('::') ? `::${c.split('::')[1]}` : ''))];
  const values = rows.map((_, r) => `(${casts.map((cast, c) => `$${r * columns.length + c + 1}${cast}`).join(', ')})`).join(', ');
  await runBound(em, `insert into ${table} (${names.join(', ')}) values ${values}`, rows.flat());
}
