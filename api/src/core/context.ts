import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Orm } from './database/orm.js';
import type { Logger } from './logger.js';
import { Loaders } from './loaders.js';
import type { Viewer } from '../identity/viewer.js';
import type { EventBus } from '../events/bus.js';
import type { RoomFeeds } from '../events/room-feed.js';
import type { DocRegistry } from '../collaboration/doc.registry.js';

/** What lives for the whole process: shared by every request and connection. */
export interface App {
  config: Config;
  orm: Orm;
  logger: Logger;
  /** Key that signs session tokens. */
  sessionSecret: string;
  /** Messages between instances (in-process, or Redis with REDIS_URL). */
  bus: EventBus;
  /** Ordered, gap-free room event streams of this instance. */
  feeds: RoomFeeds;
  /** Co-edited idea documents in use on this instance, and their update channels. */
  collab: DocRegistry;
}

/** Sets or clears the web app's session cookie; present on HTTP requests only. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Everything one GraphQL operation works with. Services take it as their first argument. */
export interface Context {
  app: App;
  /** A fork of the entity manager for this operation only. */
  em: EntityManager;
  viewer: Viewer;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  /** Address of the client (for rate limits). */
  clientIp: string;
  cookie?: SessionCookie;
}

export function createContext(app: App, viewer: Viewer, requestId: string, em: EntityManager, clientIp: string, cookie?: SessionCookie): Context {
  return { app, em, viewer, loaders: new Loaders(em), requestId, log: app.logger.child({ requestId }), clientIp, cookie };
}

/**
 * The same context, its entity manager forked, loaders and logger made on first use only: an operation that
 * never reaches them (a co-editing push served from the instance's card cache) pays for none of them.
 */
export function createLazyContext(app: App, viewer: Viewer, requestId: string, fork: () => EntityManager, clientIp: string): Context {
  let em: EntityManager | undefined;
  let loaders: Loaders | undefined;
  let log: Logger | undefined;
  return {
    app,
    viewer,
    requestId,
    clientIp,
    get em() {
      return (em ??= fork());
    },
    get loaders() {
      return (loaders ??= new Loaders(() => this.em));
    },
    get log() {
      return (log ??= app.logger.child({ requestId }));
    },
  };
}
