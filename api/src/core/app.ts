import type { GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import type { App } from './context.js';
import { openDatabase } from './database/database.js';
import { createSchema } from './graphql/schema.js';
import { startServer } from './http/server.js';
import type { FanOut } from './http/fanout.js';
import { createLogger, type Logger } from './logger.js';
import { loadSessionSecret } from '../identity/identity.service.js';
import { seedDemo } from '../seed/demo.js';
import { createInProcessBus, createRedisBus } from '../events/bus.js';
import { RoomFeeds } from '../events/room-feed.js';
import { DocRegistry } from '../collaboration/doc.registry.js';

export interface Running {
  app: App;
  schema: GraphQLSchema;
  port: number;
  url: string;
  fanout: FanOut;
  /** Graceful stop: HTTP and WebSockets first, then the database (and the embedded server). */
  stop(): Promise<void>;
}

/** Opens the database (embedded or DATABASE_URL), migrates, seeds demo data on first run, serves. */
export async function startGermoir(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<Running> {
  const database = await openDatabase(config, logger);
  try {
    const em = database.orm.em.fork();
    const sessionSecret = await loadSessionSecret(em, config.sessionSecret);
    if (config.seedDemo && (await seedDemo(em))) logger.info('demo data seeded');
    const bus = config.redisUrl ? await createRedisBus(config.redisUrl, logger) : createInProcessBus();
    const feeds = new RoomFeeds(bus, database.orm, logger);
    const collab = new DocRegistry(bus, database.orm, logger);
    const app: App = { config, orm: database.orm, logger, sessionSecret, bus, feeds, collab };
    const schema = await createSchema();
    const server = await startServer(app, schema).catch(async (error: unknown) => {
      await bus.close();
      throw error;
    });
    collab.start();
    let stopping: Promise<void> | undefined;
    return {
      app,
      schema,
      port: server.port,
      fanout: server.fanout,
      url: `http://localhost:${server.port}`,
      stop: () =>
        (stopping ??= (async () => {
          await server.stop();
          await feeds.close();
          await collab.close();
          await bus.close();
          await database.close();
        })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
