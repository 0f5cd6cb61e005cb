import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/Loading';
import { RoomLiveDocument, RoomResultsDocument } from '../rooms/documents';
import { markTies } from '../rooms/ranking';
import { useRoomAccess } from '../rooms/seat';

// The charts (visx) load when results are shown: they would add about 20 kB gzipped to the participant entry.
const BarChart = lazy(() => import('../../ui/BarChart').then((m) => ({ default: m.BarChart })));
const MatrixChart = lazy(() => import('../facilitation/MatrixChart').then((m) => ({ default: m.MatrixChart })));

/**
 * The vote results from the API (`Room.results`): null while tallies are hidden from the
 * viewer. Room events drop them from the cache when tallies move, and this query fetches
 * them again.
 */
export function ResultsView() {
  const { t } = useTranslation();
  const { roomId, context } = useRoomAccess();
  const { data, loading } = useQuery(RoomResultsDocument, { variables: { id: roomId }, context });
  const results = data?.room.results;
  // The matrix shows the board's ideas, already in the cache and kept live by the room feed.
  const board = useQuery(RoomLiveDocument, { variables: { id: roomId }, context, fetchPolicy: 'cache-only' });
  return (
    <section aria-labelledby="results-title" className="results">
      <h2 id="results-title">{t('board.resultsTitle')}</h2>
      {loading && !data ? (
        <Loading label={t('app.loading')} />
      ) : !results ? (
        <p className="panel">{t('board.resultsHidden')}</p>
      ) : results.ranking.length === 0 ? (
        <p>{t('board.noResults')}</p>
      ) : (
        // The summary shows with the chart, once it has loaded: the results appear at once.
        <Suspense fallback={<Loading label={t('app.loading')} />}>
          <p>{t('board.resultsSummary', { votes: results.votesCast, voters: results.voters })}</p>
          <BarChart
            label={t('console.chartLabel')}
            bars={markTies(results.ranking.map((r) => ({ ...r, tied: false }))).map((r) => ({
              key: r.idea.id,
              label: r.idea.title,
              value: r.total,
              valueText: `${t('board.dots', { count: r.total })} · ${t('board.voters', { count: r.voters })}`,
              rank: String(r.rank),
              rankLabel: r.tied ? `${t('board.rankLabel', { rank: r.rank })}, ${t('board.tie')}` : t('board.rankLabel', { rank: r.rank }),
              note: r.tied ? t('board.tie') : undefined,
            }))}
          />
        </Suspense>
      )}
      {board.data?.room.ideas.some((idea) => idea.matrix) && (
        <Suspense fallback={null}>
          <MatrixChart ideas={board.data.room.ideas} headingLevel={3} />
        </Suspense>
      )}
    </section>
  );
}
