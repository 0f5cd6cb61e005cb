import { useApolloClient, useFragment } from '@apollo/client/react';
import './board-library.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { IdeaFields } from '../rooms/documents';
import { useRoomAccess } from '../rooms/seat';
import { IdeaReferences, RoomReferencesDocument } from './boardDocuments';
import { pushedReferenceStore, usePushedReference, type PushedReference } from './pushed';
import { SourceLinks } from './SourceLinks';

/**
 * The library on the live board: loads the references of the room's ideas once (and again
 * when a facilitator pushes one, which often comes with a new link), and shows the pushed
 * reference until the viewer dismisses it.
 */
export function BoardLibrary({ roomId }: { roomId: string }) {
  const client = useApolloClient();
  const { context } = useRoomAccess();
  const pushed = usePushedReference(roomId);
  const pushedAt = pushed?.event.at ?? null;

  useEffect(() => {
    let live = true;
    // Not cached as a room query: `room.ideas` is the live feed's, only each idea's references are written.
    client
      .query({ query: RoomReferencesDocument, variables: { id: roomId }, context, fetchPolicy: 'no-cache' })
      .then(({ data }) => {
        if (!live || !data) return;
        for (const idea of data.room.ideas) client.cache.writeFragment({ fragment: IdeaReferences, fragmentName: 'IdeaReferences', data: idea });
      })
      .catch(() => {
        // References are a complement of the board: without them, the cards still work.
      });
    return () => {
      live = false;
    };
    // Again after each push (not after a dismissal): a facilitator often links what they show.
  }, [client, context, roomId, pushedAt]);

  return pushed && !pushed.dismissed ? <PushedReferenceBanner roomId={roomId} pushed={pushed.event} /> : null;
}

function PushedReferenceBanner({ roomId, pushed }: { roomId: string; pushed: PushedReference }) {
  const { t } = useTranslation();
  const { initiative } = pushed;
  const { data: idea } = useFragment({ fragment: IdeaFields, fragmentName: 'IdeaFields', from: pushed.forIdeaId ? { __typename: 'Idea', id: pushed.forIdeaId } : null });
  const place = [initiative.place.town, initiative.place.region].filter(Boolean).join(', ');
  const headingId = `pushed-${roomId}`;
  return (
    <section className="pushed-reference" aria-labelledby={headingId}>
      <p className="pushed-reference__kicker">{t('library.board.pushedBy', { name: pushed.pushedBy })}</p>
      <h2 id={headingId} className="pushed-reference__title">
        {initiative.name}
      </h2>
      {initiative.summary && <p>{initiative.summary}</p>}
      <p className="pushed-reference__meta">
        {[place, initiative.themes.join(' · '), initiative.replicationMode ? t(`library.replicationMode.${initiative.replicationMode}`) : ''].filter(Boolean).join(' — ')}
      </p>
      {idea?.title && <p>{t('library.board.forIdea', { title: idea.title })}</p>}
      {initiative.transferable && (
        <p>
          <strong>{t('library.board.transferable')}</strong> {initiative.transferable}
        </p>
      )}
      {initiative.sources.length > 0 && <SourceLinks sources={initiative.sources} className="pushed-reference__sources" />}
      <Button variant="secondary" onClick={() => pushedReferenceStore.dismiss(roomId)}>
        {t('library.board.dismiss')}
      </Button>
    </section>
  );
}
