import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRoomsQuery } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { LinkReferenceDocument, PushReferenceDocument, RoomIdeaChoicesDocument, UnlinkReferenceDocument } from './documents';
import { formatDateTime } from '../../ui/format';
import type { RecordWithIdeas } from './InitiativePage';
import { useLibraryAction } from './useLibraryAction';

type RoomChoice = NonNullable<LibraryRoomsQuery['factory']>['rooms']['edges'][number]['node'];
type ReadField = <T>(field: string, from: Reference) => T | undefined;

/** Takes a link out of the record's ideas and out of the idea's references, wherever they are cached. */
function forgetLink(cache: ApolloCache, initiativeId: string, ideaId: string) {
  const initiative = cache.identify({ __typename: 'Initiative', id: initiativeId });
  const idea = cache.identify({ __typename: 'Idea', id: ideaId });
  const linksTo = (field: 'idea' | 'initiative', id: string, readField: ReadField) => (link: Reference) => {
    const target = readField<Reference>(field, link);
    return target ? readField<string>('id', target) === id : false;
  };
  if (initiative) {
    cache.modify({ id: initiative, fields: { ideas: (links: readonly Reference[] = [], { readField }: { readField: ReadField }) => links.filter((l) => !linksTo('idea', ideaId, readField)(l)) } });
  }
  if (idea) {
    cache.modify({ id: idea, fields: { references: (links: readonly Reference[] = [], { readField }: { readField: ReadField }) => links.filter((l) => !linksTo('initiative', initiativeId, readField)(l)) } });
  }
}

/** Ideas that drew on the record (across rooms), linking one more, and showing the record in a live room. */
export function InitiativeIdeas({ record, rooms }: { record: RecordWithIdeas; rooms: readonly RoomChoice[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const roomTitle = new Map(rooms.map((r) => [r.id, r.title]));
  const unlinkAction = useLibraryAction();
  const [unlink] = useMutation(UnlinkReferenceDocument);

  function remove(ideaId: string, title: string) {
    void unlinkAction.run(async () => {
      await unlink({ variables: { ideaId, initiativeId: record.id }, update: (cache) => forgetLink(cache, record.id, ideaId) });
      return `${t('library.ideas.unlinked')} (${title})`;
    });
  }

  return (
    <section className="panel record__section" aria-labelledby="record-ideas">
      <h2 id="record-ideas">{t('library.ideas.title')}</h2>
      {record.ideas.length === 0 ? (
        <p>{t('library.ideas.empty')}</p>
      ) : (
        <ul className="record__ideas">
          {record.ideas.map((link) => {
            const idea = link.idea;
            if (!idea) return null;
            const room = roomTitle.get(idea.roomId);
            return (
              <li key={link.id} className="record__idea">
                <p className="record__idea-title">
                  <strong>{idea.title}</strong> — {room ? t('library.ideas.inRoom', { room }) : t('library.ideas.unknownRoom')}
                </p>
                {link.note && <p className="record__idea-note">{link.note}</p>}
                <p className="record__idea-meta">{t('library.ideas.linkedBy', { name: link.linkedBy, date: formatDateTime(link.createdAt, locale) })}</p>
                <Button variant="quiet" busy={unlinkAction.busy} aria-label={t('library.ideas.unlinkLabel', { title: idea.title })} onClick={() => remove(idea.id, idea.title)}>
                  {t('library.ideas.unlink')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Alert tone="error">{unlinkAction.error ? t('library.record.actionFailed', { reason: t(unlinkAction.error) }) : null}</Alert>
      <Alert tone="info">{unlinkAction.done}</Alert>
      <LinkIdeaForm record={record} rooms={rooms} />
      <PushReferenceForm record={record} rooms={rooms.filter((r) => r.phase !== 'CLOSED')} />
    </section>
  );
}

/** A room, then one of its ideas (loaded when the room is chosen). */
function RoomIdeaPicker({ rooms, roomId, ideaId, onRoom, onIdea, ideaLabel, ideaPlaceholder }: { rooms: readonly RoomChoice[]; roomId: string; ideaId: string; onRoom(id: string): void; onIdea(id: string): void; ideaLabel: string; ideaPlaceholder: string }) {
  const { t } = useTranslation();
  // Not cached: `room.ideas` belongs to the live feed of a board or console open in this tab.
  const ideas = useQuery(RoomIdeaChoicesDocument, { variables: { id: roomId }, skip: !roomId, fetchPolicy: 'no-cache' });
  const choices = ideas.data?.room.ideas ?? [];
  if (rooms.length === 0) return <p>{t('library.ideas.noRooms')}</p>;
  return (
    <div className="field-pair">
      <SelectField
        label={t('library.ideas.roomLabel')}
        value={roomId}
        options={[{ value: '', label: t('library.ideas.roomPlaceholder') }, ...rooms.map((r) => ({ value: r.id, label: r.title }))]}
        onChange={(e) => {
          onRoom(e.target.value);
          onIdea('');
        }}
      />
      {roomId && ideas.data && choices.length === 0 ? (
        <p>{t('library.ideas.noIdeas')}</p>
      ) : (
        <SelectField label={ideaLabel} value={ideaId} disabled={!roomId || !ideas.data} options={[{ value: '', label: ideaPlaceholder }, ...choices.map((i) => ({ value: i.id, label: i.title }))]} onChange={(e) => onIdea(e.target.value)} />
      )}
    </div>
  );
}

function LinkIdeaForm({ record, rooms }: { record: RecordWithIdeas; rooms: readonly RoomChoice[] }) {
  const { t } = useTranslation();
  const [roomId, setRoomId] = useState('');
  const [ideaId, setIdeaId] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useLibraryAction();
  const [link] = useMutation(LinkReferenceDocument);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!ideaId);
    if (!ideaId) return;
    void action.run(async () => {
      const { data } = await link({
        variables: { ideaId, initiativeId: record.id, note: note.trim() },
        update: (cache, { data: result }) => {
          if (!result) return;
          const ref = cache.identify(result.linkReference);
          cache.modify({
            id: cache.identify({ __typename: 'Initiative', id: record.id }),
            fields: { ideas: (links: readonly Reference[] = []) => (links.some((l) => l.__ref === ref) || !ref ? links : [...links, { __ref: ref }]) },
          });
        },
      });
      setNote('');
      setIdeaId('');
      return t('library.ideas.linked', { title: data?.linkReference.idea?.title ?? '' });
    });
  }

  return (
    <form className="form record__form" noValidate onSubmit={submit} aria-labelledby="record-link-title">
      <h3 id="record-link-title">{t('library.ideas.linkTitle')}</h3>
      <RoomIdeaPicker rooms={rooms} roomId={roomId} ideaId={ideaId} onRoom={setRoomId} onIdea={setIdeaId} ideaLabel={t('library.ideas.ideaLabel')} ideaPlaceholder={t('library.ideas.ideaPlaceholder')} />
      <TextArea label={t('library.ideas.noteLabel')} hint={t('library.ideas.noteHint')} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      <div>
        <Button type="submit" busy={action.busy} disabled={rooms.length === 0}>
          {action.busy ? t('library.ideas.linking') : t('library.ideas.link')}
        </Button>
      </div>
      <Alert tone="error">{missing ? t('library.ideas.chooseIdea') : action.error ? t('library.record.actionFailed', { reason: t(action.error) }) : null}</Alert>
      <Alert tone="info">{action.done}</Alert>
    </form>
  );
}

function PushReferenceForm({ record, rooms }: { record: RecordWithIdeas; rooms: readonly RoomChoice[] }) {
  const { t } = useTranslation();
  const [roomId, setRoomId] = useState('');
  const [ideaId, setIdeaId] = useState('');
  const action = useLibraryAction();
  const [push] = useMutation(PushReferenceDocument);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!roomId) return;
    const room = rooms.find((r) => r.id === roomId)?.title ?? '';
    void action.run(async () => {
      await push({ variables: { roomId, initiativeId: record.id, ideaId: ideaId || null } });
      return t('library.ideas.pushed', { room });
    });
  }

  return (
    <form className="form record__form" noValidate onSubmit={submit} aria-labelledby="record-push-title">
      <h3 id="record-push-title">{t('library.ideas.pushTitle')}</h3>
      {record.status !== 'PUBLISHED' ? (
        <p>{t('library.ideas.pushDraft')}</p>
      ) : (
        <>
          <p className="field__hint">{t('library.ideas.pushHint')}</p>
          <RoomIdeaPicker rooms={rooms} roomId={roomId} ideaId={ideaId} onRoom={setRoomId} onIdea={setIdeaId} ideaLabel={t('library.ideas.pushIdeaLabel')} ideaPlaceholder={t('library.ideas.pushNoIdea')} />
          <div>
            <Button type="submit" variant="secondary" busy={action.busy} disabled={!roomId}>
              {t('library.ideas.push')}
            </Button>
          </div>
          <Alert tone="error">{action.error ? t('library.record.actionFailed', { reason: t(action.error) }) : null}</Alert>
          <Alert tone="info">{action.done}</Alert>
        </>
      )}
    </form>
  );
}
