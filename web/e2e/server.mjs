// Starts and stops the built Germoir server for the end-to-end tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** A TCP port that was free a moment ago. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `node api/dist/main.js` on a free port with a fresh data folder (the server
 * starts its own embedded PostgreSQL there and seeds the demo data), and waits
 * until GET /readyz answers 200.
 */
export async function startServer({ readyTimeoutMs = 180_000 } = {}) {
  const entry = path.join(repoRoot, 'api/dist/main.js');
  if (!existsSync(entry)) throw new Error('api/dist/main.js is missing: run `npm run build` at the repository root first.');
  if (!existsSync(path.join(repoRoot, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build` at the repository root first.');
  }

  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'germoir-e2e-'));
  const logLines = [];
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), GERMOIR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so that a last-resort kill also reaches PostgreSQL.
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let exitInfo;
  void exited.then((info) => (exitInfo = info));
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      logLines.push(...chunk.split('\n').filter(Boolean));
      if (logLines.length > 300) logLines.splice(0, logLines.length - 300);
    });
  }

  const server = {
    pid: child.pid,
    port,
    baseUrl: `http://localhost:${port}`,
    dataDir,
    logTail: (n = 60) => logLines.slice(-n).join('\n'),
    async stop() {
      if (!exitInfo) {
        child.kill('SIGTERM');
        const stopped = await Promise.race([exited, sleep(30_000, 'timeout')]);
        if (stopped === 'timeout') {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
          await exited;
        }
      }
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };

  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (exitInfo) {
      await server.stop();
      throw new Error(`server exited before being ready (${JSON.stringify(exitInfo)}):\n${server.logTail()}`);
    }
    try {
      const response = await fetch(`${server.baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await server.stop();
  throw new Error(`server not ready after ${readyTimeoutMs} ms:\n${server.logTail()}`);
}
