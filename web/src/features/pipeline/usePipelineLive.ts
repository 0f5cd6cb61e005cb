import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useConnectionState } from '../../app/connection';
import type { BoardStudyFieldsFragment, PipelineEventsSubscription } from '../../gql/graphql';
import { BoardStudyDocument, PipelineEventsDocument } from './documents';
import { applyBoardStudy } from './pipelineCache';

type PipelineEvent = PipelineEventsSubscription['pipelineEvents'];

/**
 * The screen following the feed, beyond the board: its query is read again when an event concerns what it
 * shows (the study or project of that id; any project for the cohorts) and after a reconnection.
 */
export type LiveScreen = { query: 'Study'; id: string } | { query: 'Project'; id: string } | { query: 'Cohorts' };

function concerns(screen: LiveScreen, event: PipelineEvent): boolean {
  if (screen.query === 'Study') return event.studyId === screen.id;
  if (screen.query === 'Project') return event.projectId === screen.id;
  return event.projectId != null;
}

/**
 * Follows a factory's pipeline events: the study an event names is read again and goes through
 * `applyBoardStudy` (as mutation results do); the screen's own query (`screen`) is read again when the event
 * concerns it. After a dropped connection the board and the screen are read again, since events are
 * followed "from now". Returns the last study that changed, for the screen to announce.
 */
export function usePipelineLive(factoryId: string | null | undefined, screen?: LiveScreen): BoardStudyFieldsFragment | null {
  const client = useApolloClient();
  const [changed, setChanged] = useState<BoardStudyFieldsFragment | null>(null);

  async function follow(event: PipelineEvent) {
    if (event.studyId) {
      const { data } = await client.query({ query: BoardStudyDocument, variables: { id: event.studyId }, fetchPolicy: 'network-only' });
      if (data) {
        applyBoardStudy(client.cache, data.opportunityStudy);
        setChanged(data.opportunityStudy);
      }
    }
    if (screen && concerns(screen, event)) await client.refetchQueries({ include: [screen.query] });
  }

  useSubscription(PipelineEventsDocument, {
    variables: { factoryId: factoryId ?? '' },
    skip: !factoryId,
    onData: ({ data }) => {
      if (data.data) void follow(data.data.pipelineEvents).catch(() => undefined);
    },
    // An assessor from outside the factory sees the study but not the factory's feed: no live updates then.
    onError: () => undefined,
  });

  const screenQuery = screen?.query;
  const connection = useConnectionState();
  const previous = useRef(connection);
  useEffect(() => {
    const was = previous.current;
    previous.current = connection;
    if (connection === 'connected' && (was === 'reconnecting' || was === 'offline')) void client.refetchQueries({ include: ['PipelineBoard', ...(screenQuery ? [screenQuery] : [])] });
  }, [client, connection, screenQuery]);

  return changed;
}
