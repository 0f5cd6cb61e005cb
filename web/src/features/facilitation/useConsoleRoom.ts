import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { observeServerTime } from '../rooms/serverClock';
import { useRoomFeed } from '../rooms/useRoomFeed';
import { ConsoleRoomDocument } from './documents';

/** The room with what facilitators see (vote progress), kept live by the same feed as the board. */
export function useConsoleRoom(roomId: string, live = true) {
  const query = useQuery(ConsoleRoomDocument, { variables: { id: roomId }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const serverTime = query.data?.room.serverTime;
  useEffect(() => {
    if (serverTime) observeServerTime(roomId, serverTime, Date.now());
  }, [roomId, serverTime]);
  const feed = useRoomFeed(roomId, null, live && Boolean(query.data));
  return { ...query, room: query.data?.room, feed };
}
