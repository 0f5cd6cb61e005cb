import { ApolloClient, ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import type { RoomResultsQuery } from '../../gql/graphql';
import { RoomResultsDocument } from './documents';
import { createPresenceStore } from './presence';
import { applyRoomEvent } from './roomEvents';

const ROOM = 'Um9vbTox';

function results(total: number): RoomResultsQuery {
  return {
    __typename: 'Query',
    room: {
      __typename: 'Room',
      id: ROOM,
      results: {
        __typename: 'RoomResults',
        voters: 1,
        votesCast: total,
        ranking: [
          {
            __typename: 'RankedIdea',
            rank: 1,
            total,
            voters: 1,
            idea: {
              __typename: 'Idea',
              id: 'I:1',
              roomId: ROOM,
              title: 'Recyclerie',
              description: '',
              need: '',
              beneficiaries: '',
              economicModel: '',
              author: null,
              clusterId: null,
              position: 1,
              needIds: [],
              mergedFromIds: [],
              private: false,
              votes: { __typename: 'IdeaVotes', total, voters: 1, mine: null },
              matrix: null,
              createdAt: '2026-11-26T10:00:00.000Z',
              updatedAt: '2026-11-26T10:00:00.000Z',
            },
          },
        ],
      },
    },
  };
}

describe('results on screen', () => {
  it('are fetched again when an event moves the tallies', async () => {
    let requests = 0;
    const link = new ApolloLink(() => new Observable((observer) => {
      requests += 1;
      observer.next({ data: results(requests) });
      observer.complete();
    }));
    const client = new ApolloClient({ cache: createCache(), link });
    const seen: number[] = [];
    const subscription = client.watchQuery({ query: RoomResultsDocument, variables: { id: ROOM } }).subscribe((result) => {
      const total = result.data?.room?.results?.votesCast;
      if (typeof total === 'number') seen.push(total);
    });
    await waitUntil(() => seen.length === 1);
    applyRoomEvent(client.cache, ROOM, { __typename: 'VoteTallyChanged', seq: 3, at: '2026-11-26T10:01:00.000Z', tally: { __typename: 'IdeaTally', ideaId: 'I:1', total: 2, voters: 1 } }, createPresenceStore());
    await waitUntil(() => seen.includes(2));
    expect(requests).toBe(2);
    subscription.unsubscribe();
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 2_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
