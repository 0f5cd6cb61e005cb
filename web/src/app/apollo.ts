import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { connectionStore, type ConnectionStore } from './connection';

/** Same-origin GraphQL endpoint, for HTTP and WebSocket alike. */
export const GRAPHQL_PATH = '/graphql';

export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${GRAPHQL_PATH}`;
}

/** Randomised exponential backoff: about 0.5 s, 1 s, 2 s … capped at 30 s. */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 500 * 2 ** retries);
  return Math.round(base / 2 + (random() * base) / 2);
}

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      // Every Node has a stable ID: normalise on it.
      Territory: { keyFields: ['id'] },
      Factory: { keyFields: ['id'] },
      User: { keyFields: ['id'] },
      // No identity of their own: stored inside their parent.
      Membership: { keyFields: false },
      // One viewer per client; merge its fields when a new query asks for more.
      Viewer: { keyFields: false, merge: true },
    },
  });
}

export interface GermoirApollo {
  client: ApolloClient;
  /** Closes the live socket so that the next subscription reconnects with the new session cookie. */
  restartLiveConnection(): void;
}

export function createApollo(
  location: Pick<Location, 'protocol' | 'host'> = window.location,
  connection: ConnectionStore = connectionStore,
): GermoirApollo {
  let activeSocket: WebSocket | undefined;

  const wsClient: Client = createClient({
    url: () => webSocketUrl(location),
    lazy: true,
    lazyCloseTimeout: 3_000, // do not churn when one screen replaces another
    keepAlive: 15_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    on: {
      connecting: (isRetry) => connection.dispatch({ type: 'connecting', isRetry }),
      opened: (socket) => {
        activeSocket = socket as WebSocket;
      },
      connected: () => connection.dispatch({ type: 'connected' }),
      closed: (event) => {
        activeSocket = undefined;
        const code = (event as CloseEvent | undefined)?.code;
        connection.dispatch({ type: 'closed', code });
      },
    },
  });

  const httpLink = new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' });
  const wsLink = new GraphQLWsLink(wsClient);

  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );

  const client = new ApolloClient({ link, cache: createCache() });

  return {
    client,
    restartLiveConnection() {
      // 4205 is not fatal for graphql-ws: active subscriptions reconnect.
      if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4205, 'Client Restart');
    },
  };
}
