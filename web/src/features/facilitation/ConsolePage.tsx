import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { errorCodes } from '../../app/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { LiveStatus } from '../board/LiveStatus';
import { PresenceList } from '../board/PresenceList';
import { useViewer } from '../identity/useViewer';
import { RoomAccessProvider } from '../rooms/seat';
import { IdeasPanel } from './IdeasPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { PhasePanel, TimerPanel } from './PhasePanel';
import { ResultsPanel } from './ResultsPanel';
import { RoomPanel } from './RoomPanel';
import { useConsoleRoom } from './useConsoleRoom';
import './console.css';

/** `/animer/:roomId`: the facilitator's console (loaded on demand). */
export default function ConsolePage() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const { loading, isFacilitator } = useViewer();
  if (loading) return <Loading label={t('app.loading')} />;
  if (!isFacilitator) return <Navigate to="/login" replace />;
  return (
    <RoomAccessProvider roomId={roomId} token={null}>
      <Console key={roomId} roomId={roomId} />
    </RoomAccessProvider>
  );
}

function Console({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const { room, loading, error, refetch, feed } = useConsoleRoom(roomId);

  if (loading && !room) return <Loading label={t('app.loading')} />;
  if (!room) {
    const codes = errorCodes(error);
    return (
      <>
        <title>{`${t('console.loadFailed')} · ${t('app.name')}`}</title>
        <h1>{codes.includes('FORBIDDEN') || codes.includes('NOT_FOUND') ? t('console.forbidden') : t('console.loadFailed')}</h1>
        <p className="button-row">
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('board.retry')}
          </Button>
          <Link to="/">{t('console.backToDashboard')}</Link>
        </p>
      </>
    );
  }

  const joinLink = `${window.location.origin}/r/${room.code}`;
  return (
    <div className="console">
      <title>{`${t('console.title', { title: room.title })} · ${t('app.name')}`}</title>
      <header className="console__header">
        <p className="console__factory">
          <Link to="/">{t('console.backToDashboard')}</Link> · {room.factory.name}
        </p>
        <h1>{t('console.title', { title: room.title })}</h1>
        <div className="console__code">
          <p className="room-code">
            {t('console.codeLabel')} <strong data-testid="room-code">{room.code}</strong>
          </p>
          <p className="console__link">{t('console.joinLink', { link: joinLink })}</p>
          <LiveStatus />
        </div>
        <p className="button-row">
          <Link to={`/salle/${encodeURIComponent(room.id)}`}>{t('console.boardLink')}</Link>
          <Link to={`/animer/${encodeURIComponent(room.id)}/synthese`}>{t('console.summaryLink')}</Link>
        </p>
      </header>
      {feed.end === 'failed' && (
        <Alert tone="error">
          {t('live.failed')}{' '}
          <Button variant="secondary" onClick={feed.restart}>
            {t('live.retry')}
          </Button>
        </Alert>
      )}
      <div className="console__grid">
        <div className="console__column">
          <PhasePanel room={room} />
          <TimerPanel room={room} />
          <RoomPanel room={room} />
          <ParticipantsPanel room={room} />
          <PresenceList roomId={room.id} meId={room.me?.id ?? null} />
        </div>
        <div className="console__column">
          <IdeasPanel room={room} />
          <ResultsPanel room={room} />
        </div>
      </div>
    </div>
  );
}
