import type http from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, getOperationAST, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createLazyContext, type App, type Context } from '../context.js';
import { formatError } from '../errors.js';
import { LIMITS } from '../graphql/limits.js';
import { FanOut, type Sink } from './fanout.js';
import { ConnectionViewers, viewerFor } from './viewer.js';

/** Cookies ride along on cross-site WebSocket upgrades: only trust them from our own origin. */
function sameOrigin(request: http.IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The same codes Apollo gives these errors over HTTP. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions: { ...error.extensions, code } });
}

interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { request: http.IncomingMessage };
}

/** The token from `connection_init` `{ authorization }`, and the cookie header when same-origin. */
function credentials(ctx: WsContext): [string | undefined, string | undefined] {
  const authorization = ctx.connectionParams?.authorization;
  return [typeof authorization === 'string' ? authorization : undefined, sameOrigin(ctx.extra.request) ? ctx.extra.request.headers.cookie : undefined];
}

/**
 * graphql-ws on the HTTP server's port, path /graphql. The same limits (message size, tokens, depth,
 * aliases, cost), the same identity resolution and the same error masking as HTTP.
 */
export function attachGraphqlWs(app: App, schema: GraphQLSchema, httpServer: http.Server, armorRules: ValidationRule[]) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: LIMITS.maxWsMessageBytes });
  const fanout = new FanOut();
  /** Subscriptions' connection, sharing key and socket, by their context (fanout.ts writes shared results directly). */
  const operationKeys = new WeakMap<object, { connection: object; key: string; sink: Sink }>();
  const viewers = new ConnectionViewers(app);
  /** The connection's viewer, read once and kept until revoked (viewer.ts). */
  const viewerOf = (ctx: WsContext, em: () => Context['em']) => viewers.viewerOf(ctx, () => viewerFor(app, em(), ...credentials(ctx)));
  const fork = () => app.orm.em.fork();
  const rules = [...specifiedRules, ...armorRules];
  // Documents that passed parsing and validation (limits included), by query text: clients repeat a few
  // operations (a co-editing push per keystroke), and validating one costs more than running it.
  const validDocuments = new Map<string, DocumentNode>();
  const mask = (errors: readonly GraphQLError[]) =>
    errors.map((error) =>
      // graphql-js request errors (bad variables) carry no code and no cause: the same BAD_USER_INPUT as Apollo gives over HTTP.
      formatError(error.toJSON(), error.extensions.code || error.originalError || error.path ? error : withCode(error, 'BAD_USER_INPUT'), (err) =>
        app.logger.error({ err }, 'unexpected error (ws)'),
      ),
    );

  const server = useServer<{ authorization?: unknown }>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          await viewerOf(ctx, fork);
          return true;
        } catch {
          return false; // closes with 4403 Forbidden: a bad explicit token
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        let document = validDocuments.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
          } catch (error) {
            return [withCode(error instanceof GraphQLError ? error : new GraphQLError('Syntax error.'), 'GRAPHQL_PARSE_FAILED')];
          }
          const errors = validate(schema, document, rules);
          if (errors.length) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
          if (validDocuments.size >= 1_000) validDocuments.delete(validDocuments.keys().next().value!);
          validDocuments.set(payload.query, document);
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [withCode(new GraphQLError('Unknown operation.'), 'OPERATION_RESOLUTION_FAILURE')];
        try {
          // Kept per connection; a revocation (announced on every instance) drops it, so that the next
          // operation reads it again and is refused.
          const contextValue = createLazyContext(app, await viewerOf(ctx, fork), `ws-${_id}`, fork, ctx.extra.request.socket.remoteAddress ?? 'unknown');
          if (operation.operation === 'subscription') {
            // Variables that only choose where a stream starts (`afterSeq`, `stateVector`) or which of its
            // events the subscriber skips (`clientId`, its own echo) do not change how an event executes:
            // subscribers that differ only by them still share one execution per event.
            const { afterSeq: _start, stateVector: _vector, clientId: _client, ...shared } = (payload.variables ?? {}) as Record<string, unknown>;
            operationKeys.set(contextValue, { connection: ctx, key: FanOut.operationKey(payload.query, payload.operationName, shared), sink: { socket: ctx.extra.socket, id: _id } });
          }
          return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Unauthenticated.')];
        }
      },
      subscribe: async (args) => {
        const shared = operationKeys.get(args.contextValue as object);
        const result = await fanout.subscribe(args, shared?.key, shared?.sink);
        // Ends with the revocation's error once the connection's credentials are revoked.
        return shared && Symbol.asyncIterator in result ? viewers.endOnRevoke(shared.connection, result) : result;
      },
      onClose: (ctx) => viewers.forget(ctx),
      onError: (_ctx, _id, _payload, errors) => mask(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: mask(result.errors) } : result),
    },
    wsServer,
    // A socket that stops answering pings (a closed laptop) is dropped after one more period: presence follows.
    app.config.wsKeepAliveMs,
  );

  return {
    wsServer,
    fanout,
    async close() {
      for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      await viewers.close();
    },
  };
}
