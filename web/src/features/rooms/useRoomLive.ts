import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { RoomLiveDocument } from './documents';
import { observeServerTime } from './serverClock';
import { useRoomAccess } from './seat';
import { useRoomFeed } from './useRoomFeed';

/**
 * The room as the viewer sees it, kept live: loads it from the network (a fresh state, a
 * fresh `serverTime` for the timer), then subscribes to its events from `room.lastSeq`.
 */
export function useRoomLive() {
  const { roomId, token, context } = useRoomAccess();
  const query = useQuery(RoomLiveDocument, {
    variables: { id: roomId },
    context,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const serverTime = query.data?.room.serverTime;
  useEffect(() => {
    if (serverTime) observeServerTime(roomId, serverTime, Date.now());
  }, [roomId, serverTime]);
  const feed = useRoomFeed(roomId, token, Boolean(query.data));
  return { ...query, room: query.data?.room, feed };
}
