import { useTranslation } from 'react-i18next';
import { BarChart } from '../../ui/BarChart';
import { Button } from '../../ui/Button';
import { rankByTotal } from '../rooms/ranking';
import { downloadText, fileSlug, toCsv } from './csv';
import { ImpactMatrix } from './ImpactMatrix';
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

export function ResultsPanel({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { ranking } = useRanking(room);
  const clusters = new Map(room.clusters.map((c) => [c.id, c.label]));

  const exportCsv = () => {
    const rows = [
      [t('console.csvRank'), t('console.csvIdea'), t('console.csvDescription'), t('console.csvCluster'), t('console.csvDots'), t('console.csvVoters'), t('console.csvAuthor'), t('facilitation.matrix.csvImpact'), t('facilitation.matrix.csvFeasibility')],
      ...ranking.map((r) => [
        r.rank,
        r.item.title,
        r.item.description,
        (r.item.clusterId && clusters.get(r.item.clusterId)) || '',
        r.total,
        r.voters,
        r.item.author?.displayName ?? '',
        r.item.matrix?.impact ?? '',
        r.item.matrix?.feasibility ?? '',
      ]),
    ];
    downloadText(`germoir-${fileSlug(room.title)}.csv`, toCsv(rows));
  };

  return (
    <section className="panel console__section" aria-labelledby="console-results-title">
      <h2 id="console-results-title">{t('console.resultsTitle')}</h2>
      {room.settings.hiddenTallies && !room.talliesRevealed && <p className="field__hint">{t('console.talliesHiddenStatus')}</p>}
      <ResultsChart room={room} />
      <Button variant="secondary" onClick={exportCsv} disabled={ranking.length === 0}>
        {t('console.exportCsv')}
      </Button>
      {(room.phase === 'CONVERGE' || room.phase === 'CLOSED') && room.ideas.length > 0 && <ImpactMatrix room={room} />}
    </section>
  );
}
