import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useConnectionState } from '../../app/connection';
import type { BoardStudyFieldsFragment, PipelineEventsSubscription } from '../../gql/graphql';
import { BoardStudyDocument, PipelineEventsDocument } from './documents';
import { applyBoardStudy } from './pipelineCache';

/** The pipeline screens' queries, read again when an event concerns them or after a reconnection. */
const LIVE_QUERIES = ['Study', 'Project', 'Cohorts', 'FunnelReport'];

type PipelineEvent = PipelineEventsSubscription['pipelineEvents'];

/**
 * Follows a factory's pipeline events: the study an event names is read again and goes through
 * `applyBoardStudy` (as mutation results do); open study, project and cohort screens refresh. After a
 * dropped connection the screens are read again, since events are followed "from now".
 * Returns the last study that changed, for the screen to announce.
 */
export function usePipelineLive(factoryId: string | null | undefined): BoardStudyFieldsFragment | null {
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
    await client.refetchQueries({ include: LIVE_QUERIES });
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

  const connection = useConnectionState();
  const previous = useRef(connection);
  useEffect(() => {
    const was = previous.current;
    previous.current = connection;
    if (connection === 'connected' && (was === 'reconnecting' || was === 'offline')) void client.refetchQueries({ include: ['PipelineBoard', ...LIVE_QUERIES] });
  }, [client, connection]);

  return changed;
}
