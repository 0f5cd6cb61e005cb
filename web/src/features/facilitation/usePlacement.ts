import { useCallback, useRef, useState } from 'react';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { describeActionError, type ActionErrorKey } from '../rooms/roomErrors';
import { applyRoomEvent } from '../rooms/roomEvents';
import { PlaceIdeaDocument } from './documents';
import type { Placement } from './matrixGeometry';
import { useAction } from './useAction';

const layerOf = (ideaId: string) => `matrix:${ideaId}`;

/**
 * Places ideas on the impact/feasibility matrix. Each move shows at once: an `IdeaUpdated` event is applied
 * through `applyRoomEvent` (the feed's own code) in an optimistic cache layer, dropped when the server has
 * answered (its result, then its event, are in the cache by then) or refused (the idea goes back).
 * One request per idea at a time: moves made meanwhile are coalesced into the last one, so a burst of
 * arrow keys ends where the last key put the idea, whatever the network does.
 */
export function usePlacement(roomId: string) {
  const { client, apply } = useAction(roomId);
  const [error, setError] = useState<ActionErrorKey | null>(null);
  const wanted = useRef(new Map<string, Placement | null>());
  const sending = useRef(new Set<string>());

  const send = useCallback(
    async (ideaId: string) => {
      sending.current.add(ideaId);
      try {
        while (wanted.current.has(ideaId)) {
          const next = wanted.current.get(ideaId) ?? null;
          wanted.current.delete(ideaId);
          const { data } = await client.mutate({
            mutation: PlaceIdeaDocument,
            variables: { input: { ideaId, impact: next?.impact ?? null, feasibility: next?.feasibility ?? null } },
            fetchPolicy: 'no-cache',
          });
          if (data) apply({ __typename: 'IdeaUpdated', idea: data.placeIdea });
        }
      } catch (e) {
        wanted.current.delete(ideaId);
        setError(describeActionError(e));
      } finally {
        sending.current.delete(ideaId);
        client.cache.removeOptimistic(layerOf(ideaId));
      }
    },
    [client, apply],
  );

  const place = useCallback(
    (idea: IdeaFieldsFragment, at: Placement | null) => {
      setError(null);
      const matrix = at && { __typename: 'MatrixPlacement' as const, ...at };
      client.cache.recordOptimisticTransaction((cache) => void applyRoomEvent(cache, roomId, { __typename: 'IdeaUpdated', idea: { ...idea, matrix } }), layerOf(idea.id));
      wanted.current.set(idea.id, at);
      if (!sending.current.has(idea.id)) void send(idea.id);
    },
    [client, roomId, send],
  );

  return { place, error };
}
