import { useTranslation } from 'react-i18next';
import { usePresence } from '../rooms/presence';

/** Who is connected to the room now. */
export function PresenceList({ roomId, meId }: { roomId: string; meId: string | null }) {
  const { t } = useTranslation();
  const present = usePresence(roomId);
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="presence__title">
        {t('board.presentTitle', { count: present.length })}
      </h2>
      {present.length === 0 ? (
        <p className="presence__empty">{t('board.nobodyPresent')}</p>
      ) : (
        <ul className="presence__list">
          {present.map((p) => (
            <li key={p.id} className={p.id === meId ? 'presence__person presence__person--me' : 'presence__person'}>
              <span className="presence__dot" aria-hidden="true" />
              {p.displayName}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
