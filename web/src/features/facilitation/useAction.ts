import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { ConsoleRoomQuery } from '../../gql/graphql';
import { describeActionError, type ActionErrorKey } from '../rooms/roomErrors';
import { applyRoomEvent, type RoomEventInput } from '../rooms/roomEvents';

export type ConsoleRoom = ConsoleRoomQuery['room'];

/** The room event that a mutation returning the room's state (lock, reveals, settings) stands for. */
export const settingsEventOf = (r: Pick<ConsoleRoom, 'locked' | 'ideasRevealed' | 'talliesRevealed' | 'settings'>) =>
  ({ __typename: 'RoomSettingsChanged', locked: r.locked, ideasRevealed: r.ideasRevealed, talliesRevealed: r.talliesRevealed, settings: r.settings }) as const;

/**
 * A facilitator action: runs a mutation (no automatic cache write), turns its result into
 * the room events it stands for and applies them with `applyRoomEvent` — the same function
 * the live feed uses — then reports success or the translated refusal.
 */
export function useAction(roomId: string) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionErrorKey | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const apply = useCallback((...events: RoomEventInput[]) => {
    for (const event of events) applyRoomEvent(client.cache, roomId, event);
  }, [client, roomId]);

  const run = useCallback(async (work: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone((await work()) ?? null);
      return true;
    } catch (e) {
      setError(describeActionError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { client, busy, error, done, run, apply };
}
