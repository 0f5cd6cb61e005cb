import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { IdeaCard } from '../board/IdeaCard';
import { IdeaGroups } from '../board/IdeaGroups';
import { useViewer } from '../identity/useViewer';
import { MatrixChart } from './MatrixChart';
import { ResultsChart } from './ResultsChart';
import { useConsoleRoom } from './useConsoleRoom';
import './console.css';

/** `/animer/:roomId/synthese`: a printable summary of the session (print CSS hides the app chrome). */
export default function SummaryPage() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const { loading, isFacilitator } = useViewer();
  if (loading) return <Loading label={t('app.loading')} />;
  if (!isFacilitator) return <Navigate to="/login" replace />;
  return <Summary roomId={roomId} />;
}

function Summary({ roomId }: { roomId: string }) {
  const { t, i18n } = useTranslation();
  const { room, loading } = useConsoleRoom(roomId, false);
  if (loading && !room) return <Loading label={t('app.loading')} />;
  if (!room) return <h1>{t('console.loadFailed')}</h1>;
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'fr', { dateStyle: 'long' }).format(new Date(room.createdAt));
  return (
    <article className="summary">
      <title>{`${t('summary.title', { title: room.title })} · ${t('app.name')}`}</title>
      <p className="no-print button-row">
        <Link to={`/animer/${encodeURIComponent(room.id)}`}>{t('summary.back')}</Link>
        <Button onClick={() => window.print()}>{t('summary.print')}</Button>
      </p>
      <h1>{t('summary.title', { title: room.title })}</h1>
      <p className="summary__meta">{t('summary.meta', { factory: room.factory.name, date, code: room.code })}</p>
      <p className="summary__meta">
        {t('summary.phase', { phase: t(`phase.${room.phase}`) })} · {t('summary.participants', { count: room.participants.length })}
      </p>
      {room.purpose && (
        <section>
          <h2>{t('summary.purpose')}</h2>
          <p>{room.purpose}</p>
        </section>
      )}
      {room.needs.length > 0 && (
        <section>
          <h2>{t('summary.needs')}</h2>
          <ul>
            {room.needs.map((need) => (
              <li key={need.id}>
                <strong>{need.title}</strong>
                {need.description && ` — ${need.description}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="summary__results">
        <h2>{t('summary.results')}</h2>
        <ResultsChart room={room} />
      </section>
      <MatrixChart ideas={room.ideas} />
      <section>
        <h2>{t('summary.ideas')}</h2>
        <IdeaGroups ideas={room.ideas} clusters={room.clusters} grouped level={3} renderIdea={(idea, level) => <IdeaCard idea={idea} meId={null} headingLevel={level} showTally />} />
      </section>
    </article>
  );
}
