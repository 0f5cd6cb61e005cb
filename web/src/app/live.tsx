import type { Client } from 'graphql-ws';
import { createContext, useContext, type ReactNode } from 'react';

interface LiveConnection {
  /** Reconnects the live socket, e.g. after the session cookie changed. */
  restartLiveConnection(): void;
  /** The graphql-ws client (absent in tests that render without a live connection). */
  liveClient?: Client;
}

const LiveConnectionContext = createContext<LiveConnection>({ restartLiveConnection: () => {} });

export function LiveConnectionProvider({ value, children }: { value: LiveConnection; children: ReactNode }) {
  return <LiveConnectionContext value={value}>{children}</LiveConnectionContext>;
}

export function useLiveConnection(): LiveConnection {
  return useContext(LiveConnectionContext);
}
