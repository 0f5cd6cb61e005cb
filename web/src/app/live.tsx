import { createContext, useContext, type ReactNode } from 'react';

interface LiveConnection {
  /** Reconnects the live socket, e.g. after the session cookie changed. */
  restartLiveConnection(): void;
}

const LiveConnectionContext = createContext<LiveConnection>({ restartLiveConnection: () => {} });

export function LiveConnectionProvider({ value, children }: { value: LiveConnection; children: ReactNode }) {
  return <LiveConnectionContext value={value}>{children}</LiveConnectionContext>;
}

export function useLiveConnection(): LiveConnection {
  return useContext(LiveConnectionContext);
}
