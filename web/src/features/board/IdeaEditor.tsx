import { useMutation, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { useViewer } from '../identity/useViewer';
import { DeleteIdeaDocument, RoomLiveDocument } from '../rooms/documents';
import { describeActionError, type ActionErrorKey } from '../rooms/roomErrors';
import { applyRoomEvent } from '../rooms/roomEvents';
import { useRoomAccess } from '../rooms/seat';

// The co-editor and yjs load only when someone opens a card: the board itself stays small.
const CoEditor = lazy(() => import('../coedit/CoEditor'));

/** The name the other editors see: the participant's, or the facilitator's. */
function useMyName(): string {
  const { t } = useTranslation();
  const { roomId, context } = useRoomAccess();
  const { viewer } = useViewer();
  const { data } = useQuery(RoomLiveDocument, { variables: { id: roomId }, context, fetchPolicy: 'cache-only' });
  return data?.room.me?.displayName ?? viewer?.user?.displayName ?? t('coedit.facilitator');
}

/** The co-editor of an opened card (the viewer's name is looked up only then, not for every card). */
function OpenCard({ idea, onDone }: { idea: IdeaFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const myName = useMyName();
  return (
    <Suspense fallback={<Loading label={t('coedit.opening')} />}>
      <CoEditor ideaId={idea.id} title={idea.title} myName={myName} onDone={onDone} />
    </Suspense>
  );
}

/**
 * Opens the card for co-editing (title and description, with everyone else in the room), and deletes
 * it for those who may (its author, facilitators).
 */
export function IdeaEditor({ idea, mayDelete = true }: { idea: IdeaFieldsFragment; mayDelete?: boolean }) {
  const { t } = useTranslation();
  const { roomId, context } = useRoomAccess();
  const [deleteIdea, { loading: deleting, client }] = useMutation(DeleteIdeaDocument, { fetchPolicy: 'no-cache' });
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ActionErrorKey | null>(null);
  const actions = useRef<HTMLDivElement>(null);

  const closeEditor = () => {
    setEditing(false);
    // Back on the card's edit button, where the person left it.
    requestAnimationFrame(() => actions.current?.querySelector('button')?.focus());
  };

  async function onDelete() {
    setError(null);
    try {
      await deleteIdea({ variables: { ideaId: idea.id }, context });
      applyRoomEvent(client.cache, roomId, { __typename: 'IdeaRemoved', ideaId: idea.id });
    } catch (e) {
      setConfirming(false);
      setError(describeActionError(e));
    }
  }

  if (editing) return <OpenCard idea={idea} onDone={closeEditor} />;

  return (
    <div className="idea__actions" ref={actions}>
      <div className="button-row">
        <Button variant="secondary" aria-label={t('board.editLabel', { title: idea.title })} onClick={() => setEditing(true)}>
          {t('board.edit')}
        </Button>
        {mayDelete &&
          (confirming ? (
            <>
              <Button variant="primary" className="button--danger" busy={deleting} onClick={() => void onDelete()}>
                {t('board.confirmDelete')}
              </Button>
              <Button variant="quiet" onClick={() => setConfirming(false)}>
                {t('board.cancel')}
              </Button>
            </>
          ) : (
            <Button variant="quiet" aria-label={t('board.deleteLabel', { title: idea.title })} onClick={() => setConfirming(true)}>
              {t('board.delete')}
            </Button>
          ))}
      </div>
      <Alert tone="error">{error ? t(error) : null}</Alert>
    </div>
  );
}
