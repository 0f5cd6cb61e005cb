import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { DashboardDocument } from './documents';
import { FactoryRooms } from './FactoryRooms';

/** Facilitator home: the factories the viewer belongs to (placeholder for the real dashboard). */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DashboardDocument);
  const user = data?.viewer.user;
  const title = `${t('dashboard.title')} · ${t('app.name')}`;

  if (loading && !data) return <Loading label={t('app.loading')} />;

  if (error && !user) {
    return (
      <>
        <title>{title}</title>
        <h1>{t('dashboard.title')}</h1>
        <Alert tone="error">{t('dashboard.loadFailed')}</Alert>
        <p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('dashboard.retry')}
          </Button>
        </p>
      </>
    );
  }

  const memberships = user?.memberships ?? [];
  return (
    <>
      <title>{title}</title>
      <h1>{t('dashboard.title')}</h1>
      {user && <p className="lead">{t('dashboard.greeting', { name: user.displayName })}</p>}
      {memberships.length === 0 ? (
        <p>{t('dashboard.empty')}</p>
      ) : (
        <ul className="factory-list">
          {memberships.map(({ role, factory }) => (
            <li key={factory.id} className="panel">
              <h2>{factory.name}</h2>
              <p className="factory-list__meta">
                {t('dashboard.territory', {
                  name: factory.territory.name,
                  kind: t(`dashboard.territoryKind.${factory.territory.kind}`),
                })}{' '}
                <span className="badge">{t(`dashboard.role.${role}`)}</span>
              </p>
              <FactoryRooms slug={factory.slug} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
