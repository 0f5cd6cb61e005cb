import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useLiveConnection } from '../../app/live';

/**
 * After login or logout the session cookie changed: drop everything cached for
 * the previous viewer, refetch what is on screen, and reconnect the live socket.
 */
export function useSessionChanged(): () => Promise<void> {
  const client = useApolloClient();
  const { restartLiveConnection } = useLiveConnection();
  return useCallback(async () => {
    restartLiveConnection();
    try {
      await client.resetStore();
    } catch {
      // A refetch can be aborted when its screen unmounts (the dashboard after
      // logout); each query shows its own error, nothing to report here.
    }
  }, [client, restartLiveConnection]);
}
