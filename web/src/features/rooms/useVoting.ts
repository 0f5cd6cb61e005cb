import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { CastVoteDocument, IdeaFields, RetractVoteDocument, RoomSeq } from './documents';
import { describeActionError, type ActionErrorKey } from './roomErrors';
import { applyRoomEvent, myVotesEvent } from './roomEvents';
import { useRoomAccess } from './seat';

export type VoteFeedback =
  | { kind: 'done'; delta: 1 | -1; title: string; remaining: number }
  | { kind: 'refused'; reason: ActionErrorKey }
  | null;

let attempts = 0;
const newKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${++attempts}-${Math.random()}`);

/**
 * Dot votes with immediate feedback: each click is shown at once (an optimistic layer
 * that applies the same `MyVotesChanged` the server will send), and the requests go one
 * after the other, so that a result never lands after a newer one. A refused vote
 * removes its layer and says why.
 */
export function useVoting(budget: number) {
  const client = useApolloClient();
  const { roomId, context } = useRoomAccess();
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [feedback, setFeedback] = useState<VoteFeedback>(null);

  const vote = useCallback(
    (idea: Pick<IdeaFieldsFragment, 'id' | 'title'>, delta: 1 | -1) => {
      const cache = client.cache;
      const layer = `vote:${newKey()}`;
      const idempotencyKey = newKey();
      cache.recordOptimisticTransaction((c) => {
        const current = c.readFragment({ id: c.identify({ __typename: 'Idea', id: idea.id }), fragment: IdeaFields, fragmentName: 'IdeaFields', optimistic: true });
        const room = c.readFragment({ id: c.identify({ __typename: 'Room', id: roomId }), fragment: RoomSeq, fragmentName: 'RoomSeq', optimistic: true });
        const mine = current?.votes.mine ?? 0;
        const used = room?.myVotes?.used ?? 0;
        applyRoomEvent(c, roomId, { __typename: 'MyVotesChanged', ideaId: idea.id, mine: Math.max(0, mine + delta), used: Math.max(0, used + delta), remaining: Math.max(0, budget - used - delta) });
      }, layer);

      queue.current = queue.current.then(async () => {
        try {
          const variables = { input: { ideaId: idea.id, idempotencyKey } };
          const result =
            delta > 0
              ? (await client.mutate({ mutation: CastVoteDocument, variables, context, fetchPolicy: 'no-cache' })).data?.castVote
              : (await client.mutate({ mutation: RetractVoteDocument, variables, context, fetchPolicy: 'no-cache' })).data?.retractVote;
          cache.batch({
            optimistic: false,
            removeOptimistic: layer,
            update: (c) => {
              if (result) applyRoomEvent(c, roomId, myVotesEvent(result));
            },
          });
          if (result) setFeedback({ kind: 'done', delta, title: idea.title, remaining: result.remaining });
        } catch (error) {
          cache.removeOptimistic(layer);
          setFeedback({ kind: 'refused', reason: describeActionError(error) });
        }
      });
    },
    [budget, client, context, roomId],
  );

  return { vote, feedback };
}
