import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCodes } from '../../app/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { LazyRoomBallots } from '../ballot/LazyRoomBallots';
import { useViewer } from '../identity/useViewer';
import { BoardLibrary } from '../library/BoardLibrary';
import { authorsMayEdit, participantsMayAddIdeas } from '../rooms/phases';
import { RoomAccessProvider, useRoomAccess } from '../rooms/seat';
import { forgetSeat, seatForRoom } from '../rooms/seats';
import { useRoomLive } from '../rooms/useRoomLive';
import { useVoting } from '../rooms/useVoting';
import { IdeaCard } from './IdeaCard';
import { IdeaComposer } from './IdeaComposer';
import { IdeaEditor } from './IdeaEditor';
import { IdeaGroups } from './IdeaGroups';
import { LiveStatus } from './LiveStatus';
import { NeedsList } from './NeedsList';
import { PhaseStatus } from './PhaseStatus';
import { PhaseTimer } from './PhaseTimer';
import { PresenceList } from './PresenceList';
import { ResultsView } from './ResultsView';
import { BudgetBar, VoteControls } from './Voting';

/** `/salle/:roomId`: the live room of a participant (or a facilitator's view of it). */
export function BoardPage() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const { loading, isFacilitator } = useViewer();
  const seat = seatForRoom(roomId);

  if (!seat && loading) return <Loading label={t('app.loading')} />;
  if (!seat && !isFacilitator) {
    return (
      <Message title={t('board.notJoinedTitle')} body={t('board.notJoinedBody')}>
        <Link to="/rejoindre" className="button button--primary">
          {t('board.joinLink')}
        </Link>
      </Message>
    );
  }
  return (
    <RoomAccessProvider roomId={roomId} token={seat?.token ?? null}>
      <Board key={roomId} />
    </RoomAccessProvider>
  );
}

function Message({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {body && <p className="lead">{body}</p>}
      {children}
    </>
  );
}

function Board() {
  const { t } = useTranslation();
  const { roomId } = useRoomAccess();
  const { room, loading, error, refetch, feed } = useRoomLive();
  const budget = room?.settings.votesPerParticipant ?? 0;
  const { vote, feedback } = useVoting(budget);

  const codes = error ? errorCodes(error) : [];
  const removed = feed.end === 'removed' || codes.includes('UNAUTHENTICATED');
  useEffect(() => {
    // The token no longer works: the next join starts a new seat.
    if (removed) forgetSeat(roomId);
  }, [removed, roomId]);
  if (removed) {
    return (
      <Message title={t('board.removedTitle')} body={t('board.removedBody')}>
        <Link to="/rejoindre" className="button button--primary">
          {t('board.joinLink')}
        </Link>
      </Message>
    );
  }
  if (loading && !room) return <Loading label={t('app.loading')} />;
  if (!room) {
    if (codes.includes('NOT_FOUND') || codes.includes('FORBIDDEN')) return <Message title={t('board.notFoundTitle')} body={t('board.notFoundBody')} />;
    return (
      <Message title={t('board.loadFailed')} body="">
        <Button variant="secondary" onClick={() => void refetch()}>
          {t('board.retry')}
        </Button>
      </Message>
    );
  }

  const me = room.me;
  const meId = me?.id ?? null;
  const facilitatorView = !me || me.isFacilitator;
  const phase = room.phase;
  const mayAdd = facilitatorView ? phase !== 'CLOSED' : participantsMayAddIdeas(room);
  const mayEditOwn = facilitatorView ? phase !== 'CLOSED' : authorsMayEdit(room);
  const voting = phase === 'VOTE' && (!facilitatorView || room.settings.facilitatorsVote);
  const remaining = room.myVotes?.remaining ?? room.settings.votesPerParticipant;
  const showResults = phase === 'CONVERGE' || phase === 'CLOSED';
  const grouped = phase !== 'DIVERGE' && phase !== 'NEEDS';

  return (
    <div className={voting ? 'board board--voting' : 'board'}>
      <title>{`${room.title} · ${t('app.name')}`}</title>
      <header className="board__header">
        <h1 className="board__title">{room.title}</h1>
        <div className="board__meta">
          <LiveStatus />
          <span className="board__code">{t('board.code', { code: room.code })}</span>
          {me && !me.isFacilitator ? <span className="board__me">{t('board.you', { name: me.displayName })}</span> : <span className="board__me">{t('board.youFacilitator')}</span>}
        </div>
        {room.purpose && <p className="board__purpose">{room.purpose}</p>}
      </header>
      {feed.end === 'failed' && (
        <Alert tone="error">
          {t('live.failed')}{' '}
          <Button variant="secondary" onClick={feed.restart}>
            {t('live.retry')}
          </Button>
        </Alert>
      )}

      <BoardLibrary roomId={room.id} />

      <div className="board__status">
        <PhaseStatus phase={phase} />
        <PhaseTimer roomId={room.id} timer={room.timer} />
      </div>

      {phase === 'NEEDS' && <NeedsList needs={room.needs} />}

      <LazyRoomBallots show={phase === 'CONVERGE' && !facilitatorView} />

      {showResults && <ResultsView />}

      {mayAdd && phase !== 'NEEDS' && !showResults && <IdeaComposer />}

      {phase !== 'NEEDS' && (
        <section aria-labelledby="ideas-title" className="board__ideas">
          <h2 id="ideas-title">{t('board.ideasTitle', { count: room.ideas.length })}</h2>
          {phase === 'VOTE' && facilitatorView && !room.settings.facilitatorsVote && <p>{t('board.facilitatorNoVote')}</p>}
          {room.ideas.length === 0 ? (
            <p>{t('board.noIdeas')}</p>
          ) : (
            <IdeaGroups
              ideas={room.ideas}
              clusters={room.clusters}
              grouped={grouped}
              level={3}
              renderIdea={(idea, level) => (
                <IdeaCard idea={idea} meId={meId} headingLevel={level} showTally={!showResults}>
                  {voting && <VoteControls idea={idea} remaining={remaining} maxPerIdea={room.settings.maxVotesPerIdea} onVote={vote} />}
                  {mayEditOwn && !voting && <IdeaEditor idea={idea} mayDelete={facilitatorView || idea.author?.id === meId} />}
                </IdeaCard>
              )}
            />
          )}
          {/* After the list and sticky: the budget stays at the bottom of the screen while scrolling through the ideas. */}
          {voting && <BudgetBar remaining={remaining} total={room.settings.votesPerParticipant} feedback={feedback} />}
        </section>
      )}

      <PresenceList roomId={room.id} meId={meId} />
    </div>
  );
}
