import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { App, Context } from '../context.js';
import { createContext } from '../context.js';
import { formatError } from '../errors.js';
import { armor, LIMITS } from '../graphql/limits.js';
import { pendingMigrations } from '../database/orm.js';
import { sessionCookie } from './cookies.js';
import { viewerFor } from './viewer.js';
import { attachGraphqlWs } from './websocket.js';
import type { FanOut } from './fanout.js';

export interface RunningServer {
  httpServer: http.Server;
  /** The port actually bound (useful with PORT=0). */
  port: number;
  /** Graceful stop: refuse new work, finish in-flight requests, close sockets with 1001. */
  stop(): Promise<void>;
  /** Shared execution of subscription events (counters used by tests and benchmarks). */
  fanout: FanOut;
}

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
  }
}

function requestId(req: Request): string {
  const given = req.header('x-request-id');
  return given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

export async function startServer(app: App, schema: GraphQLSchema): Promise<RunningServer> {
  const { config, logger, orm } = app;
  const expressApp = express();
  expressApp.disable('x-powered-by');
  expressApp.set('trust proxy', 'loopback');
  const httpServer = http.createServer(expressApp);

  expressApp.use((req, res, next) => {
    req.id = requestId(req);
    res.setHeader('x-request-id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId: req.id, method: req.method, url: req.originalUrl.slice(0, 200), status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  });

  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await pendingMigrations(orm);
      if (pending > 0) {
        res.status(503).json({ status: 'migrations pending', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  const protection = armor();
  const ws = attachGraphqlWs(app, schema, httpServer, protection.validationRules);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    // main.ts owns signal handling: it stops HTTP, WebSockets and the database in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    formatError: (formatted, error) => formatError(formatted, error, (err) => logger.error({ err }, 'unexpected error')),
    plugins: [
      // graphql-armor's plugin typings come from another copy of Apollo's types; runtime is the same.
      ...(protection.plugins as never[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints here: without this plugin no field is wrapped to compute them, over HTTP and WebSockets alike.
      ApolloServerPluginCacheControlDisabled(),
      { async serverWillStart() { return { drainServer: () => ws.close() }; } },
    ],
  });
  await apollo.start();

  expressApp.use(
    '/graphql',
    express.json({ limit: LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const viewer = await viewerFor(app, em, req.header('authorization'), req.header('cookie'));
        return createContext(app, viewer, req.id, em, req.ip ?? 'unknown', sessionCookie(res, config.secureCookies));
      },
    }),
  );

  if (existsSync(path.join(config.webDist, 'index.html'))) {
    expressApp.use(express.static(config.webDist, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
    expressApp.get(/^(?!\/graphql).*/, (_req, res) => res.sendFile(path.join(config.webDist, 'index.html')));
  } else {
    expressApp.get('/', (_req, res) => {
      res.type('text').send('Germoir API is running at /graphql. The web app is not built: run `npm run build`.');
    });
  }

  // A body over the limit or malformed JSON: a clear 4xx, never a stack trace.
  expressApp.use((error: { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId: req.id }, 'unhandled HTTP error');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message: status === 413 ? `The request body exceeds ${LIMITS.maxBodyBytes} bytes.` : 'Bad request.', extensions: { code } }] });
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  let stopping: Promise<void> | undefined;
  return {
    httpServer,
    port,
    fanout: ws.fanout,
    stop: () => (stopping ??= apollo.stop()),
  };
}

function immutableAssets(res: Response, filePath: string): void {
  // Vite fingerprints files under assets/: they never change, cache them for a year.
  if (filePath.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
