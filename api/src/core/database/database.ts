import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { connectOrm, migrate, type Orm } from './orm.js';
import path from 'node:path';

export interface Database {
  orm: Orm;
  /** Closes the pool, then stops the embedded server if there is one. */
  close(): Promise<void>;
}

/** Creates `name` on the server behind `adminUrl` if it does not exist. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    // Two processes creating it at once: the loser sees a duplicate, which is fine.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/**
 * Opens the database: the server at DATABASE_URL, or an embedded PostgreSQL kept in the data folder.
 * Applies pending migrations either way.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'pg'), logger);
    stopEmbedded = () => embedded.stop();
    try {
      await ensureDatabase(embedded.url('postgres'), 'germoir');
    } catch (error) {
      await embedded.stop();
      throw error;
    }
    url = embedded.url('germoir');
  }
  try {
    const orm = await connectOrm(url, logger);
    const applied = await migrate(orm);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    return {
      orm,
      async close() {
        await orm.close(true);
        await stopEmbedded?.();
      },
    };
  } catch (error) {
    await stopEmbedded?.();
    throw error;
  }
}
