import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, resolved from this file (works from `src/` under tsx and from `dist/`). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface Config {
  port: number;
  host: string;
  /** Set: use this PostgreSQL server. Unset: start an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  /** Optional fixed secret for signing session tokens; otherwise one is generated and kept in the database. */
  sessionSecret: string | undefined;
  sessionTtlSeconds: number;
  introspection: boolean;
  /** Seed demo data when the database is empty. */
  seedDemo: boolean;
  /** Folder of the built web app served at `/`; absent in API-only setups. */
  webDist: string;
  /** Cookies get `Secure` when the public origin is https. */
  secureCookies: boolean;
  /** WebSocket ping period; a client silent for two periods is dropped (and leaves presence). */
  wsKeepAliveMs: number;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    dataDir: path.resolve(env.GERMOIR_DATA_DIR ?? path.join(repoRoot, '.data')),
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionSecret: env.SESSION_SECRET || undefined,
    sessionTtlSeconds: Number(env.SESSION_TTL_SECONDS ?? 60 * 60 * 24 * 14),
    introspection: bool(env.GRAPHQL_INTROSPECTION, true),
    seedDemo: bool(env.SEED_DEMO, true),
    webDist: path.resolve(env.WEB_DIST ?? path.join(repoRoot, 'web', 'dist')),
    secureCookies: bool(env.SECURE_COOKIES, false),
    wsKeepAliveMs: Number(env.WS_KEEPALIVE_MS ?? 12_000),
  };
}
