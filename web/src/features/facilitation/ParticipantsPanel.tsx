import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { usePresence } from '../rooms/presence';
import { RemoveParticipantDocument } from './documents';
import { useAction, type ConsoleRoom } from './useAction';

/** Everyone in the room: presence, dots spent (vote progress), and removal. */
export function ParticipantsPanel({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const present = usePresence(room.id);
  const presentIds = new Set(present.map((p) => p.id));
  const { client, busy, error, done, run, apply } = useAction(room.id);
  const [confirming, setConfirming] = useState<string | null>(null);
  const used = new Map(room.voteProgress.map((p) => [p.participant.id, p.used]));
  const budget = room.settings.votesPerParticipant;

  const remove = (participantId: string, name: string) =>
    run(async () => {
      await client.mutate({ mutation: RemoveParticipantDocument, variables: { roomId: room.id, participantId }, fetchPolicy: 'no-cache' });
      apply({ __typename: 'ParticipantRemoved', participantId });
      setConfirming(null);
      return t('console.removed', { name });
    });

  return (
    <section className="panel console__section" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('console.participantsTitle', { count: room.participants.length })}</h2>
      {room.participants.length === 0 ? (
        <p>{t('console.noParticipants')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('console.nameColumn')}</th>
                <th scope="col">{t('console.presenceColumn')}</th>
                <th scope="col">{t('console.votesColumn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('console.actionsColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {room.participants.map((p) => {
                const spent = used.get(p.id) ?? 0;
                const online = presentIds.has(p.id);
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.displayName} {p.isFacilitator && <span className="tag">{t('console.facilitatorTag')}</span>}
                    </th>
                    <td>
                      <span className={online ? 'presence-dot presence-dot--on' : 'presence-dot'} aria-hidden="true" /> {online ? t('console.online') : t('console.offline')}
                    </td>
                    <td>
                      <span className="progress" aria-hidden="true">
                        <span className="progress__bar" style={{ width: `${Math.min(100, (spent / Math.max(1, budget)) * 100)}%` }} />
                      </span>{' '}
                      {t('console.used', { used: spent, total: budget })}
                    </td>
                    <td>
                      {confirming === p.id ? (
                        <span className="button-row">
                          <Button className="button--danger" busy={busy} aria-label={t('console.confirmRemoveLabel', { name: p.displayName })} onClick={() => void remove(p.id, p.displayName)}>
                            {t('console.confirmRemove')}
                          </Button>
                          <Button variant="quiet" onClick={() => setConfirming(null)}>
                            {t('board.cancel')}
                          </Button>
                        </span>
                      ) : (
                        !p.isFacilitator && (
                          <Button variant="secondary" aria-label={t('console.removeLabel', { name: p.displayName })} onClick={() => setConfirming(p.id)}>
                            {t('console.remove')}
                          </Button>
                        )
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Alert tone="error">{error ? t(error) : null}</Alert>
      <Alert tone="info">{done}</Alert>
    </section>
  );
}
