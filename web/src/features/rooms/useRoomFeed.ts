import { useApolloClient } from '@apollo/client/react';
import { addTypenameToDocument, print } from '@apollo/client/utilities';
import type { GraphQLFormattedError } from 'graphql';
import { useEffect, useState } from 'react';
import { setLiveToken } from '../../app/credentials';
import { useLiveConnection } from '../../app/live';
import type { RoomEventsSubscription } from '../../gql/graphql';
import { RoomEventsDocument } from './documents';
import { applyRoomEvent, readLastSeq } from './roomEvents';

const ROOM_EVENTS_QUERY = print(addTypenameToDocument(RoomEventsDocument));

/** Where the room's live feed stands: running (see the connection state for the socket), or ended. */
export type FeedEnd = 'removed' | 'failed' | null;

function codesOf(error: unknown): string[] {
  if (!Array.isArray(error)) return [];
  return (error as GraphQLFormattedError[]).map((e) => String(e.extensions?.['code'] ?? ''));
}

/**
 * Subscribes to the room's events once its state is in the cache, and applies each event
 * with `applyRoomEvent`. The subscription asks for the events after the last seq applied:
 * `variables` is read at every (re)send, so when graphql-ws reconnects after a drop and
 * subscribes again, it resumes exactly where the cache stands — no gap, no reload.
 */
export function useRoomFeed(roomId: string, token: string | null, ready: boolean): { end: FeedEnd; restart(): void } {
  const client = useApolloClient();
  const { liveClient, restartLiveConnection } = useLiveConnection();
  const [end, setEnd] = useState<FeedEnd>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!ready || !liveClient) return;
    // The socket presents this room's participant token (or the facilitator's cookie).
    if (setLiveToken(token)) restartLiveConnection();
    const payload = {
      query: ROOM_EVENTS_QUERY,
      operationName: 'RoomEvents',
      get variables() {
        return { roomId, afterSeq: readLastSeq(client.cache, roomId) };
      },
    };
    const dispose = liveClient.subscribe<RoomEventsSubscription>(payload, {
      next: (result) => {
        if (result.data) applyRoomEvent(client.cache, roomId, result.data.roomEvents);
      },
      error: (error) => {
        const codes = codesOf(error);
        setEnd(codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED') ? 'removed' : 'failed');
      },
      complete: () => {},
    });
    return () => {
      dispose();
    };
  }, [client, liveClient, restartLiveConnection, roomId, token, ready, attempt]);

  return {
    end,
    restart() {
      setEnd(null);
      setAttempt((n) => n + 1);
    },
  };
}
