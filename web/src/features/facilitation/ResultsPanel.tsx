import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { fileSlug, toCsv } from './csv';
import { ImpactMatrix } from './ImpactMatrix';
import { ResultsChart, useRanking } from './ResultsChart';
import type { ConsoleRoom } from './useAction';

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
