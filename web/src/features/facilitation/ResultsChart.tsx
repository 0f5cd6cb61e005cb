import { useTranslation } from 'react-i18next';
import { BarChart } from '../../ui/BarChart';
import { rankByTotal } from '../rooms/ranking';
import type { ConsoleRoom } from './useAction';

/** Live ranking from the tallies in the cache (facilitators always see them), as bars and as CSV. */
export function useRanking(room: ConsoleRoom) {
  const ranking = rankByTotal(room.ideas);
  const votesCast = room.voteProgress.reduce((sum, p) => sum + p.used, 0);
  const voters = room.voteProgress.filter((p) => p.used > 0).length;
  return { ranking, votesCast, voters };
}

export function ResultsChart({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { ranking, votesCast, voters } = useRanking(room);
  return (
    <>
      <p>{t('board.resultsSummary', { votes: votesCast, voters })}</p>
      {ranking.length === 0 ? (
        <p>{t('board.noResults')}</p>
      ) : (
        <BarChart
          label={t('console.chartLabel')}
          bars={ranking.map((r) => ({
            key: r.item.id,
            label: r.item.title,
            value: r.total,
            valueText: `${t('board.dots', { count: r.total })} · ${t('board.voters', { count: r.voters })}`,
            rank: String(r.rank),
            rankLabel: r.tied ? `${t('board.rankLabel', { rank: r.rank })}, ${t('board.tie')}` : t('board.rankLabel', { rank: r.rank }),
            note: r.tied ? t('board.tie') : undefined,
          }))}
        />
      )}
    </>
  );
}
