import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { DeleteIdeaDocument, UpdateIdeaDocument } from '../rooms/documents';
import { describeActionError, type ActionErrorKey } from '../rooms/roomErrors';
import { applyRoomEvent } from '../rooms/roomEvents';
import { useRoomAccess } from '../rooms/seat';

/** Edit and delete buttons for an idea the viewer may change, with an inline form. */
export function IdeaEditor({ idea }: { idea: IdeaFieldsFragment }) {
  const { t } = useTranslation();
  const { roomId, context } = useRoomAccess();
  const [updateIdea, { loading: saving, client }] = useMutation(UpdateIdeaDocument, { fetchPolicy: 'no-cache' });
  const [deleteIdea, { loading: deleting }] = useMutation(DeleteIdeaDocument, { fetchPolicy: 'no-cache' });
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [title, setTitle] = useState(idea.title);
  const [description, setDescription] = useState(idea.description);
  const [error, setError] = useState<ActionErrorKey | null>(null);

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim()) return;
    setError(null);
    try {
      const { data } = await updateIdea({ variables: { input: { ideaId: idea.id, title: title.trim(), description: description.trim() } }, context });
      if (data) applyRoomEvent(client.cache, roomId, { __typename: 'IdeaUpdated', idea: data.updateIdea });
      setEditing(false);
    } catch (e) {
      setError(describeActionError(e));
    }
  }

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

  if (editing) {
    return (
      <form className="form idea__edit" noValidate onSubmit={onSave}>
        <TextField label={t('board.ideaTitleLabel')} name="title" maxLength={140} required value={title} onChange={(e) => setTitle(e.target.value)} error={title.trim() ? undefined : t('board.ideaTitleRequired')} />
        <TextArea label={t('board.ideaDescriptionLabel')} name="description" maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
        <div className="button-row">
          <Button type="submit" busy={saving}>
            {t('board.save')}
          </Button>
          <Button variant="secondary" onClick={() => setEditing(false)}>
            {t('board.cancel')}
          </Button>
        </div>
        <Alert tone="error">{error ? t(error) : null}</Alert>
      </form>
    );
  }

  return (
    <div className="idea__actions">
      <div className="button-row">
        <Button
          variant="secondary"
          aria-label={t('board.editLabel', { title: idea.title })}
          onClick={() => {
            setTitle(idea.title);
            setDescription(idea.description);
            setEditing(true);
          }}
        >
          {t('board.edit')}
        </Button>
        {confirming ? (
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
        )}
      </div>
      <Alert tone="error">{error ? t(error) : null}</Alert>
    </div>
  );
}
