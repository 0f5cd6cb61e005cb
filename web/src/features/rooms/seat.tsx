import { createContext, useContext, useMemo, type ReactNode } from 'react';

/**
 * The credentials of the room on screen, for every request its components send: a
 * participant's token (from their seat), or nothing for a facilitator (session cookie).
 */
interface RoomAccess {
  roomId: string;
  token: string | null;
  /** Apollo operation context: the `Authorization` header when there is a token. */
  context: { headers: Record<string, string> } | undefined;
}

const RoomAccessContext = createContext<RoomAccess | null>(null);

export function RoomAccessProvider({ roomId, token, children }: { roomId: string; token: string | null; children: ReactNode }) {
  const value = useMemo<RoomAccess>(
    () => ({ roomId, token, context: token ? { headers: { authorization: `Bearer ${token}` } } : undefined }),
    [roomId, token],
  );
  return <RoomAccessContext value={value}>{children}</RoomAccessContext>;
}

export function useRoomAccess(): RoomAccess {
  const access = useContext(RoomAccessContext);
  if (!access) throw new Error('useRoomAccess must be used inside a RoomAccessProvider');
  return access;
}
