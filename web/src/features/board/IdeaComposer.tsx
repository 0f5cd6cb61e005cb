import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { CreateIdeaDocument } from '../rooms/documents';
import { describeActionError, type ActionErrorKey } from '../rooms/roomErrors';
import { applyRoomEvent } from '../rooms/roomEvents';
import { useRoomAccess } from '../rooms/seat';

/** "Suggest an idea": title and optional description. */
export function IdeaComposer() {
  const { t } = useTranslation();
  const { roomId, context } = useRoomAccess();
  const [createIdea, { loading, client }] = useMutation(CreateIdeaDocument, { fetchPolicy: 'no-cache' });
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ActionErrorKey | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = title.trim();
    setMissing(!trimmed);
    setError(null);
    if (!trimmed) return titleRef.current?.focus();
    try {
      const { data } = await createIdea({ variables: { input: { roomId, title: trimmed, description: description.trim() || null } }, context });
      if (data) applyRoomEvent(client.cache, roomId, { __typename: 'IdeaAdded', idea: data.createIdea });
      setTitle('');
      setDescription('');
      setAdded(trimmed);
      titleRef.current?.focus();
    } catch (e) {
      setError(describeActionError(e));
    }
  }

  return (
    <section className="panel panel--accent composer" aria-labelledby="composer-title">
      <h2 id="composer-title">{t('board.addIdeaTitle')}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          ref={titleRef}
          label={t('board.ideaTitleLabel')}
          hint={t('board.ideaTitleHint')}
          name="title"
          maxLength={140}
          required
          autoComplete="off"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setMissing(false);
            setAdded(null);
          }}
          error={missing ? t('board.ideaTitleRequired') : undefined}
        />
        <TextArea label={t('board.ideaDescriptionLabel')} name="description" maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
        <div>
          <Button type="submit" busy={loading}>
            {loading ? t('board.adding') : t('board.addIdea')}
          </Button>
        </div>
        <Alert tone="error">{error ? t(error) : null}</Alert>
        <Alert tone="info">{added ? t('board.ideaAdded', { title: added }) : null}</Alert>
      </form>
    </section>
  );
}
