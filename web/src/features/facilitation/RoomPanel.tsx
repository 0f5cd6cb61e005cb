import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { RevealIdeasDocument, RevealTalliesDocument, UpdateRoomDocument } from './documents';
import { RoomSettingsForm } from './RoomSettingsForm';
import { settingsEventOf, useAction, type ConsoleRoom } from './useAction';

/** Lock or unlock the room; reveal private ideas; reveal hidden tallies; change the rules. */
export function RoomPanel({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { client, busy, error, run, apply } = useAction(room.id);

  const setLocked = (locked: boolean) =>
    run(async () => {
      const { data } = await client.mutate({ mutation: UpdateRoomDocument, variables: { input: { roomId: room.id, locked } }, fetchPolicy: 'no-cache' });
      if (data) apply(settingsEventOf(data.updateRoom));
    });

  const revealIdeas = () =>
    run(async () => {
      const { data } = await client.mutate({ mutation: RevealIdeasDocument, variables: { roomId: room.id }, fetchPolicy: 'no-cache' });
      if (data) apply({ __typename: 'IdeasRevealed', ideas: data.revealIdeas.ideas }, settingsEventOf(data.revealIdeas));
    });

  const revealTallies = () =>
    run(async () => {
      const { data } = await client.mutate({ mutation: RevealTalliesDocument, variables: { roomId: room.id }, fetchPolicy: 'no-cache' });
      if (!data) return;
      const tallies = data.revealTallies.ideas.map((i) => ({ __typename: 'IdeaTally' as const, ideaId: i.id, total: i.votes.total ?? 0, voters: i.votes.voters ?? 0 }));
      apply({ __typename: 'TalliesRevealed', tallies }, settingsEventOf(data.revealTallies));
    });

  const talliesHidden = room.settings.hiddenTallies && !room.talliesRevealed;
  const ideasHidden = room.settings.privateWriting && !room.ideasRevealed;

  return (
    <section className="panel console__section" aria-labelledby="room-title">
      <h2 id="room-title">{t('console.roomTitle')}</h2>
      <ul className="status-list">
        <li>{room.locked ? t('console.lockedStatus') : t('console.openStatus')}</li>
        {room.settings.privateWriting && <li>{ideasHidden ? t('console.ideasHiddenStatus') : t('console.ideasRevealedStatus')}</li>}
        <li>{talliesHidden ? t('console.talliesHiddenStatus') : t('console.talliesVisibleStatus')}</li>
      </ul>
      <div className="button-row">
        <Button variant="secondary" busy={busy} onClick={() => void setLocked(!room.locked)}>
          {room.locked ? t('console.unlock') : t('console.lock')}
        </Button>
        {ideasHidden && (
          <Button variant="secondary" busy={busy} onClick={() => void revealIdeas()}>
            {t('console.revealIdeas')}
          </Button>
        )}
        {talliesHidden && (
          <Button variant="secondary" busy={busy} onClick={() => void revealTallies()}>
            {t('console.revealTallies')}
          </Button>
        )}
      </div>
      <Alert tone="error">{error ? t(error) : null}</Alert>
      <RoomSettingsForm room={room} />
    </section>
  );
}
