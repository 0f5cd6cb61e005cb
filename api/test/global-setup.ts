import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/core/database/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server where tests may create databases: DATABASE_URL, or an embedded PostgreSQL for this run. */
    adminUrl: string;
  }
}

/**
 * One PostgreSQL for the run: the server of DATABASE_URL when set, otherwise an embedded one in a fresh
 * temporary folder. Each test file then creates its own database on it, so files run in parallel.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('adminUrl', process.env.DATABASE_URL);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'germoir-test-'));
  const pg = await startEmbeddedPostgres(path.join(dir, 'pg'));
  project.provide('adminUrl', pg.url('postgres'));
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
