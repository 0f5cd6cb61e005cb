import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useRunAction } from '../../app/useRunAction';
import type { ConsoleRoomQuery } from '../../gql/graphql';
import { describeActionError } from '../rooms/roomErrors';
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
  const { busy, error, done, run } = useRunAction(describeActionError);

  const apply = useCallback((...events: RoomEventInput[]) => {
    for (const event of events) applyRoomEvent(client.cache, roomId, event);
  }, [client, roomId]);

  return { client, busy, error, done, run, apply };
}
