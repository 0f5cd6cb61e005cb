import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { CreateRoomForm } from './CreateRoomForm';
import { FactoryRoomsDocument } from './documents';

/** A factory's sessions, newest first, and the form to create one. */
export function FactoryRooms({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(FactoryRoomsDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const factory = data?.factory;
  const dates = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'fr', { dateStyle: 'medium' });
  if (loading && !factory) return <Loading label={t('app.loading')} />;
  if (!factory) return <Alert tone="error">{error ? t('rooms.loadFailed') : null}</Alert>;
  const rooms = factory.rooms.edges.map((e) => e.node);
  return (
    <>
      <h3>{t('rooms.title')}</h3>
      {rooms.length === 0 ? (
        <p>{t('rooms.empty')}</p>
      ) : (
        <ul className="room-list">
          {rooms.map((room) => (
            <li key={room.id} className="room-list__item">
              <div>
                <Link to={`/animer/${encodeURIComponent(room.id)}`} className="room-list__title" aria-label={t('rooms.facilitateLabel', { title: room.title })}>
                  {room.title}
                </Link>
                <p className="room-list__meta">
                  <span className={`phase-badge phase-badge--${room.phase.toLowerCase()}`}>{t(`phase.${room.phase}`)}</span> {t('rooms.codeLabel', { code: room.code })} ·{' '}
                  {t('rooms.createdOn', { date: dates.format(new Date(room.createdAt)) })}
                  {room.locked && <> · {t('rooms.locked')}</>}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <details className="create-room">
        <summary>{t('rooms.createTitle')}</summary>
        <CreateRoomForm factoryId={factory.id} needs={factory.needs.edges.map((e) => e.node)} />
      </details>
    </>
  );
}
