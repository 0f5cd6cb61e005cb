import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

export function ormOptions(clientUrl: string, logger?: Logger): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, tableName: 'mikro_orm_migrations' },
    // Discovery from explicit decorator options only: tsx and vitest do not all emit metadata.
    discovery: { requireEntitiesArray: true },
    pool: { min: 0, max: 20 },
    forceUtcTimezone: true,
    // Entities are never auto-synced: only migrations change the schema.
    ensureDatabase: false,
    debug: logger?.isLevelEnabled('trace') ?? false,
    // Plain text: the statements logged at trace level are read back (tests count them), colour codes would hide their verbs.
    colors: false,
    logger: (message) => logger?.trace({ orm: message }, 'orm'),
    allowGlobalContext: false,
  };
}

export async function connectOrm(clientUrl: string, logger?: Logger): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, logger));
}

/** Applies pending migrations; returns their names. Serialised across instances by an advisory lock. */
export async function migrate(orm: Orm): Promise<string[]> {
  const conn = orm.em.getConnection();
  const knex = conn.getKnex();
  // One instance migrates at a time when several start together on one database.
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(727162)');
    const migrator = orm.getMigrator();
    const done = await migrator.up();
    return done.map((m) => m.name);
  });
}

export async function pendingMigrations(orm: Orm): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}
