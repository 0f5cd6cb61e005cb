import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { connectionStore, type ConnectionStore } from './connection';
import { liveAuthorization } from './credentials';

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

/**
 * Waits before the next reconnection attempt: the backoff delay, cut short when the
 * browser reports the network back; while it reports none, until it comes back.
 */
export function waitBeforeRetry(retries: number, target: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = typeof window === 'undefined' ? undefined : window, online: () => boolean = () => (typeof navigator === 'undefined' ? true : navigator.onLine)): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      target?.removeEventListener('online', done);
      resolve();
    };
    const timer = online() || !target ? setTimeout(done, retryDelay(retries)) : undefined;
    target?.addEventListener('online', done);
  });
}

interface Page {
  edges: readonly unknown[];
}

/** Relay pagination: a page asked `after` a cursor follows the pages already there; a first page replaces them. */
export function appendPage<T extends Page>(existing: T | undefined, incoming: T, { args }: { args: Record<string, unknown> | null }): T {
  return existing && args?.['after'] ? { ...incoming, edges: [...existing.edges, ...incoming.edges] } : incoming;
}

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      // Every Node has a stable ID: normalise on it.
      Territory: { keyFields: ['id'] },
      Factory: { keyFields: ['id'] },
      User: { keyFields: ['id'] },
      Need: { keyFields: ['id'] },
      Room: { keyFields: ['id'] },
      Idea: { keyFields: ['id'] },
      Participant: { keyFields: ['id'] },
      Cluster: { keyFields: ['id'] },
      Theme: { keyFields: ['id'] },
      Initiative: { keyFields: ['id'] },
      ReferenceLink: { keyFields: ['id'] },
      OpportunityStudy: { keyFields: ['id'] },
      Project: { keyFields: ['id'] },
      // A study's grid is read in part by the board (overall) and whole by the study page: merge, do not replace.
      StudyGrid: { keyFields: false, merge: true },
      // Values of their parent, replaced as a whole.
      PhaseTimer: { keyFields: false },
      RoomSettings: { keyFields: false },
      IdeaVotes: { keyFields: false },
      MyVoteBudget: { keyFields: false },
      VoteProgress: { keyFields: false },
      RoomResults: { keyFields: false },
      RankedIdea: { keyFields: false },
      InitiativePlace: { keyFields: false, merge: true },
      Transferability: { keyFields: false, merge: true },
      InitiativeFacets: { keyFields: false },
      // No identity of their own: stored inside their parent.
      Membership: { keyFields: false },
      // One viewer per client; merge its fields when a new query asks for more.
      Viewer: { keyFields: false, merge: true },
      Query: {
        fields: {
          // One list per search (the words, filters and order); "more" appends the next page.
          initiatives: { keyArgs: ['factoryId', 'query', 'filter', 'sort'], merge: appendPage },
        },
      },
    },
  });
}

export interface GermoirApollo {
  client: ApolloClient;
  /** The graphql-ws client, for live feeds that manage their own resumption (room events). */
  liveClient: Client;
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
    retryWait: (retries) => waitBeforeRetry(retries),
    // Read at every (re)connection: the participant token of the room on screen, if any.
    connectionParams: () => liveAuthorization() ?? {},
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

  // A phone that loses the network often keeps a half-open socket: drop it at once, and
  // reconnect (resuming every feed where it stopped) as soon as the network is back.
  if (typeof window !== 'undefined') window.addEventListener('offline', () => wsClient.terminate());

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
    liveClient: wsClient,
    restartLiveConnection() {
      // 4205 is not fatal for graphql-ws: active subscriptions reconnect.
      if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4205, 'Client Restart');
    },
  };
}
