import type { ApolloCache } from '@apollo/client';
import { useCallback, useRef, useState } from 'react';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { describeActionError, type ActionErrorKey } from '../rooms/roomErrors';
import { IdeaFields } from '../rooms/documents';
import { applyRoomEvent } from '../rooms/roomEvents';
import { PlaceIdeaDocument } from './documents';
import type { Placement } from './matrixGeometry';
import { useAction } from './useAction';

const layerOf = (ideaId: string) => `matrix:${ideaId}`;

/**
 * Shows a move at once, in the idea's optimistic layer (`matrix:<id>`), through the feed's own code. The
 * version written is newer than what the cache holds: the answer to an earlier move of the same burst
 * may be there already, and applyRoomEvent keeps a result older than it out.
 */
export function placeOptimistically(cache: ApolloCache, roomId: string, idea: IdeaFieldsFragment, at: Placement | null): void {
  const matrix = at && { __typename: 'MatrixPlacement' as const, ...at };
  cache.recordOptimisticTransaction((c) => {
    const current = c.readFragment({ id: c.identify({ __typename: 'Idea', id: idea.id }), fragment: IdeaFields, fragmentName: 'IdeaFields', optimistic: true }) ?? idea;
    const updatedAt = new Date(Math.max(Date.parse(current.updatedAt), Date.parse(idea.updatedAt)) + 1).toISOString();
    applyRoomEvent(c, roomId, { __typename: 'IdeaUpdated', idea: { ...current, matrix, updatedAt } });
  }, layerOf(idea.id));
}

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
      placeOptimistically(client.cache, roomId, idea, at);
      wanted.current.set(idea.id, at);
      if (!sending.current.has(idea.id)) void send(idea.id);
    },
    [client, roomId, send],
  );

  return { place, error };
}
